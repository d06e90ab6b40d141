#pragma once

#include "ProbeCheck.h"

// `encryption`: the bucket's default encryption (GET ?encryption, signed) and the object's own, as
// the object check's HEAD reported it. KMS is what turns a good key into a 403: the caller also
// needs permission to use the KMS key (kms:Decrypt and its kin).
// reason: kms (warn: KMS encryption is in use; the caller needs KMS permission), managed (pass:
// SSE with keys the provider manages), none (pass), not_permitted (warn),
// not_implemented (skipped: an S3-compatible store without this API), or an error code / probe
// outcome (error). facts: bucketAlgorithm, bucketKmsKeyId, objectSse, objectKmsKeyId.
class EncryptionCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("encryption"); }
    QStringList dependsOn() const override { return {QStringLiteral("time"), QStringLiteral("object")}; }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    bool needsKey() const override { return true; }
    bool readsConfiguration() const override { return true; }
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
