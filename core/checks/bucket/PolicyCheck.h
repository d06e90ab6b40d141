#pragma once

#include "checks/ConfigReadCheck.h"

// `policy`: reads the bucket policy (GET ?policy, signed) and runs PolicyEvaluator over it for the
// request that failed: GetObject on the object (or ListBucket on the bucket), once for an anonymous
// caller and once for every principal a Deny statement names. The key alone does not tell which
// principal we are, so a Deny for a named principal is reported with that principal.
// reason: no_policy (pass), no_deny (pass), public_by_policy (pass: the policy lets anyone read),
// explicit_deny (fail), network_condition (warn: a statement depends on the source IP or VPC, which
// the client's network decides), undetermined (warn: a condition the evaluator does not know),
// not_permitted (warn), not_implemented (skipped: an S3-compatible store without this API), invalid (error: the document did not parse), or an error code / probe outcome.
// facts: statements, deniedPrincipal, sid, statementIndex, conditionKey.
class PolicyCheck : public ConfigReadCheck
{
    Q_OBJECT

public:
    using ConfigReadCheck::ConfigReadCheck;

    QString id() const override { return QStringLiteral("policy"); }

protected:
    Api api() const override { return {"policy", "cos:GetBucketPolicy", "oss:GetBucketPolicy", "s3:GetBucketPolicy"}; }
    bool notFoundIsAnswer() const override { return true; }
    void interpretConfig(const ProbeResult &probe, CheckResult &result) override;
};
