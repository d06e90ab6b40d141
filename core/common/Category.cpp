#include "common/Category.h"

#include <QList>

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
static_assert(static_cast<int>(Category::Other) + 1 == 17, "kIds names every category once");
}

QString Categories::id(Category category)
{
    // Made once: a copy of a QString shares its text, where fromLatin1 allocated anew at each of a
    // diagnosis's some fifty calls (1 % of it, callgrind on the fixtures' bench).
    static const QList<QString> ids = [] {
        QList<QString> list(static_cast<qsizetype>(kIds.size()));
        for (const auto &[value, name] : kIds)
            list[static_cast<qsizetype>(value)] = QString::fromLatin1(name);
        return list;
    }();
    const auto at = static_cast<qsizetype>(category);
    return at >= 0 && at < ids.size() ? ids.at(at) : QStringLiteral("other");
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
