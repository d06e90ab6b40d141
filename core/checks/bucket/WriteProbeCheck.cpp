#include "checks/bucket/WriteProbeCheck.h"

#include "checks/CheckTarget.h"
#include "checks/PendingCleanups.h"
#include "checks/ProbeCheck.h"
#include "checks/SignedRequest.h"
#include "common/LocalClock.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>


namespace {
QString probeKeyBeside(const QString &objectKey)
{
    const int slash = objectKey.lastIndexOf(u'/');
    const QString dir = slash >= 0 ? objectKey.left(slash + 1) : QString();
    return dir + QStringLiteral("bucketdoctor-probe-%1.txt").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}
}

WriteProbeCheck::~WriteProbeCheck()
{
    // Destroyed between PUT and DELETE: clean up all the same.
    if (m_putSent && !m_deleted)
        cancel();
}

QList<PlannedRequest> WriteProbeCheck::plannedRequests(const CheckContext &context) const
{
    const QString key = QStringLiteral("/") + probeKeyBeside(context.objectKey).section(u'-', 0, -2) + QStringLiteral("-…");
    return {{QStringLiteral("PUT"), key, CheckTarget::permission(context, "cos:PutObject", "oss:PutObject", "s3:PutObject"), true},
            {QStringLiteral("DELETE"), key, CheckTarget::permission(context, "cos:DeleteObject", "oss:DeleteObject", "s3:DeleteObject"),
             true}};
}

QString WriteProbeCheck::cannotRun(const CheckContext &context) const
{
    if (!context.allowWrite)
        return QStringLiteral("not_opted_in");
    const QString missing = CheckTarget::missingInput(context);
    return missing.isEmpty() ? CheckTarget::missingKey(context) : missing;
}

ProbeRequest WriteProbeCheck::signedRequest(const QByteArray &method, QString *error) const
{
    ProbeRequest r;
    r.method = method;
    r.url = CheckTarget::url(m_context, m_key);
    r.transferTimeoutMs = m_context.requestTimeoutMs;
    r.deadlineMs = m_context.requestTimeoutMs;
    if (method == "PUT") {
        r.body = QByteArrayLiteral("Bucket Doctor write probe; deleted right after it was written.\n");
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    }
    SignedRequest::sign(m_context, &r, LocalClock::nowUtc().addMSecs(m_offsetMs), error);
    return r;
}

void WriteProbeCheck::start(const CheckContext &context, const QHash<QString, CheckResult> &earlier)
{
    m_context = context;
    m_offsetMs = ProbeCheck::signingOffsetMs(earlier);
    m_key = probeKeyBeside(context.objectKey);
    m_result = CheckResult();
    m_result.id = id();
    m_result.facts.append({QStringLiteral("probeKey"), m_key});
    m_putSent = false;
    m_deleted = false;
    QString error;
    const ProbeRequest put = signedRequest(QByteArrayLiteral("PUT"), &error);
    if (!error.isEmpty()) {
        m_result.status = CheckResult::Status::Error;
        m_result.reason = error == QLatin1String("oss_v4_needs_region") ? error : QStringLiteral("sign_failed");
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
        return;
    }
    m_probe = new HttpProbe(context.network, this);
    connect(m_probe, &HttpProbe::finished, this, &WriteProbeCheck::onPut);
    m_putSent = true;
    m_probe->start(put);
}

void WriteProbeCheck::onPut(const ProbeResult &put)
{
    m_probe->deleteLater();
    m_result.transcript << CheckTarget::transcript(put);
    m_result.facts.append({QStringLiteral("putStatus"), QString::number(put.httpStatus)});
    // A 2xx status line whose body then timed out or was cut is no answer (CheckTarget::noAnswer):
    // it does not prove the object was written, so it goes the way of a timeout below.
    if (!CheckTarget::noAnswer(put) && put.httpStatus >= 200 && put.httpStatus < 300) {
        sendDelete(false);
        return;
    }
    // Nothing was written (or we cannot know, and a DELETE of a missing key is harmless).
    if (CheckTarget::settleNoAnswer(put, m_result)) {
        sendDelete(true);
    } else {
        CheckResult scratch;
        const ErrorXml xml = CheckTarget::readAnswer(put, scratch);
        if (!xml.field(u"Code").isEmpty())
            m_result.facts.append({QStringLiteral("code"), xml.field(u"Code")});
        m_result.status = put.httpStatus == 403 ? CheckResult::Status::Fail : CheckResult::Status::Error;
        m_result.reason = put.httpStatus == 403 ? QStringLiteral("denied") : QStringLiteral("http_error");
        m_deleted = true;
    }
    Q_EMIT finished(m_result);
}

void WriteProbeCheck::sendDelete(bool detached)
{
    QString error;
    const ProbeRequest del = signedRequest(QByteArrayLiteral("DELETE"), &error);
    // A detached DELETE belongs to the network manager, which outlives this check.
    auto *probe = new HttpProbe(m_context.network, detached ? static_cast<QObject *>(m_context.network) : this);
    if (detached) {
        m_deleted = true;
        PendingCleanups::track(probe); // the front end drains it before it exits
        connect(probe, &HttpProbe::finished, probe, &QObject::deleteLater);
    } else {
        m_probe = probe;
        connect(probe, &HttpProbe::finished, this, &WriteProbeCheck::onDelete);
    }
    probe->start(del);
}

void WriteProbeCheck::onDelete(const ProbeResult &del)
{
    m_probe->deleteLater();
    m_deleted = true;
    m_result.transcript << CheckTarget::transcript(del);
    m_result.facts.append({QStringLiteral("deleteStatus"), QString::number(del.httpStatus)});
    // Only a whole answer proves the object is gone; a cut one leaves it possibly there.
    if (!CheckTarget::noAnswer(del) && del.httpStatus >= 200 && del.httpStatus < 300) {
        m_result.status = CheckResult::Status::Pass;
        m_result.reason = QStringLiteral("writable");
    } else {
        m_result.status = CheckResult::Status::Warn;
        m_result.reason = QStringLiteral("cleanup_failed");
    }
    Q_EMIT finished(m_result);
}

void WriteProbeCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
    if (m_putSent && !m_deleted)
        sendDelete(true);
}
