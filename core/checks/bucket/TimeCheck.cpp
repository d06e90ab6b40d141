#include "checks/bucket/TimeCheck.h"

#include "checks/CheckTarget.h"
#include "common/LocalClock.h"
#include "rules/ClockSkew.h"

QList<PlannedRequest> TimeCheck::plannedRequests(const CheckContext &context) const
{
    Q_UNUSED(context)
    return {{QStringLiteral("HEAD"), QStringLiteral("/"), QStringLiteral("anonymous"), false}};
}

ProbeRequest TimeCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("HEAD");
    r.url = CheckTarget::url(context);
    return r;
}

void TimeCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    const QDateTime receivedAt = LocalClock::nowUtc();
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
    const QString date = QString::fromLatin1(probe.header("Date"));
    const ClockSkew skew = ClockSkew::estimate(sentAt(), receivedAt, date);
    if (!skew.valid) {
        result.status = CheckResult::Status::Error;
        result.reason = QStringLiteral("no_date");
        return;
    }
    result.facts = {{QStringLiteral("skewMs"), QString::number(skew.skewMs)},
                    {QStringLiteral("errorMs"), QString::number(skew.errorMs)},
                    {QStringLiteral("serverDate"), date}};
    switch (skew.verdict) {
    case ClockSkew::Verdict::TooSkewed:
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("too_skewed");
        break;
    case ClockSkew::Verdict::Drifting:
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("drifting");
        break;
    default:
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("in_sync");
        break;
    }
}
