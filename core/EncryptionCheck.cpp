#include "EncryptionCheck.h"

#include "CheckTarget.h"

#include <QXmlStreamReader>

QList<PlannedRequest> EncryptionCheck::plannedRequests(const CheckContext &context) const
{
    return {{QStringLiteral("GET"), QStringLiteral("/?encryption"),
             CheckTarget::permission(context, "cos:GetBucketEncryption", "oss:GetBucketEncryption", "s3:GetEncryptionConfiguration"),
             false}};
}

ProbeRequest EncryptionCheck::request(const CheckContext &context) const
{
    ProbeRequest r;
    r.url = CheckTarget::url(context, {}, QStringLiteral("encryption"));
    r.bodyCap = 64 * 1024;
    return r;
}

void EncryptionCheck::interpret(const ProbeResult &probe, CheckResult &result)
{
    if (CheckTarget::noAnswer(probe)) {
        result.status = CheckResult::Status::Error;
        result.reason = CheckTarget::outcomeId(probe.outcome);
        return;
    }
    const ErrorXml error = CheckTarget::readAnswer(probe, result);
    if (CheckTarget::notImplemented(probe, error)) {
        result.status = CheckResult::Status::Skipped;
        result.reason = QStringLiteral("not_implemented");
        return;
    }
    QString algorithm;
    QString kmsKey;
    if (probe.httpStatus >= 200 && probe.httpStatus < 300) {
        // ServerSideEncryptionConfiguration/Rule/ApplyServerSideEncryptionByDefault{SSEAlgorithm,
        // KMSMasterKeyID}: the same element names at all three providers.
        QXmlStreamReader xml(probe.body);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"SSEAlgorithm")
                algorithm = xml.readElementText().trimmed();
            else if (xml.name() == u"KMSMasterKeyID")
                kmsKey = xml.readElementText().trimmed();
        }
    } else if (probe.httpStatus == 403 || probe.httpStatus == 405) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("not_permitted");
    } else if (probe.httpStatus != 404) {
        result.status = CheckResult::Status::Error;
        result.reason = error.field(u"Code").isEmpty() ? QStringLiteral("http_error") : error.field(u"Code");
        return;
    }
    if (!algorithm.isEmpty())
        result.facts.append({QStringLiteral("bucketAlgorithm"), algorithm});
    if (!kmsKey.isEmpty())
        result.facts.append({QStringLiteral("bucketKmsKeyId"), kmsKey});
    const CheckResult object = earlier().value(QStringLiteral("object"));
    const QString objectSse = CheckTarget::fact(object, QStringLiteral("sse"));
    const QString objectKms = CheckTarget::fact(object, QStringLiteral("kmsKeyId"));
    if (!objectSse.isEmpty())
        result.facts.append({QStringLiteral("objectSse"), objectSse});
    if (!objectKms.isEmpty())
        result.facts.append({QStringLiteral("objectKmsKeyId"), objectKms});
    const bool kms = objectSse.contains(QLatin1String("kms"), Qt::CaseInsensitive) || !objectKms.isEmpty()
        || algorithm.contains(QLatin1String("kms"), Qt::CaseInsensitive);
    if (kms) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("kms");
    } else if (!result.reason.isEmpty()) {
        return; // not_permitted, and the object said nothing either
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = (algorithm.isEmpty() && objectSse.isEmpty()) ? QStringLiteral("none") : QStringLiteral("managed");
    }
}
