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

namespace {
// OSS error codes (EC) that name a key state outright, from OSS's page for each EC:
// https://www.alibabacloud.com/help/en/oss/support/0002-00000901 (invalid AccessKeyId),
// …/0002-00000903 and …/0002-00000904 (AccessKeyId disabled, or limited to other IP ranges).
// 0002-00000003 is InvalidAccessKeyId for an STS key sent without its token ("The Security Token
// may be lost", seen in public reports such as github.com/lucky1213/aliyun_oss/issues/19).
QString reasonFromOssEc(const QString &ec, bool tokenGiven)
{
    if (ec == QLatin1String("0002-00000901"))
        return QStringLiteral("key_unknown");
    if (ec == QLatin1String("0002-00000903") || ec == QLatin1String("0002-00000904"))
        return QStringLiteral("key_disabled");
    if (ec == QLatin1String("0002-00000003"))
        return tokenGiven ? QStringLiteral("token_invalid") : QStringLiteral("token_missing");
    return {};
}
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
    // Codes first: RGW and S3-compatible stores answer with an empty Message, so wording can only
    // be the last resort.
    const QString fromEc = reasonFromOssEc(result.fact(QStringLiteral("ec")), !context().securityToken.isEmpty());
    if (!fromEc.isEmpty()) {
        result.reason = fromEc;
    } else if (either("UserSuspended") || either("UserDisable") || either("UserDisabled") || either("AccountProblem")
               || either("AllAccessDisabled") || either("InArrearOrInsufficientBalance")) {
        // The key is known, but its user, account or bucket is switched off (Ceph RGW, OSS, S3).
        result.reason = QStringLiteral("account_disabled");
    } else if (either("InvalidAccessKeyId") || either("InvalidAccessKeyId.NotFound")) {
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
