#include "common/Category.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Category, const char *>, 17> kIds{{
    {Category::PermissionAclPolicy, "permission_acl_policy"},
    {Category::AnonymousPrivate, "anonymous_private"},
    {Category::KeyInvalidOrDisabled, "key_invalid_or_disabled"},
    {Category::SecretWrongSignature, "secret_wrong_signature"},
    {Category::SignatureCalcBug, "signature_calc_bug"},
    {Category::ClockSkew, "clock_skew"},
    {Category::PresignExpired, "presign_expired"},
    {Category::StsTokenExpiredOrMissing, "sts_token_expired_or_missing"},
    {Category::Cors, "cors"},
    {Category::Referer, "referer"},
    {Category::WrongEndpointRegion, "wrong_endpoint_region"},
    {Category::ArchiveNotRestored, "archive_not_restored"},
    {Category::Kms, "kms"},
    {Category::BucketNameFormat, "bucket_name_format"},
    {Category::AccountOrBucketDisabled, "account_or_bucket_disabled"},
    {Category::PolicyConditionIpVpc, "policy_condition_ip_vpc"},
    {Category::Other, "other"},
}};
}

QString Categories::id(Category category)
{
    for (const auto &[value, name] : kIds) {
        if (value == category)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

bool Categories::fromId(const QString &id, Category *category)
{
    for (const auto &[value, name] : kIds) {
        if (id == QLatin1String(name)) {
            *category = value;
            return true;
        }
    }
    return false;
}

QStringList Categories::allIds()
{
    QStringList ids;
    for (const auto &entry : kIds)
        ids << QString::fromLatin1(entry.second);
    return ids;
}
