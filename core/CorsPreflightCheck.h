#pragma once

#include "ProbeCheck.h"

// `cors`, first half: a real OPTIONS preflight with the page's Origin, method and headers, as the
// browser sends it (no credentials: a preflight cannot be signed). Reading the bucket's rules and
// explaining them with CorsEvaluator is the second half, which needs a key.
// reason: allowed (pass), origin_not_echoed (fail: 2xx without a matching
// Access-Control-Allow-Origin), header_not_allowed / method_not_allowed (fail: the answer leaves
// out what was asked), refused (fail: 403 AccessForbidden), no_origin (skipped), or the probe's
// outcome id (error). facts: httpStatus, allowOrigin, allowMethods, allowHeaders, code, message.
class CorsPreflightCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("cors"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;

protected:
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
