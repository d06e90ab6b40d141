#include "checks/bucket/RefererCheck.h"

#include "checks/CheckTarget.h"
#include "rules/RefererEvaluator.h"

namespace {
// The refusal the referer rules give, told apart from the other 403s by its wording (providers.md
// §7): COS "…bucket referer rule", OSS "…bucket referer policy."
QString liveVerdict(const ProbeResult &probe, const ErrorXml &error)
{
    if (probe.httpStatus >= 200 && probe.httpStatus < 300)
        return QStringLiteral("allowed");
    if (probe.httpStatus == 403) {
        if (error.field(u"Message").contains(QLatin1String("referer"), Qt::CaseInsensitive))
            return QStringLiteral("referer_denied");
        return QStringLiteral("denied");
    }
    return QString::number(probe.httpStatus);
}
}

QList<PlannedRequest> RefererCheck::plannedRequests(const CheckContext &context) const
{
    const QString target = QStringLiteral("/") + context.objectKey;
    QList<PlannedRequest> planned;
    if (!context.referer.isEmpty())
        planned.append({QStringLiteral("GET"), target + QStringLiteral(", Referer: ") + context.referer, QStringLiteral("anonymous"), false});
    planned.append({QStringLiteral("GET"), target, QStringLiteral("anonymous"), false});
    if (hasKey(context))
        planned.append({QStringLiteral("GET"), QStringLiteral("/?referer"),
                        CheckTarget::permission(context, "cos:GetBucketReferer", "oss:GetBucketReferer", "-"), false});
    return planned;
}

QString RefererCheck::cannotRun(const CheckContext &context) const
{
    if (context.provider == QLatin1String("s3"))
        return QStringLiteral("not_supported");
    // Without a page's Referer the check still sends the request without one: that alone can
    // confirm the empty-Referer causes.
    return ProbeCheck::cannotRun(context);
}

QList<ProbeCheck::Step> RefererCheck::steps(const CheckContext &context) const
{
    ProbeRequest with;
    with.url = CheckTarget::url(context, context.objectKey);
    with.headers.append({QByteArrayLiteral("Referer"), context.referer.toUtf8()});
    with.headers.append({QByteArrayLiteral("Range"), QByteArrayLiteral("bytes=0-0")});
    with.bodyCap = 64 * 1024;
    ProbeRequest without = with;
    without.headers.removeFirst();
    QList<Step> planned;
    if (!context.referer.isEmpty())
        planned.append({with, false});
    planned.append({without, false});
    if (hasKey(context)) {
        ProbeRequest rules;
        rules.url = CheckTarget::url(context, {}, QStringLiteral("referer"));
        rules.bodyCap = 256 * 1024;
        planned.append({rules, true, true});
    }
    return planned;
}

void RefererCheck::interpretAll(const QList<ProbeResult> &probes, CheckResult &result)
{
    const bool pageReferer = !context().referer.isEmpty();
    const qsizetype rulesAt = pageReferer ? 2 : 1;
    QString withVerdict;
    QString withoutVerdict;
    if (pageReferer) {
        const ProbeResult &with = probes.at(0);
        if (CheckTarget::settleNoAnswer(with, result))
            return;
        withVerdict = liveVerdict(with, CheckTarget::readAnswer(with, result));
        const ProbeResult &without = probes.at(1);
        withoutVerdict = CheckTarget::noAnswer(without)
            ? CheckTarget::outcomeId(without.outcome)
            : liveVerdict(without, ErrorXmlReader::findAndRead(QString::fromUtf8(without.body)));
        result.facts.append({QStringLiteral("withReferer"), withVerdict});
    } else {
        const ProbeResult &without = probes.at(0);
        if (CheckTarget::settleNoAnswer(without, result))
            return;
        withoutVerdict = liveVerdict(without, CheckTarget::readAnswer(without, result));
    }
    result.facts.append({QStringLiteral("withoutReferer"), withoutVerdict});

    bool rulesDeny = false;
    if (probes.size() > rulesAt) {
        const ProbeResult &rules = probes.at(rulesAt);
        const Provider provider = Providers::fromId(context().provider);
        if (CheckTarget::noAnswer(rules) || rules.httpStatus == 403 || rules.httpStatus == 405) {
            result.facts.append({QStringLiteral("rulesRead"), QStringLiteral("not_permitted")});
        } else {
            // A 404 NoSuchRefererConfiguration means no rules: the evaluator takes empty text so.
            const QString text = rules.httpStatus == 404 ? QString() : QString::fromUtf8(rules.body);
            RefererRequest request;
            request.referer = context().referer;
            request.auth = RefererRequest::Auth::Anonymous;
            const RefererVerdict verdict = RefererEvaluator::evaluate(provider, text, request);
            result.facts.append({QStringLiteral("rulesRead"), text.isEmpty() ? QStringLiteral("none") : QStringLiteral("yes")});
            result.facts.append({QStringLiteral("ruleDecision"), RefererVerdict::decisionId(verdict.decision)});
            result.facts.append({QStringLiteral("ruleReason"), RefererVerdict::reasonId(verdict.reason)});
            if (!verdict.pattern.isEmpty())
                result.facts.append({QStringLiteral("rulePattern"), verdict.pattern});
            if (!verdict.comparedReferer.isEmpty())
                result.facts.append({QStringLiteral("comparedReferer"), verdict.comparedReferer});
            rulesDeny = verdict.decision == RefererVerdict::Decision::Denied;
        }
    }
    if (!pageReferer) {
        // Only the empty Referer was tried: a refusal confirms its causes; getting through says
        // nothing about a page's Referer, so it is not the pass that rules the category out.
        if (withoutVerdict == QLatin1String("referer_denied") || rulesDeny) {
            result.status = CheckResult::Status::Fail;
            result.reason = QStringLiteral("empty_referer_denied");
        } else {
            result.status = CheckResult::Status::Pass;
            result.reason = QStringLiteral("empty_referer_allowed");
        }
        return;
    }
    if (withVerdict == QLatin1String("referer_denied")) {
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("referer_denied");
    } else if (rulesDeny) {
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("rules_deny");
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("allowed");
    }
}
