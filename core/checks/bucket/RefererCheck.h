#pragma once

#include "checks/ProbeCheck.h"

// `referer`: hotlink protection, asked twice with real unsigned GETs (with the page's Referer and
// without any), and, when a key is given, explained by the rules (GET ?referer, signed) through
// RefererEvaluator. COS and OSS only: S3 has no referer feature (a policy condition on aws:Referer
// is the policy check's business).
// reason: allowed (pass), referer_denied (fail: the live answer is the referer refusal),
// rules_deny (fail: the live answer was another refusal, e.g. a private bucket, but the rules
// would refuse this referer too), not_supported (skipped on S3), or the probe's outcome id (error).
// facts: withReferer and withoutReferer (allowed / referer_denied / denied / status), rulesRead,
// ruleDecision, ruleReason, rulePattern, comparedReferer.
class RefererCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("referer"); }
    QStringList dependsOn() const override { return {QStringLiteral("time")}; }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;

protected:
    QList<Step> steps(const CheckContext &context) const override;
    void interpretAll(const QList<ProbeResult> &probes, CheckResult &result) override;
};
