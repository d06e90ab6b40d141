#pragma once

#include "checks/ProbeCheck.h"

// `time`: the server's Date against the local clock, from one unsigned HEAD on the bucket. Every
// provider sends Date on every answer, a 403 included, so no permission is needed.
// reason: in_sync (pass), drifting (warn, over a minute), too_skewed (fail, over 15 minutes),
// no_date (error), or the probe's outcome id (error). facts: skewMs, errorMs, serverDate.
class TimeCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("time"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
