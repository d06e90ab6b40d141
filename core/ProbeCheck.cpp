#include "ProbeCheck.h"

#include "CheckTarget.h"

ProbeCheck::ProbeCheck(QObject *parent)
    : LiveCheck(parent)
{
}

ProbeCheck::~ProbeCheck() = default;

QString ProbeCheck::cannotRun(const CheckContext &context) const
{
    return CheckTarget::missingInput(context);
}

void ProbeCheck::start(const CheckContext &context, const QHash<QString, CheckResult> &earlier)
{
    Q_UNUSED(earlier)
    m_probe = std::make_unique<HttpProbe>(context.network);
    connect(m_probe.get(), &HttpProbe::finished, this, [this](const ProbeResult &probe) {
        CheckResult result;
        result.id = id();
        result.transcript = CheckTarget::transcript(probe);
        interpret(probe, result);
        Q_EMIT finished(result);
    });
    ProbeRequest r = request(context);
    r.transferTimeoutMs = context.requestTimeoutMs;
    r.deadlineMs = context.requestTimeoutMs;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_probe->start(r);
}

void ProbeCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}
