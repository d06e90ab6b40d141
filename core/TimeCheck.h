#pragma once

#include "LiveCheck.h"

#include <QDateTime>
#include <memory>

class HttpProbe;

// `time`: the server's Date against the local clock, from one unsigned HEAD on the bucket. Every
// provider sends Date on every answer, a 403 included, so no permission is needed.
// reason: in_sync (pass), drifting (warn, over a minute), too_skewed (fail, over 15 minutes),
// no_date (error), or the probe's outcome id (error). facts: skewMs, errorMs, serverDate.
class TimeCheck : public LiveCheck
{
    Q_OBJECT

public:
    explicit TimeCheck(QObject *parent = nullptr);
    ~TimeCheck() override;

    QString id() const override { return QStringLiteral("time"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;
    void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) override;
    void cancel() override;

private:
    std::unique_ptr<HttpProbe> m_probe;
    QDateTime m_sentAt;
};
