#include "checks/ProbeCheck.h"

#include "checks/CheckTarget.h"
#include "checks/SignedRequest.h"
#include "common/LocalClock.h"

#include <QTimer>

#include <cstdlib>

ProbeCheck::ProbeCheck(QObject *parent)
    : LiveCheck(parent)
{
}

ProbeCheck::~ProbeCheck() = default;

QStringList ProbeCheck::dependsOn() const
{
    // Only signed requests care about the clock; the time check itself sends none.
    if (needsKey())
        return {QStringLiteral("time")};
    return {};
}

qint64 ProbeCheck::signingOffsetMs(const QHash<QString, CheckResult> &earlier)
{
    // Correct only a clear offset, as the COS SDK does from 30 s on: below that the Date header's
    // one-second resolution and the round trip make the estimate noise.
    const CheckResult time = earlier.value(QStringLiteral("time"));
    const qint64 skew = time.fact(QStringLiteral("skewMs")).toLongLong();
    if (time.status != CheckResult::Status::Error && std::llabs(skew) >= kCorrectSkewFromMs)
        return skew;
    return 0;
}

bool ProbeCheck::hasKey(const CheckContext &context) const
{
    return (!context.accessKeyId.isEmpty() && !context.secretKey.isEmpty())
        || (!context.adminAccessKeyId.isEmpty() && !context.adminSecretKey.isEmpty());
}

QString ProbeCheck::cannotRun(const CheckContext &context) const
{
    const QString missing = CheckTarget::missingInput(context);
    if (!missing.isEmpty())
        return missing;
    if (needsKey() && readsConfiguration() && !context.adminAccessKeyId.isEmpty() && !context.adminSecretKey.isEmpty())
        return {};
    return needsKey() ? CheckTarget::missingKey(context) : QString();
}

QList<ProbeCheck::Step> ProbeCheck::steps(const CheckContext &context) const
{
    return {{request(context), needsKey(), readsConfiguration()}};
}

ProbeRequest ProbeCheck::request(const CheckContext &context) const
{
    Q_UNUSED(context)
    return {};
}

void ProbeCheck::interpretAll(const QList<ProbeResult> &probes, CheckResult &result)
{
    if (!probes.isEmpty())
        interpret(probes.first(), result);
}

void ProbeCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    Q_UNUSED(probe)
    Q_UNUSED(result)
}

void ProbeCheck::start(const CheckContext &context, const QHash<QString, CheckResult> &earlier)
{
    m_context = context;
    m_earlier = earlier;
    m_clockOffsetMs = signingOffsetMs(earlier);
    m_sentAt = LocalClock::nowUtc();
    const QList<Step> planned = steps(context);
    m_probes.clear();
    m_results = QList<ProbeResult>(planned.size());
    m_pending = int(planned.size());
    const QDateTime signingTime = m_sentAt.addMSecs(m_clockOffsetMs);
    for (int i = 0; i < planned.size(); ++i) {
        ProbeRequest r = planned.at(i).request;
        r.transferTimeoutMs = context.requestTimeoutMs;
        r.deadlineMs = context.requestTimeoutMs;
        if (planned.at(i).sign) {
            QString error;
            CheckContext signer = context;
            if (planned.at(i).admin && !context.adminAccessKeyId.isEmpty() && !context.adminSecretKey.isEmpty()) {
                signer.accessKeyId = context.adminAccessKeyId;
                signer.secretKey = context.adminSecretKey;
                signer.securityToken = context.adminSecurityToken;
            }
            if (!SignedRequest::sign(signer, &r, signingTime, &error)) {
                // Nothing is sent: a request we cannot sign would only measure our own mistake.
                CheckResult result;
                result.id = id();
                result.status = CheckResult::Status::Error;
                // A missing OSS V4 region has its own sentence; other failures keep the signer's detail.
                if (error == QLatin1String("oss_v4_needs_region")) {
                    result.reason = error;
                } else {
                    result.reason = QStringLiteral("sign_failed");
                    result.facts.append({QStringLiteral("detail"), error});
                }
                m_probes.clear();
                QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
                return;
            }
        }
        auto probe = std::make_unique<HttpProbe>(context.network);
        connect(probe.get(), &HttpProbe::finished, this, [this, i](const ProbeResult &p) { onProbeFinished(i, p); });
        HttpProbe *raw = probe.get();
        m_probes.push_back(std::move(probe));
        raw->start(r);
    }
    if (planned.isEmpty()) {
        CheckResult result;
        result.id = id();
        interpretAll({}, result);
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
    }
}

void ProbeCheck::onProbeFinished(int index, const ProbeResult &probe)
{
    m_results[index] = probe;
    if (--m_pending > 0)
        return;
    CheckResult result;
    result.id = id();
    for (const ProbeResult &p : std::as_const(m_results))
        result.transcript << CheckTarget::transcript(p);
    interpretAll(m_results, result);
    if (m_clockOffsetMs != 0 && needsKey())
        result.facts.append({QStringLiteral("signedWithOffsetMs"), QString::number(m_clockOffsetMs)});
    Q_EMIT finished(result);
}

void ProbeCheck::cancel()
{
    for (const auto &probe : m_probes) {
        probe->disconnect(this);
        probe->cancel();
    }
}
