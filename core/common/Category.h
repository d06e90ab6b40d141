#pragma once

#include <QString>
#include <QStringList>

// The cause categories of product.md. Their string ids are part of the JSON contract.
enum class Category {
    PermissionAclPolicy,
    AnonymousPrivate,
    KeyInvalidOrDisabled,
    SecretWrongSignature,
    SignatureCalcBug,
    ClockSkew,
    PresignExpired,
    StsTokenExpiredOrMissing,
    Cors,
    Referer,
    WrongEndpointRegion,
    ArchiveNotRestored,
    Kms,
    BucketNameFormat,
    AccountOrBucketDisabled,
    PolicyConditionIpVpc,
    Other,
};

namespace Categories {
QString id(Category category);
// Returns false when the id is not one of the contract's strings.
bool fromId(const QString &id, Category *category);
QStringList allIds();
}
