#include "providers/StorageUrl.h"

#include "common/UtcTime.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
QDateTime fromUnix(const QString &value)
{
    bool ok = false;
    qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok)
        return {};
    // Some clients write OSS V1 Expires in milliseconds; read it, the URL inspector warns about it.
    if (seconds > 100000000000LL)
        seconds /= 1000;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// OSS V4 (x-oss-*) and SigV4 (x-amz-*) presigned URLs carry the same fields under two prefixes.
void readV4Query(StorageUrl &u, const QHash<QString, QString> &params, const QString &prefix)
{
    u.presigned = true;
    const QString credential = params.value(prefix + QStringLiteral("credential"));
    u.accessKeyId = credential.section(u'/', 0, 0);
    u.scopeRegion = credential.section(u'/', 2, 2);
    u.signedAt = UtcTime::parse(params.value(prefix + QStringLiteral("date")));
    bool ok = false;
    // 64 bits, so an absurd X-Amz-Expires still yields a time the URL inspector can warn about.
    const qint64 seconds = params.value(prefix + QStringLiteral("expires")).toLongLong(&ok);
    if (ok && u.signedAt.isValid())
        u.expiresAt = u.signedAt.addSecs(seconds);
    u.hasToken = params.contains(prefix + QStringLiteral("security-token"));
}

// The region each legacy COS alias stands for (providers.md, section 9.1).
QString cosLegacyRegion(const QString &alias)
{
    static const QHash<QString, QString> regions = {
        {QStringLiteral("sh"), QStringLiteral("ap-shanghai")},   {QStringLiteral("gz"), QStringLiteral("ap-guangzhou")},
        {QStringLiteral("bj"), QStringLiteral("ap-beijing")},    {QStringLiteral("tj"), QStringLiteral("ap-beijing-1")},
        {QStringLiteral("cd"), QStringLiteral("ap-chengdu")},    {QStringLiteral("sgp"), QStringLiteral("ap-singapore")},
        {QStringLiteral("hk"), QStringLiteral("ap-hongkong")},   {QStringLiteral("ca"), QStringLiteral("na-toronto")},
        {QStringLiteral("ger"), QStringLiteral("eu-frankfurt")},
    };
    return regions.value(alias);
}

bool endsInServiceDomain(const QString &host)
{
    // The providers' domains, then S3-compatible services' endpoint domains as their documentation
    // names them. Matched on a label boundary, so "notwasabisys.com" is not Wasabi's.
    static const QLatin1String domains[] = {
        QLatin1String("myqcloud.com"),          QLatin1String("tencentcos.cn"),        QLatin1String("tencentcos.com"),
        QLatin1String("aliyuncs.com"),          QLatin1String("amazonaws.com"),        QLatin1String("amazonaws.com.cn"),
        QLatin1String("digitaloceanspaces.com"), QLatin1String("backblazeb2.com"),     QLatin1String("wasabisys.com"),
        QLatin1String("r2.cloudflarestorage.com"), QLatin1String("storage.googleapis.com"), QLatin1String("linodeobjects.com"),
        QLatin1String("scw.cloud"),             QLatin1String("myhuaweicloud.com"),    QLatin1String("cloud-object-storage.appdomain.cloud"),
        QLatin1String("ksyuncs.com"),           QLatin1String("storage.dev"),          QLatin1String("tigris.dev"),
        QLatin1String("cloudferro.com"),        QLatin1String("storjshare.io"),        QLatin1String("filebase.com"),
        QLatin1String("contabostorage.com"),    QLatin1String("idrivee2.com"),         QLatin1String("oraclecloud.com"),
        QLatin1String("min.io"),                QLatin1String("jdcloud-oss.com"),
    };
    for (const QLatin1String &d : domains) {
        if (host == d || (host.endsWith(d) && host.at(host.size() - d.size() - 1) == u'.'))
            return true;
    }
    return false;
}

void readHost(StorageUrl &u, const QString &path)
{
    const QString host = u.host;
    static const QRegularExpression cos(
        QStringLiteral("^(?:([a-z0-9.-]+)\\.)?cos(?:-website)?\\.([a-z0-9-]+)\\.(?:myqcloud\\.com|tencentcos\\.cn|tencentcos\\.com)$"));
    static const QRegularExpression oss(
        QStringLiteral("^(?:([a-z0-9-]+)\\.)?oss-([a-z0-9-]+?)(?:-internal)?\\.aliyuncs\\.com$"));
    static const QRegularExpression ossGlobal(QStringLiteral("^(?:([a-z0-9-]+)\\.)?oss(?:-accelerate(?:-overseas)?)?\\.aliyuncs\\.com$"));
    static const QRegularExpression s3(
        QStringLiteral("^(?:(.+)\\.)?s3(?:[.-](?:dualstack\\.|website[.-])?([a-z0-9-]+))?\\.amazonaws\\.com(?:\\.cn)?$"));
    static const QRegularExpression s3Accelerate(QStringLiteral("^(.+)\\.s3-accelerate(?:\\.dualstack)?\\.amazonaws\\.com$"));
    // COS's older XML hosts name the region by a short alias, BucketName-APPID.cosgz.myqcloud.com.
    // They are still the bucket's own host, so a request to one is not one through a custom domain.
    static const QRegularExpression cosLegacy(QStringLiteral("^([a-z0-9.-]+)\\.cos(sh|gz|bj|tj|cd|sgp|hk|ca|ger)\\.myqcloud\\.com$"));

    // Each pattern ends in its provider's domain: a host that ends in none of them (a store of
    // its own, a CDN, a web page) is not matched at all, since every match costs allocations.
    const bool cosDomain = host.endsWith(QLatin1String("myqcloud.com")) || host.endsWith(QLatin1String("tencentcos.cn"))
        || host.endsWith(QLatin1String("tencentcos.com"));
    const bool ossDomain = host.endsWith(QLatin1String(".aliyuncs.com"));
    const bool s3Domain = host.endsWith(QLatin1String("amazonaws.com")) || host.endsWith(QLatin1String("amazonaws.com.cn"));
    QString firstSegment = path.section(u'/', 1, 1);
    if (cosDomain) {
        if (const auto m = cos.match(host); m.hasMatch()) {
            u.provider = Provider::Cos;
            u.providerHost = true;
            u.bucket = m.captured(1);
            u.region = m.captured(2) == QLatin1String("accelerate") ? QString() : m.captured(2);
        } else if (const auto l = cosLegacy.match(host); l.hasMatch()) {
            u.provider = Provider::Cos;
            u.providerHost = true;
            u.bucket = l.captured(1);
            u.region = cosLegacyRegion(l.captured(2));
        }
    } else if (ossDomain) {
        if (const auto o = oss.match(host); o.hasMatch()) {
            u.provider = Provider::Oss;
            u.providerHost = true;
            u.bucket = o.captured(1);
            u.region = o.captured(2) == QLatin1String("accelerate") ? QString() : o.captured(2);
        } else if (const auto g = ossGlobal.match(host); g.hasMatch()) {
            u.provider = Provider::Oss;
            u.providerHost = true;
            u.bucket = g.captured(1);
        }
    } else if (s3Domain) {
        if (const auto a = s3Accelerate.match(host); a.hasMatch()) {
            u.provider = Provider::S3;
            u.providerHost = true;
            u.bucket = a.captured(1);
        } else if (const auto s = s3.match(host); s.hasMatch()) {
            u.provider = Provider::S3;
            u.providerHost = true;
            u.bucket = s.captured(1);
            const QString region = s.captured(2);
            if (region != QLatin1String("external-1") && region != QLatin1String("website"))
                u.region = region;
        }
    }
    // A store on an IP address or localhost (MinIO, Ceph) can only be addressed path-style.
    if (!u.providerHost && StorageUrl::hostNeedsPathStyle(host) && !firstSegment.isEmpty()) {
        u.pathStyle = true;
        u.bucket = firstSegment;
        u.endpoint = host;
        return;
    }
    if (u.providerHost) {
        if (u.bucket.isEmpty() && !firstSegment.isEmpty()) {
            u.pathStyle = true;
            u.bucket = firstSegment;
            u.endpoint = host;
        } else if (!u.bucket.isEmpty()) {
            u.endpoint = host.mid(u.bucket.size() + 1);
        }
    }
}
}

bool StorageUrl::hostNeedsPathStyle(const QString &host)
{
    // QUrl::host() gives an IPv6 address without its brackets; a typed endpoint may keep them.
    static const QRegularExpression ipHost(
        QStringLiteral("^(?:\\d{1,3}(?:\\.\\d{1,3}){3}|\\[?[0-9a-f]*:[0-9a-f:.]+\\]?|localhost\\.?)$"),
        QRegularExpression::CaseInsensitiveOption);
    // An address starts with a digit or holds a colon: other names are not matched (each match
    // costs allocations, and every URL of a paste is asked).
    const bool mayBeAddress = (!host.isEmpty() && host.front().isDigit()) || host.contains(u':')
        || host.startsWith(QLatin1String("localhost"), Qt::CaseInsensitive);
    return mayBeAddress && ipHost.match(host).hasMatch();
}

StorageUrl StorageUrl::parse(const QString &text)
{
    StorageUrl u;
    const QUrl url = QUrl::fromEncoded(text.trimmed().toUtf8(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return u;
    u.valid = true;
    u.host = url.host().toLower();
    const QString path = url.path(QUrl::FullyDecoded);
    readHost(u, path);
    u.serviceHost = u.providerHost || endsInServiceDomain(u.host);
    QString key = path.mid(1);
    if (u.pathStyle)
        key = key.section(u'/', 1);
    u.objectKey = key;

    // Query keys are compared case-insensitively: clients are inconsistent about X-Amz-* case.
    const QUrlQuery query(url);
    QHash<QString, QString> params;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        params.insert(item.first.toLower(), item.second);
    if (params.contains(QStringLiteral("q-signature"))) {
        u.presigned = true;
        if (u.provider == Provider::Unknown)
            u.provider = Provider::Cos;
        u.accessKeyId = params.value(QStringLiteral("q-ak"));
        const QString window = params.value(QStringLiteral("q-sign-time"), params.value(QStringLiteral("q-key-time")));
        u.signedAt = fromUnix(window.section(u';', 0, 0));
        u.expiresAt = fromUnix(window.section(u';', 1, 1));
        u.hasToken = params.contains(QStringLiteral("x-cos-security-token"));
    } else if (params.contains(QStringLiteral("x-oss-signature"))) {
        u.provider = Provider::Oss;
        readV4Query(u, params, QStringLiteral("x-oss-"));
    } else if (params.contains(QStringLiteral("ossaccesskeyid")) || (params.contains(QStringLiteral("signature"))
                                                                     && params.contains(QStringLiteral("expires")))) {
        u.presigned = true;
        if (u.provider == Provider::Unknown)
            u.provider = Provider::Oss;
        u.accessKeyId = params.value(QStringLiteral("ossaccesskeyid"), params.value(QStringLiteral("awsaccesskeyid")));
        u.expiresAt = fromUnix(params.value(QStringLiteral("expires")));
        u.hasToken = params.contains(QStringLiteral("security-token"));
    } else if (params.contains(QStringLiteral("x-amz-signature"))) {
        if (u.provider == Provider::Unknown)
            u.provider = Provider::S3;
        readV4Query(u, params, QStringLiteral("x-amz-"));
    }
    return u;
}
