// Input: "<configuration>\f<origin>\f<method>\f<request headers>\f<preflight>", where the
// configuration is the XML or JSON of GET ?cors, the request headers are comma-separated (as in
// Access-Control-Request-Headers) and a preflight field "0" makes it an actual request. Each
// provider parses and evaluates the same input: their limits and method lists differ.
#include "rules/CorsEvaluator.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QList<QByteArray> parts = FuzzInput::fields(FuzzInput::bytes(data, size), 5);
    const QString configuration = FuzzInput::text(parts[0]);
    CorsRequest request;
    request.origin = FuzzInput::text(parts[1]);
    request.method = FuzzInput::text(parts[2]);
    if (!parts[3].isEmpty())
        request.requestHeaders = FuzzInput::text(parts[3]).split(u',');
    request.preflight = parts[4] != "0";

    for (const Provider provider : {Provider::Cos, Provider::Oss, Provider::S3}) {
        const CorsParseResult parsed = CorsEvaluator::parse(provider, configuration);
        // evaluate() on the parsed configuration even when parse() reported an error: a caller
        // holding a partly read configuration must not crash either.
        const CorsDecision decision = CorsEvaluator::evaluate(provider, parsed.configuration, request);
    }
    return 0;
}
