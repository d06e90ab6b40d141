// Input: a paste, as bytes decoded as UTF-8. DiagnosisEngine::diagnose is the real entry point of
// the app and the CLI: it parses the paste, reads its signals and features, and ranks the causes.
// FuzzPasteParser fuzzes the parser alone, many times faster, so it can be fuzzed deeply; this
// target covers what comes after the parse.
#include "diagnosis/DiagnosisEngine.h"
#include "FuzzInput.h"

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

    DiagnoseOptions options;
    // A fixed clock keeps every run reproducible (expiry findings depend on it).
    options.now = QDateTime(QDate(2024, 3, 15), QTime(10, 30), Qt::UTC);
    const Diagnosis diagnosis = engine().diagnose(text, options);
    return 0;
}
