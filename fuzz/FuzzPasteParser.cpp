// Input: a paste, as bytes decoded as UTF-8. PasteParser::parse is what every paste goes through
// first (formats, provider, the error's fields, large-input focus). Alone, without the diagnosis
// (FuzzDiagnosis), so each execution is cheap enough for long campaigns.
#include "FuzzInput.h"
#include "paste/PasteParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    // A crash, a hang (-timeout) or a sanitizer report is the finding; the result is not judged here.
    PasteParser::parse(FuzzInput::text(FuzzInput::bytes(data, size)));
    return 0;
}
