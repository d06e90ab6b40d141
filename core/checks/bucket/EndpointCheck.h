#pragma once

#include "checks/ProbeCheck.h"

// `endpoint`: can the bucket be reached where the user says it lives. Two unsigned requests at once:
// HEAD on the bucket (COS and S3 name the bucket's region in a header, x-cos-bucket-region /
// x-amz-bucket-region) and GET on the bucket (the body of a wrong-endpoint refusal names the right
// endpoint: OSS AccessDenied and S3 PermanentRedirect with <Endpoint>, S3
// AuthorizationHeaderMalformed with <Region>).
// reason: reachable (pass), path_style_unsupported (warn: COS path-style on the default domain),
// wrong_endpoint (fail: the answer names another endpoint), region_mismatch (fail: the bucket's
// region is not the one given), bucket_not_found (fail), redirect (fail: sent elsewhere, never
// followed), dns_failure / connection_refused / tls_error / timeout … (fail: the probe's outcome).
// facts: region, suggestedEndpoint, addressing, tlsSubject, tlsIssuer, tlsNotAfter, tlsError,
// redirectTarget.
class EndpointCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("endpoint"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    QList<Step> steps(const CheckContext &context) const override;
    void interpretAll(const QList<ProbeResult> &probes, CheckResult &result) override;
};
