#pragma once

#include "checks/LiveCheck.h"
#include "net/HttpProbe.h"

#include <QDateTime>
#include <memory>
#include <vector>

// A check that sends a few requests at once and reads their answers: most live checks are this.
// The base owns the probes, the timeouts, cancellation, signing and the transcript; a subclass says
// what to send and what the answers mean.
//
// Signed requests are signed at the server's time when the `time` check measured a skew (as the
// COS SDK's CorrectClockSkew does), so a wrong clock does not hide what the key, ACL or policy say.
class ProbeCheck : public LiveCheck
{
    Q_OBJECT

public:
    explicit ProbeCheck(QObject *parent = nullptr);
    ~ProbeCheck() override;

    static constexpr qint64 kCorrectSkewFromMs = 30000;
    // What to add to the local clock when signing, from the time check's result among `earlier`:
    // its measured skew when it is at least kCorrectSkewFromMs, else 0.
    static qint64 signingOffsetMs(const QHash<QString, CheckResult> &earlier);

    QStringList dependsOn() const override;
    QString cannotRun(const CheckContext &context) const override;
    void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) override;
    void cancel() override;

protected:
    struct Step {
        ProbeRequest request;
        bool sign = false;
        bool admin = false; // a configuration read: signed with the admin identity when there is one
    };
    // What to send, all at once. The default is the one request() with needsKey() deciding the signature.
    virtual QList<Step> steps(const CheckContext &context) const;
    virtual ProbeRequest request(const CheckContext &context) const;
    // True when the check cannot run without a key pair.
    virtual bool needsKey() const { return false; }
    // True when the one request() reads the bucket's configuration, which the admin identity may do.
    virtual bool readsConfiguration() const { return false; }
    // The answers, in the order of steps(); `result` arrives with its id and transcript set. The
    // default hands the first answer to interpret().
    virtual void interpretAll(const QList<ProbeResult> &probes, CheckResult &result);
    virtual void interpret(const ProbeResult &probe, CheckResult &result);

    QDateTime sentAt() const { return m_sentAt; }
    const CheckContext &context() const { return m_context; }
    const QHash<QString, CheckResult> &earlier() const { return m_earlier; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    // A key that can sign a configuration read: the admin identity's, else the failing one's.
    bool hasKey(const CheckContext &context) const;

private:
    void onProbeFinished(int index, const ProbeResult &probe);

    std::vector<std::unique_ptr<HttpProbe>> m_probes;
    QList<ProbeResult> m_results;
    int m_pending = 0;
    QDateTime m_sentAt;
    CheckContext m_context;
    QHash<QString, CheckResult> m_earlier;
    qint64 m_clockOffsetMs = 0;
};
