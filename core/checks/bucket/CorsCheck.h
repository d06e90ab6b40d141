#pragma once

#include "checks/ProbeCheck.h"

// `cors`: a real OPTIONS preflight with the page's Origin, method and headers, as the browser sends
// it (no credentials: a preflight cannot be signed), and, when a key is given, the bucket's rules
// (GET ?cors, signed) run through CorsEvaluator, so the verdict names the deciding rule.
// reason: allowed (pass), origin_not_echoed (fail: 2xx without a matching
// Access-Control-Allow-Origin), header_not_allowed / method_not_allowed (fail: the answer leaves
// out what was asked), refused (fail: 403 AccessForbidden), rules_disagree (warn: the preflight passed but the rules
// read refuse it, e.g. a CDN in front answers preflights; a refusal the rules would allow stays a
// failure, with rulesDisagree in the facts), or the probe's
// outcome id (error). facts: httpStatus, allowOrigin, allowMethods, allowHeaders, code, message;
// with rules read: rulesRead (yes / none / not_permitted / unreadable), ruleDecision (allowed /
// refused), ruleReason, ruleIndex, closestRuleIndex, ruleDetail.
class CorsCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("cors"); }
    QStringList dependsOn() const override { return {QStringLiteral("time")}; }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;

protected:
    QList<Step> steps(const CheckContext &context) const override;
    void interpretAll(const QList<ProbeResult> &probes, CheckResult &result) override;

private:
    void readPreflight(const ProbeResult &probe, CheckResult &result) const;
    void readRules(const ProbeResult &probe, CheckResult &result) const;
};
