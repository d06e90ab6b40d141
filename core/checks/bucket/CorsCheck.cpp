#include "checks/bucket/CorsCheck.h"

#include "checks/CheckTarget.h"
#include "formats/ErrorXmlReader.h"
#include "rules/CorsEvaluator.h"

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

QList<PlannedRequest> CorsCheck::plannedRequests(const CheckContext &context) const
{
    QList<PlannedRequest> planned{
        {QStringLiteral("OPTIONS"), QStringLiteral("/") + context.objectKey, QStringLiteral("preflight"), false}};
    if (hasKey(context))
        planned.append({QStringLiteral("GET"), QStringLiteral("/?cors"),
                        CheckTarget::permission(context, "cos:GetBucketCORS", "oss:GetBucketCors", "s3:GetBucketCORS"), false});
    return planned;
}

QString CorsCheck::cannotRun(const CheckContext &context) const
{
    if (context.origin.isEmpty())
        return QStringLiteral("missing_input:origin");
    return ProbeCheck::cannotRun(context);
}

QList<ProbeCheck::Step> CorsCheck::steps(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("OPTIONS");
    r.url = CheckTarget::url(context, context.objectKey);
    r.headers.append({QByteArrayLiteral("Origin"), context.origin.toUtf8()});
    const QString method = context.requestMethod.isEmpty() ? QStringLiteral("GET") : context.requestMethod.toUpper();
    r.headers.append({QByteArrayLiteral("Access-Control-Request-Method"), method.toLatin1()});
    if (!context.requestHeaders.isEmpty())
        r.headers.append({QByteArrayLiteral("Access-Control-Request-Headers"), context.requestHeaders.join(u',').toLower().toUtf8()});
    QList<Step> planned{{r, false}};
    if (hasKey(context)) {
        ProbeRequest rules;
        rules.url = CheckTarget::url(context, {}, QStringLiteral("cors"));
        rules.bodyCap = 256 * 1024;
        planned.append({rules, true, true});
    }
    return planned;
}

void CorsCheck::interpretAll(const QList<ProbeResult> &probes, CheckResult &result)
{
    readPreflight(probes.first(), result);
    if (probes.size() > 1)
        readRules(probes.at(1), result);
}

void CorsCheck::readRules(const ProbeResult &probe, CheckResult &result) const
{
    if (CheckTarget::noAnswer(probe)) {
        result.facts.append({QStringLiteral("rulesRead"), QStringLiteral("unreadable")});
        return;
    }
    if (probe.httpStatus == 403 || probe.httpStatus == 405) {
        result.facts.append({QStringLiteral("rulesRead"), QStringLiteral("not_permitted")});
        return;
    }
    const Provider provider = Providers::fromId(context().provider);
    const CorsParseResult parsed = CorsEvaluator::parse(provider, QString::fromUtf8(probe.body));
    if (!parsed.ok()) {
        result.facts.append({QStringLiteral("rulesRead"), QStringLiteral("unreadable")});
        result.facts.append({QStringLiteral("ruleDetail"), parsed.detail});
        return;
    }
    result.facts.append({QStringLiteral("rulesRead"), parsed.configuration.present ? QStringLiteral("yes") : QStringLiteral("none")});
    CorsRequest request;
    request.origin = context().origin;
    request.method = context().requestMethod.isEmpty() ? QStringLiteral("GET") : context().requestMethod.toUpper();
    request.requestHeaders = context().requestHeaders;
    request.preflight = true;
    const CorsDecision decision = CorsEvaluator::evaluate(provider, parsed.configuration, request);
    result.facts.append({QStringLiteral("ruleDecision"), decision.allowed() ? QStringLiteral("allowed") : QStringLiteral("refused")});
    result.facts.append({QStringLiteral("ruleReason"), CorsDecision::reasonId(decision.reason)});
    if (decision.ruleIndex >= 0)
        result.facts.append({QStringLiteral("ruleIndex"), QString::number(decision.ruleIndex)});
    if (decision.closestRuleIndex >= 0)
        result.facts.append({QStringLiteral("closestRuleIndex"), QString::number(decision.closestRuleIndex)});
    if (!decision.detail.isEmpty())
        result.facts.append({QStringLiteral("ruleDetail"), decision.detail});
    // The rules and the answer disagree: something other than the bucket answered the preflight.
    const bool liveAllowed = result.status == CheckResult::Status::Pass;
    // A refused preflight stays a failure, since that is what the browser sees.
    if (result.status == CheckResult::Status::Error || liveAllowed == decision.allowed())
        return;
    result.facts.append({QStringLiteral("rulesDisagree"), QStringLiteral("true")});
    if (liveAllowed) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("rules_disagree");
    }
}

void CorsCheck::readPreflight(const ProbeResult &probe, CheckResult &result) const
{
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
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
    // As a browser judges the answer (Fetch, CORS-preflight fetch): GET, HEAD and POST pass
    // without being listed, any other method must be listed or covered by `*`; a `*` among the
    // headers covers every header but Authorization, which must be named. The page is taken to
    // send no credentials (cookies), the way SDK uploads to a bucket do.
    const bool safelisted = method == QLatin1String("get") || method == QLatin1String("head") || method == QLatin1String("post");
    if (!safelisted && !allowMethods.contains(method) && !allowMethods.contains(QStringLiteral("*"))) {
        result.reason = QStringLiteral("method_not_allowed");
        return;
    }
    for (const QString &header : std::as_const(asked)) {
        const bool starCovers = allowHeaders.contains(QStringLiteral("*")) && header != QLatin1String("authorization");
        if (!allowHeaders.contains(header) && !starCovers) {
            result.reason = QStringLiteral("header_not_allowed");
            result.facts.append({QStringLiteral("missingHeader"), header});
            return;
        }
    }
    result.status = CheckResult::Status::Pass;
    result.reason = QStringLiteral("allowed");
}
