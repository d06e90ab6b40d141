#pragma once

#include "checks/ConfigReadCheck.h"

// `acl`: reads the bucket ACL (GET ?acl, signed) and says who it lets in. Everyone means COS's
// qcs::cam::anyone / AllUsers group, S3's AllUsers and AuthenticatedUsers groups, or OSS's
// public-read(-write) canned ACL.
// reason: private (pass), public_read (pass: anyone may read), public_write (warn: anyone may
// write), not_permitted (warn: the key may not read the ACL), not_implemented (skipped: an
// S3-compatible store without this API), unreadable (error: the body did not
// parse), or the answer's error code / probe outcome (error). facts: cannedAcl, grant (one
// "grantee=permission" per grant), everyoneRead, everyoneWrite.
class AclCheck : public ConfigReadCheck
{
    Q_OBJECT

public:
    using ConfigReadCheck::ConfigReadCheck;

    QString id() const override { return QStringLiteral("acl"); }

protected:
    Api api() const override { return {"acl", "cos:GetBucketACL", "oss:GetBucketAcl", "s3:GetBucketAcl"}; }
    void interpretConfig(const ProbeResult &probe, CheckResult &result) override;
};
