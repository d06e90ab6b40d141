#include "checks/bucket/ObjectCheck.h"

#include "checks/CheckTarget.h"

QList<PlannedRequest> ObjectCheck::plannedRequests(const CheckContext &context) const
{
    return {{QStringLiteral("HEAD"), QStringLiteral("/") + context.objectKey,
             CheckTarget::permission(context, "cos:HeadObject", "oss:GetObject", "s3:GetObject"), false}};
}

QString ObjectCheck::cannotRun(const CheckContext &context) const
{
    if (context.objectKey.isEmpty())
        return QStringLiteral("missing_input:object");
    return ProbeCheck::cannotRun(context);
}

bool ObjectCheck::isArchiveClass(const QString &storageClass)
{
    // COS ARCHIVE / DEEP_ARCHIVE, OSS Archive / ColdArchive / DeepColdArchive, S3 GLACIER /
    // DEEP_ARCHIVE. GLACIER_IR is read at once and needs no restore.
    static const QStringList archives{QStringLiteral("ARCHIVE"),     QStringLiteral("DEEP_ARCHIVE"), QStringLiteral("COLDARCHIVE"),
                                      QStringLiteral("DEEPCOLDARCHIVE"), QStringLiteral("GLACIER")};
    return archives.contains(storageClass.toUpper());
}

ProbeRequest ObjectCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.method = QByteArrayLiteral("HEAD");
    r.url = CheckTarget::url(context, context.objectKey);
    return r;
}

void ObjectCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (CheckTarget::settleNoAnswer(probe, result))
        return;
    const ErrorXml error = CheckTarget::readAnswer(probe, result);
    if (probe.httpStatus == 404) {
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("not_found");
        return;
    }
    if (probe.httpStatus == 403) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("denied");
        return;
    }
    if (probe.httpStatus >= 300) {
        result.status = CheckResult::Status::Error;
        result.reason = error.field(u"Code").isEmpty() ? QStringLiteral("http_error") : error.field(u"Code");
        return;
    }
    const QByteArray prefix = CheckTarget::headerPrefix(context());
    // COS and S3 leave the class out for STANDARD.
    QString storageClass = QString::fromLatin1(probe.header(prefix + "storage-class"));
    const QString archiveStatus = QString::fromLatin1(probe.header("x-amz-archive-status"));
    const QString restore = QString::fromLatin1(probe.header(prefix + "restore"));
    result.facts.append({QStringLiteral("storageClass"), storageClass.isEmpty() ? QStringLiteral("STANDARD") : storageClass});
    if (!restore.isEmpty())
        result.facts.append({QStringLiteral("restore"), restore});
    if (!probe.header("Content-Length").isEmpty())
        result.facts.append({QStringLiteral("contentLength"), QString::fromLatin1(probe.header("Content-Length"))});
    const QByteArray sse = probe.header(prefix + "server-side-encryption");
    if (!sse.isEmpty())
        result.facts.append({QStringLiteral("sse"), QString::fromLatin1(sse)});
    for (const QByteArray &name : {QByteArray(prefix + "server-side-encryption-key-id"),
                                   QByteArray(prefix + "server-side-encryption-cos-kms-key-id"),
                                   QByteArray("x-amz-server-side-encryption-aws-kms-key-id")}) {
        if (!probe.header(name).isEmpty()) {
            result.facts.append({QStringLiteral("kmsKeyId"), QString::fromLatin1(probe.header(name))});
            break;
        }
    }
    const bool archived = isArchiveClass(storageClass) || archiveStatus.contains(QLatin1String("ARCHIVE"));
    if (!archived) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("available");
    } else if (restore.contains(QLatin1String("ongoing-request=\"true\""))) {
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("restoring");
    } else if (restore.contains(QLatin1String("ongoing-request=\"false\""))) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("restored");
    } else {
        result.status = CheckResult::Status::Fail;
        result.reason = QStringLiteral("archived");
    }
}
