#include "checks/ConfigReadCheck.h"

#include "checks/CheckTarget.h"

QList<PlannedRequest> ConfigReadCheck::plannedRequests(const CheckContext &context) const
{
    const Api a = api();
    return {{QStringLiteral("GET"), QStringLiteral("/?") + QLatin1String(a.subresource), CheckTarget::permission(context, a.cos, a.oss, a.s3),
             false}};
}

ProbeRequest ConfigReadCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.url = CheckTarget::url(context, {}, QLatin1String(api().subresource));
    r.bodyCap = 256 * 1024;
    return r;
}

void ConfigReadCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
    const ErrorXml error = CheckTarget::readAnswer(probe, result);
    if (CheckTarget::notImplemented(probe, error)) {
        result.status = CheckResult::Status::Skipped;
        result.reason = QStringLiteral("not_implemented");
    } else if ((probe.httpStatus >= 200 && probe.httpStatus < 300) || (probe.httpStatus == 404 && notFoundIsAnswer())) {
        interpretConfig(probe, result);
    } else if (probe.httpStatus == 403 || probe.httpStatus == 405) {
        // 405: S3's answer to a caller outside the bucket owner's account (providers.md §4.3).
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("not_permitted");
        afterNotPermitted(result);
    } else {
        result.status = CheckResult::Status::Error;
        result.reason = error.field(u"Code").isEmpty() ? QStringLiteral("http_error") : error.field(u"Code");
    }
}
