#pragma once

#include "checks/ProbeCheck.h"

// `object`: a signed HEAD on the object: whether it exists, its storage class, and whether an
// archived object is restored. Providers answer HEAD without a body, so the 403 and 404 are read
// from the status and the x-oss-ec / x-cos-error-code headers.
// reason: available (pass), restored (pass: archived, with a readable copy), archived (fail: in an
// archive class and not restored), restoring (fail: the restore is still running), not_found
// (fail), denied (warn: 403; without list permission a missing key also answers 403, not 404),
// missing_input:object (skipped), or an error code / probe outcome (error). facts: storageClass,
// restore, contentLength, sse, kmsKeyId.
class ObjectCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QString id() const override { return QStringLiteral("object"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;

    // Whether a storage class name is one whose objects need a restore before a GET.
    static bool isArchiveClass(const QString &storageClass);

protected:
    bool needsKey() const override { return true; }
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) override;
};
