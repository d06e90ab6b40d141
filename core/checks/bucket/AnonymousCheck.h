#pragma once

#include "checks/ProbeCheck.h"

// `anonymous`: what an unsigned GET gets, on the object when one is named, else on the bucket.
// reason: public (pass: readable without a signature), private (pass: AccessDenied, as a private
// bucket answers), denied_other (warn: another 403 code, e.g. a referer or CORS refusal),
// not_found (warn), or the probe's outcome id (error). facts: httpStatus, code, message, requestId.
class AnonymousCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("anonymous"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
