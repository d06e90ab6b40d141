#include "CorsPreflightCheck.h"

#include "CheckTarget.h"
#include "ErrorXmlReader.h"

namespace {
QStringList splitList(const QByteArray &value)
{
    QStringList items;
    for (const QByteArray &part : value.split(','))
        if (!part.trimmed().isEmpty())
            items << QString::fromLatin1(part.trimmed()).toLower();
    return items;
}
}

QList<PlannedRequest> CorsPreflightCheck::plannedRequests(const CheckContext &context) const
{
    return {{QStringLiteral("OPTIONS"), QStringLiteral("/") + context.objectKey, QStringLiteral("none (a preflight is never signed)"),
             false}};
}

QString CorsPreflightCheck::cannotRun(const CheckContext &context) const
{
    if (context.origin.isEmpty())
        return QStringLiteral("missing_input:origin");
    return ProbeCheck::cannotRun(context);
}

ProbeRequest CorsPreflightCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("OPTIONS");
    r.url = CheckTarget::url(context, context.objectKey);
    r.headers.append({QByteArrayLiteral("Origin"), context.origin.toUtf8()});
    const QString method = context.requestMethod.isEmpty() ? QStringLiteral("GET") : context.requestMethod.toUpper();
    r.headers.append({QByteArrayLiteral("Access-Control-Request-Method"), method.toLatin1()});
    if (!context.requestHeaders.isEmpty())
        r.headers.append({QByteArrayLiteral("Access-Control-Request-Headers"), context.requestHeaders.join(u',').toLower().toUtf8()});
    return r;
}

void CorsPreflightCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (probe.httpStatus == 0 || probe.outcome == ProbeResult::Outcome::Redirect) {
        result.status = CheckResult::Status::Error;
        result.reason = CheckTarget::outcomeId(probe.outcome);
        return;
    }
    // The answer is read against what was asked, as the probe's transcript records it.
    QString origin;
    QString method;
    QStringList asked;
    for (const auto &[name, value] : probe.transcript.requestHeaders) {
        if (name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0)
            origin = value;
        else if (name.compare(QLatin1String("Access-Control-Request-Method"), Qt::CaseInsensitive) == 0)
            method = value.toLower();
        else if (name.compare(QLatin1String("Access-Control-Request-Headers"), Qt::CaseInsensitive) == 0)
            asked = splitList(value.toLatin1());
    }
    const QString allowOrigin = QString::fromLatin1(probe.header("Access-Control-Allow-Origin"));
    const QStringList allowMethods = splitList(probe.header("Access-Control-Allow-Methods"));
    const QStringList allowHeaders = splitList(probe.header("Access-Control-Allow-Headers"));
    result.facts = {{QStringLiteral("httpStatus"), QString::number(probe.httpStatus)},
                    {QStringLiteral("allowOrigin"), allowOrigin},
                    {QStringLiteral("allowMethods"), allowMethods.join(u',')},
                    {QStringLiteral("allowHeaders"), allowHeaders.join(u',')}};
    if (probe.httpStatus >= 400) {
        const ErrorXml xml = ErrorXmlReader::findAndRead(QString::fromUtf8(probe.body));
        result.facts.append({QStringLiteral("code"), xml.field(u"Code")});
        result.facts.append({QStringLiteral("message"), xml.field(u"Message")});
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("refused");
        return;
    }
    result.status = CheckResult::Status::Fail;
    if (allowOrigin != QLatin1String("*") && allowOrigin != origin) {
        result.reason = QStringLiteral("origin_not_echoed");
        return;
    }
    if (!allowMethods.isEmpty() && !allowMethods.contains(method)) {
        result.reason = QStringLiteral("method_not_allowed");
        return;
    }
    for (const QString &header : std::as_const(asked)) {
        if (!allowHeaders.contains(header) && !allowHeaders.contains(QStringLiteral("*"))) {
            result.reason = QStringLiteral("header_not_allowed");
            result.facts.append({QStringLiteral("missingHeader"), header});
            return;
        }
    }
    result.status = CheckResult::Status::Pass;
    result.reason = QStringLiteral("allowed");
}
