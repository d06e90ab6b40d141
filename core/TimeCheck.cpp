#include "TimeCheck.h"

#include "CheckTarget.h"
#include "ClockSkew.h"
#include "HttpProbe.h"

TimeCheck::TimeCheck(QObject *parent)
    : LiveCheck(parent)
{
}

TimeCheck::~TimeCheck() = default;

QList<PlannedRequest> TimeCheck::plannedRequests(const CheckContext &context) const
{
    Q_UNUSED(context)
    return {{QStringLiteral("HEAD"), QStringLiteral("/"), QStringLiteral("none (anonymous)"), false}};
}

QString TimeCheck::cannotRun(const CheckContext &context) const
{
    return CheckTarget::missingInput(context);
}

void TimeCheck::start(const CheckContext &context, const QHash<QString, CheckResult> &earlier)
{
    Q_UNUSED(earlier)
    m_probe = std::make_unique<HttpProbe>(context.network);
    connect(m_probe.get(), &HttpProbe::finished, this, [this](const ProbeResult &probe) {
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        CheckResult result;
        result.id = id();
        result.transcript = CheckTarget::transcript(probe);
        const QString date = QString::fromLatin1(probe.header("Date"));
        if (probe.httpStatus == 0) {
            result.status = CheckResult::Status::Error;
            result.reason = CheckTarget::outcomeId(probe.outcome);
        } else {
            const ClockSkew skew = ClockSkew::estimate(m_sentAt, receivedAt, date);
            if (!skew.valid) {
                result.status = CheckResult::Status::Error;
                result.reason = QStringLiteral("no_date");
            } else {
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
        }
        Q_EMIT finished(result);
    });
    ProbeRequest request;
    request.method = QByteArrayLiteral("HEAD");
    request.url = CheckTarget::url(context);
    request.transferTimeoutMs = context.requestTimeoutMs;
    request.deadlineMs = context.requestTimeoutMs;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_probe->start(request);
}

void TimeCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}
