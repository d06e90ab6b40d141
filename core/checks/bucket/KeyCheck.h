#pragma once

#include "checks/ProbeCheck.h"

// `key`: whether the provider accepts the key pair (and token): one signed GET, on the object with
// a one-byte range when one is named, else a one-key listing of the bucket. Authentication comes
// before authorisation at every provider, so any answer past it (200, 404, or an AccessDenied that
// is not about time) proves the key, the secret and the token good.
// reason: accepted (pass), accepted_denied (pass: the key is good, the request was refused by
// permissions; code in facts), key_unknown, key_disabled, signature_mismatch, token_invalid,
// token_missing, clock_rejected, region_rejected, wrong_endpoint (fail), server_error, or the probe's outcome id (error).
class KeyCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("key"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    bool needsKey() const override { return true; }
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
