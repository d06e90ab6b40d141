#include "checks/bucket/KeyCheck.h"

#include "checks/CheckTarget.h"

namespace {
bool is(const QString &value, const char *text)
{
    return value.compare(QLatin1String(text), Qt::CaseInsensitive) == 0;
}
}

QList<PlannedRequest> KeyCheck::plannedRequests(const CheckContext &context) const
{
    if (!context.objectKey.isEmpty())
        return {{QStringLiteral("GET"), QStringLiteral("/") + context.objectKey + QStringLiteral(", Range: bytes=0-0"),
                 CheckTarget::permission(context, "cos:GetObject", "oss:GetObject", "s3:GetObject"), false}};
    return {{QStringLiteral("GET"), QStringLiteral("/?max-keys=1"),
             CheckTarget::permission(context, "cos:GetBucket", "oss:ListObjects", "s3:ListBucket"), false}};
}

ProbeRequest KeyCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("GET");
    if (!context.objectKey.isEmpty()) {
        r.url = CheckTarget::url(context, context.objectKey);
        r.headers.append({QByteArrayLiteral("Range"), QByteArrayLiteral("bytes=0-0")});
    } else {
        r.url = CheckTarget::url(context, {}, QStringLiteral("max-keys=1"));
    }
    r.bodyCap = 64 * 1024;
    return r;
}

void KeyCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
    const ErrorXml xml = CheckTarget::readAnswer(probe, result);
    // COS sometimes renders the specific code as the Message of an AccessDenied (providers.md §3.1).
    const QString code = xml.field(u"Code");
    const QString message = xml.field(u"Message");
    auto either = [&](const char *text) { return is(code, text) || is(message, text); };
    result.status = CheckResult::Status::Fail;
    if (either("InvalidAccessKeyId") || either("InvalidAccessKeyId.NotFound")) {
        result.reason = message.contains(QLatin1String("disabled"), Qt::CaseInsensitive) ? QStringLiteral("key_disabled")
                                                                                            : QStringLiteral("key_unknown");
    } else if (either("SignatureDoesNotMatch")) {
        result.reason = QStringLiteral("signature_mismatch");
    } else if (either("InvalidSecurityToken") || either("ExpiredToken") || either("InvalidToken")
               || either("AccessKeyIdAndSecurityTokenNotMatch") || either("TokenRefreshRequired")) {
        result.reason = context().securityToken.isEmpty() ? QStringLiteral("token_missing") : QStringLiteral("token_invalid");
    } else if (either("RequestTimeTooSkewed") || message.contains(QLatin1String("Request has expired"), Qt::CaseInsensitive)) {
        result.reason = QStringLiteral("clock_rejected");
    } else if (CheckTarget::wrongEndpoint(xml)) {
        result.reason = QStringLiteral("wrong_endpoint");
    } else if (either("AuthorizationHeaderMalformed") || message.contains(QLatin1String("signing region"), Qt::CaseInsensitive)) {
        result.reason = QStringLiteral("region_rejected");
    } else if (probe.httpStatus >= 500) {
        result.status = CheckResult::Status::Error;
        result.reason = QStringLiteral("server_error");
    } else if (probe.httpStatus == 403 && message.contains(QLatin1String("security token"), Qt::CaseInsensitive)) {
        result.reason = context().securityToken.isEmpty() ? QStringLiteral("token_missing") : QStringLiteral("token_invalid");
    } else if (probe.httpStatus >= 400 && probe.httpStatus != 404 && probe.httpStatus != 416) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("accepted_denied");
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("accepted");
    }
}
