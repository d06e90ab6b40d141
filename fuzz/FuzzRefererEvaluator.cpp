// Input: "<configuration>\f<referer>\f<auth>", where the configuration is the XML of GET ?referer
// and auth is "header", "url" or anything else for an anonymous request. Each provider parses and
// evaluates the same input (S3 must answer NotApplicable without reading it).
#include "FuzzInput.h"
#include "rules/RefererEvaluator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QList<QByteArray> parts = FuzzInput::fields(FuzzInput::bytes(data, size), 3);
    const QString configuration = FuzzInput::text(parts[0]);
    RefererRequest request;
    request.referer = FuzzInput::text(parts[1]);
    if (parts[2] == "header")
        request.auth = RefererRequest::Auth::AuthorizationHeader;
    else if (parts[2] == "url")
        request.auth = RefererRequest::Auth::SignedUrl;

    for (const Provider provider : {Provider::Cos, Provider::Oss, Provider::S3}) {
        const RefererParseResult parsed = RefererEvaluator::parse(provider, configuration);
        // The parsed configuration is evaluated even after a parse error: it is a plain struct a
        // caller may fill in part.
        const RefererVerdict verdict = RefererEvaluator::evaluate(provider, parsed.config, request);
    }
    return 0;
}
