#include "common/Provider.h"

QString Providers::id(Provider provider)
{
    switch (provider) {
    case Provider::Cos:
        return QStringLiteral("cos");
    case Provider::Oss:
        return QStringLiteral("oss");
    case Provider::S3:
        return QStringLiteral("s3");
    case Provider::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Provider Providers::fromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("cos"))
        return Provider::Cos;
    if (lower == QLatin1String("oss"))
        return Provider::Oss;
    if (lower == QLatin1String("s3"))
        return Provider::S3;
    return Provider::Unknown;
}
