// Input: a paste, as bytes decoded as UTF-8. PasteParser::parse is what every paste goes through,
// and DiagnosisEngine::diagnose (which parses again and then ranks the causes) is the real entry
// point of the app and the CLI, so both run on each input.
#include "diagnosis/DiagnosisEngine.h"
#include "FuzzInput.h"
#include "paste/PasteParser.h"

#include <cstdio>
#include <cstdlib>

namespace {
const DiagnosisEngine &engine()
{
    // Loading the three trees is the costly part; diagnose() is const and keeps no state.
    static const DiagnosisEngine instance;
    if (!instance.isValid()) {
        std::fprintf(stderr, "DiagnosisEngine did not load: %s\n", qPrintable(instance.loadError()));
        std::abort();
    }
    return instance;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const ParsedInput parsed = PasteParser::parse(text);

    DiagnoseOptions options;
    // A fixed clock keeps every run reproducible (expiry findings depend on it).
    options.now = QDateTime(QDate(2024, 3, 15), QTime(10, 30), Qt::UTC);
    const Diagnosis diagnosis = engine().diagnose(text, options);
    return 0;
}
