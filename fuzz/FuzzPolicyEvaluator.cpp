// Input: "<policy JSON>\f<principal>\f<action>\f<resource>\f<owner>\f<context>", where owner "1"
// marks the bucket owner and the context holds "key=value" lines (condition keys such as SourceIp).
// Provider::Unknown detects the provider from the policy's Version; the three others force it.
#include "FuzzInput.h"
#include "rules/PolicyEvaluator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QList<QByteArray> parts = FuzzInput::fields(FuzzInput::bytes(data, size), 6);
    PolicyRequest request;
    request.principal = FuzzInput::text(parts[1]);
    request.action = FuzzInput::text(parts[2]);
    request.resource = FuzzInput::text(parts[3]);
    request.isBucketOwner = parts[4] == "1";
    for (const QByteArray &line : parts[5].split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            request.context.insert(FuzzInput::text(line.left(eq)), FuzzInput::text(line.mid(eq + 1)));
    }

    for (const Provider provider : {Provider::Unknown, Provider::Cos, Provider::Oss, Provider::S3})
        const PolicyResult result = PolicyEvaluator::evaluate(provider, parts[0], request);
    return 0;
}
