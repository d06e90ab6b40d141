#pragma once

#include "HttpProbe.h"
#include "LiveCheck.h"

#include <QDateTime>
#include <memory>

// A check that sends one request and reads its answer: most live checks are this. The base owns
// the probe, the timeouts, cancellation and the transcript; a subclass says what to send and what
// the answer means.
class ProbeCheck : public LiveCheck
{
    Q_OBJECT

public:
    explicit ProbeCheck(QObject *parent = nullptr);
    ~ProbeCheck() override;

    QString cannotRun(const CheckContext &context) const override;
    void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) override;
    void cancel() override;

protected:
    virtual ProbeRequest request(const CheckContext &context) const = 0;
    // `result` arrives with its id and transcript set; the subclass fills status, reason and facts.
    virtual void interpret(const ProbeResult &probe, CheckResult &result) = 0;
    QDateTime sentAt() const { return m_sentAt; }

private:
    std::unique_ptr<HttpProbe> m_probe;
    QDateTime m_sentAt;
};
