#include "checks/bucket/EncryptionCheck.h"

#include "checks/CheckTarget.h"

#include <QXmlStreamReader>

void EncryptionCheck::interpretConfig(const ProbeResult &probe, CheckResult &result)
{
    QString algorithm;
    QString kmsKey;
    if (probe.httpStatus != 404) {
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
    }
    judge(algorithm, kmsKey, result);
}

void EncryptionCheck::afterNotPermitted(CheckResult &result)
{
    judge({}, {}, result);
}

void EncryptionCheck::judge(const QString &algorithm, const QString &kmsKey, CheckResult &result) const
{
    if (!algorithm.isEmpty())
        result.facts.append({QStringLiteral("bucketAlgorithm"), algorithm});
    if (!kmsKey.isEmpty())
        result.facts.append({QStringLiteral("bucketKmsKeyId"), kmsKey});
    const CheckResult object = earlier().value(QStringLiteral("object"));
    const QString objectSse = object.fact(QStringLiteral("sse"));
    const QString objectKms = object.fact(QStringLiteral("kmsKeyId"));
    if (!objectSse.isEmpty())
        result.facts.append({QStringLiteral("objectSse"), objectSse});
    if (!objectKms.isEmpty())
        result.facts.append({QStringLiteral("objectKmsKeyId"), objectKms});
    const bool kms = objectSse.contains(QLatin1String("kms"), Qt::CaseInsensitive) || !objectKms.isEmpty()
        || algorithm.contains(QLatin1String("kms"), Qt::CaseInsensitive);
    if (kms) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("kms");
    } else if (result.reason.isEmpty()) { // not after not_permitted, when the object said nothing either
        result.status = CheckResult::Status::Pass;
        result.reason = (algorithm.isEmpty() && objectSse.isEmpty()) ? QStringLiteral("none") : QStringLiteral("managed");
    }
}
