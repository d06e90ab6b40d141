#pragma once

#include "checks/ConfigReadCheck.h"

// `encryption`: the bucket's default encryption (GET ?encryption, signed) and the object's own, as
// the object check's HEAD reported it. KMS is what turns a good key into a 403: the caller also
// needs permission to use the KMS key (kms:Decrypt and its kin).
// reason: kms (warn: KMS encryption is in use; the caller needs KMS permission), managed (pass:
// SSE with keys the provider manages), none (pass), not_permitted (warn),
// not_implemented (skipped: an S3-compatible store without this API), or an error code / probe
// outcome (error). facts: bucketAlgorithm, bucketKmsKeyId, objectSse, objectKmsKeyId.
class EncryptionCheck : public ConfigReadCheck
{
    Q_OBJECT

public:
    using ConfigReadCheck::ConfigReadCheck;

    QString id() const override { return QStringLiteral("encryption"); }
    QStringList dependsOn() const override { return {QStringLiteral("time"), QStringLiteral("object")}; }

protected:
    Api api() const override
    {
        return {"encryption", "cos:GetBucketEncryption", "oss:GetBucketEncryption", "s3:GetEncryptionConfiguration"};
    }
    bool notFoundIsAnswer() const override { return true; }
    void interpretConfig(const ProbeResult &probe, CheckResult &result) override;
    void afterNotPermitted(CheckResult &result) override;

private:
    // Adds what the object check saw and decides, with the bucket's default (empty when unknown).
    void judge(const QString &algorithm, const QString &kmsKey, CheckResult &result) const;
};
