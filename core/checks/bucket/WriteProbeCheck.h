#pragma once

#include "checks/LiveCheck.h"
#include "net/HttpProbe.h"

#include <QPointer>

// `write`, opt-in: PUT a small object under a name of its own (bucketdoctor-probe-<random>.txt,
// beside the named object), then DELETE it. The DELETE is sent even when the run is cancelled
// after the PUT went out, so the probe never leaves its object behind; it then outlives the check,
// parented to the network manager, and deletes itself when done.
// reason: writable (pass), denied (fail: the PUT got 403; code in facts), cleanup_failed (warn:
// the object was written and the DELETE did not succeed; the key is in facts so the user can
// remove it), not_opted_in (skipped), or an error code / probe outcome (error). facts:
// probeKey, putStatus, deleteStatus, code.
class WriteProbeCheck : public LiveCheck
{
    Q_OBJECT

public:
    using LiveCheck::LiveCheck;
    ~WriteProbeCheck() override;

    QString id() const override { return QStringLiteral("write"); }
    QStringList dependsOn() const override { return {QStringLiteral("time")}; }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;
    void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) override;
    void cancel() override;

    QString probeKey() const { return m_key; }

private:
    ProbeRequest signedRequest(const QByteArray &method, QString *error) const;
    void onPut(const ProbeResult &put);
    void onDelete(const ProbeResult &del);
    void sendDelete(bool detached);

    CheckContext m_context;
    qint64 m_offsetMs = 0;
    QString m_key;
    QPointer<HttpProbe> m_probe;
    CheckResult m_result;
    bool m_putSent = false;
    bool m_deleted = false;
};
