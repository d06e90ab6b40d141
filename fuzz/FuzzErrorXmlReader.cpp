// Input: an error body or a larger paste, as bytes decoded as UTF-8. read() takes the text as an
// XML document; findAndRead() first looks for an <Error> inside it, undoing log and JSON escaping.
#include "formats/ErrorXmlReader.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const ErrorXml direct = ErrorXmlReader::read(text);
    const ErrorXml found = ErrorXmlReader::findAndRead(text);
    // field() is what callers use on the result; look one up so its lookup runs too.
    (void)direct.field(u"Code");
    (void)found.field(u"Message");
    return 0;
}
