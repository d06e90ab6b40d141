#include "checks/bucket/AnonymousCheck.h"

#include "checks/CheckTarget.h"
#include "formats/ErrorXmlReader.h"

QList<PlannedRequest> AnonymousCheck::plannedRequests(const CheckContext &context) const
{
    return {{QStringLiteral("GET"), QStringLiteral("/") + context.objectKey, QStringLiteral("anonymous"), false}};
}

ProbeRequest AnonymousCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("GET");
    r.url = CheckTarget::url(context, context.objectKey);
    r.bodyCap = 64 * 1024; // the error body is all we read; a public object's content is not needed
    return r;
}

void AnonymousCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
    const ErrorXml xml = ErrorXmlReader::findAndRead(QString::fromUtf8(probe.body));
    const QString code = xml.field(u"Code");
    result.facts = {{QStringLiteral("httpStatus"), QString::number(probe.httpStatus)}};
    if (!code.isEmpty())
        result.facts.append({QStringLiteral("code"), code});
    if (!xml.field(u"Message").isEmpty())
        result.facts.append({QStringLiteral("message"), xml.field(u"Message")});
    for (const char *header : {"x-cos-request-id", "x-oss-request-id", "x-amz-request-id"}) {
        const QByteArray value = probe.header(header);
        if (!value.isEmpty())
            result.facts.append({QStringLiteral("requestId"), QString::fromLatin1(value)});
    }
    if (probe.httpStatus >= 200 && probe.httpStatus < 300) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("public");
    } else if (probe.httpStatus == 404) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("not_found");
    } else if (probe.httpStatus == 403 && (code == QLatin1String("AccessDenied") || code.isEmpty()) && !CheckTarget::wrongEndpoint(xml)
               && !xml.field(u"Message").contains(QLatin1String("referer"), Qt::CaseInsensitive)) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("private");
    } else {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("denied_other");
    }
}
