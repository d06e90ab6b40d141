#include "diagnosis/PresignedUrlInspector.h"

#include "providers/OssSubResources.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
// S3 accepts X-Amz-Expires from 1 to 604800 s; OSS caps presigned validity at 7 days (§2.3, §8).
constexpr qint64 kMaxPresignSeconds = 604800;
// Request time may lead the server clock by up to 15 min on OSS V4 and S3 (§8).
constexpr qint64 kSkewSeconds = 900;
// Lifetimes of temporary credentials (§2.1 COS FAQ 40947: default 30 min; STS commonly 1 h).
constexpr qint64 kCosTemporaryKeyDefault = 1800;
constexpr qint64 kStsDefault = 3600;
// An OSS V1 Expires this large can only be milliseconds (year 5138 in seconds).
constexpr qint64 kMillisecondsThreshold = 100000000000LL;

struct Query {
    QList<QPair<QString, QString>> items; // decoded, as written
    QHash<QString, QString> lower; // lower-cased key → value, first occurrence wins

    QString value(const QString &lowerKey) const { return lower.value(lowerKey); }
    bool has(const QString &lowerKey) const { return lower.contains(lowerKey); }
};

Query readQuery(const QUrl &url)
{
    Query q;
    // QUrlQuery leaves '+' alone, which is right: a '+' in an OSS V1 Signature is data, not a space.
    q.items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : q.items) {
        const QString key = item.first.toLower();
        if (!q.lower.contains(key))
            q.lower.insert(key, item.second);
    }
    return q;
}

QStringList splitList(const QString &value)
{
    QStringList parts;
    for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        if (!name.isEmpty() && !parts.contains(name))
            parts << name;
    }
    return parts;
}

// Users paste URLs without a scheme; a host-like start ("bucket.cos…/key") is read as https.
QString withScheme(const QString &text)
{
    if (text.contains(QLatin1String("://")))
        return text;
    static const QRegularExpression hostLike(QStringLiteral("^[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?::\\d+)?$"));
    static const QRegularExpression hostEnd(QStringLiteral("[/?#]"));
    if (hostLike.match(text.section(hostEnd, 0, 0)).hasMatch())
        return QStringLiteral("https://") + text;
    return text;
}

QString iso(const QDateTime &time)
{
    const QString text = time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    return text.isEmpty() ? QStringLiteral("—") : text; // ISO 8601 stops at year 9999
}

void addWarning(UrlInspection &i, const QString &id, UrlWarning::Level level, const QStringList &args = {})
{
    i.warnings.append({id, level, args});
}

bool isOssForm(const QString &form)
{
    return form == QLatin1String("oss-v1") || form == QLatin1String("oss-v4");
}

void readForm(UrlInspection &i, const Query &q)
{
    const auto signedQueryExcept = [&](const QString &lowerSignatureKey) {
        QStringList keys;
        for (const auto &item : q.items) {
            if (item.first.toLower() != lowerSignatureKey && !keys.contains(item.first))
                keys << item.first;
        }
        return keys;
    };
    const auto readScope = [&](const QString &credential) {
        i.scopeDate = credential.section(u'/', 1, 1);
        i.scopeRegion = i.url.scopeRegion;
        i.scopeService = credential.section(u'/', 3, 3);
    };

    if (q.has(QStringLiteral("q-signature"))) {
        i.form = QStringLiteral("cos");
        i.algorithm = q.value(QStringLiteral("q-sign-algorithm"));
        i.signatureParameter = QStringLiteral("q-signature");
        i.tokenParameter = QStringLiteral("x-cos-security-token");
        i.signedHeaders = splitList(q.value(QStringLiteral("q-header-list")));
        i.signedQueryParams = splitList(q.value(QStringLiteral("q-url-param-list")));
    } else if (q.has(QStringLiteral("x-oss-signature"))) {
        i.form = QStringLiteral("oss-v4");
        i.algorithm = q.value(QStringLiteral("x-oss-signature-version"));
        i.signatureParameter = QStringLiteral("x-oss-signature");
        i.tokenParameter = QStringLiteral("x-oss-security-token");
        i.signedHeaders = splitList(q.value(QStringLiteral("x-oss-additional-headers")));
        i.implicitHeaders = {QStringLiteral("content-md5"), QStringLiteral("content-type"), QStringLiteral("x-oss-*")};
        // V4 signs every query parameter but the signature itself (§2.2.3).
        i.signedQueryParams = signedQueryExcept(QStringLiteral("x-oss-signature"));
        readScope(q.value(QStringLiteral("x-oss-credential")));
    } else if (q.has(QStringLiteral("ossaccesskeyid"))
               || (q.has(QStringLiteral("signature")) && q.has(QStringLiteral("expires")))) {
        // The V1 query form was copied from S3's old SigV2; the key id names which one it is.
        const bool s3 = q.has(QStringLiteral("awsaccesskeyid")) && !q.has(QStringLiteral("ossaccesskeyid"));
        i.form = s3 ? QStringLiteral("s3-v2") : QStringLiteral("oss-v1");
        i.algorithm = QStringLiteral("HMAC-SHA1");
        i.signatureParameter = QStringLiteral("Signature");
        i.tokenParameter = s3 ? QStringLiteral("x-amz-security-token") : QStringLiteral("security-token");
        if (!s3) {
            i.implicitHeaders = {QStringLiteral("content-md5"), QStringLiteral("content-type"), QStringLiteral("x-oss-*")};
            for (const auto &item : q.items) {
                if (OssSubResources::contains(item.first) && !i.signedQueryParams.contains(item.first))
                    i.signedQueryParams << item.first;
            }
        }
    } else if (q.has(QStringLiteral("x-amz-signature"))) {
        i.form = QStringLiteral("sigv4");
        i.algorithm = q.value(QStringLiteral("x-amz-algorithm"));
        i.signatureParameter = QStringLiteral("X-Amz-Signature");
        i.tokenParameter = QStringLiteral("X-Amz-Security-Token");
        i.signedHeaders = splitList(q.value(QStringLiteral("x-amz-signedheaders")));
        i.signedQueryParams = signedQueryExcept(QStringLiteral("x-amz-signature"));
        readScope(q.value(QStringLiteral("x-amz-credential")));
        if (i.algorithm == QLatin1String("AWS4-ECDSA-P256-SHA256")) {
            // SigV4a scopes have no region (ak/date/service/aws4_request); the regions ride in
            // X-Amz-Region-Set and may be "*", so they are shown but not compared with the host.
            const QString credential = q.value(QStringLiteral("x-amz-credential"));
            i.scopeService = credential.section(u'/', 2, 2);
            i.scopeRegion = q.value(QStringLiteral("x-amz-region-set"));
        }
    }
    i.tokenPresent = q.has(i.tokenParameter.toLower());
}

void readTimes(UrlInspection &i, const Query &q)
{
    i.signedAt = i.url.signedAt;
    i.expiresAt = i.url.expiresAt;
    // A relative validity that is not a positive number leaves the end unknown, not "now".
    QString relative;
    if (i.form == QLatin1String("oss-v4"))
        relative = q.value(QStringLiteral("x-oss-expires"));
    else if (i.form == QLatin1String("sigv4"))
        relative = q.value(QStringLiteral("x-amz-expires"));
    if (!relative.isNull()) {
        bool ok = false;
        if (relative.trimmed().toLongLong(&ok) <= 0 || !ok)
            i.expiresAt = {};
    }
    if (i.signedAt.isValid() && i.expiresAt.isValid())
        i.validitySeconds = i.signedAt.secsTo(i.expiresAt);

    if (!i.expiresAt.isValid() || !i.now.isValid())
        i.status = UrlInspection::Status::Unknown;
    else if (i.now > i.expiresAt)
        i.status = UrlInspection::Status::Expired;
    else if (i.signedAt.isValid()) {
        // COS checks q-sign-time strictly; OSS V4 and S3 take a request time up to 15 min ahead.
        const qint64 tolerance = i.form == QLatin1String("cos") ? 0 : kSkewSeconds;
        i.status = i.now.secsTo(i.signedAt) > tolerance ? UrlInspection::Status::NotYetValid : UrlInspection::Status::Valid;
    } else {
        i.status = UrlInspection::Status::Valid;
    }
}

void warnAboutCredentials(UrlInspection &i)
{
    const QString &ak = i.accessKeyId;
    const bool temporaryKeyId = ak.startsWith(QLatin1String("STS.")) || ak.startsWith(QLatin1String("ASIA"));
    i.temporaryCredential = temporaryKeyId || i.tokenPresent;
    if (temporaryKeyId && !i.tokenPresent)
        addWarning(i, QStringLiteral("temporary_key_without_token"), UrlWarning::Level::Warning, {ak, i.tokenParameter});
    if (!i.temporaryCredential)
        return;
    // Without a signing time (OSS V1), the time still to run from now is a lower bound of the span.
    qint64 span = i.validitySeconds;
    if (span < 0 && i.expiresAt.isValid() && i.now.isValid() && i.now < i.expiresAt)
        span = i.now.secsTo(i.expiresAt);
    const qint64 limit = i.form == QLatin1String("cos") ? kCosTemporaryKeyDefault : kStsDefault;
    if (span > limit)
        addWarning(i, QStringLiteral("temporary_credential_lifetime"), UrlWarning::Level::Warning,
            {QString::number(span), i.form == QLatin1String("cos") ? QStringLiteral("cos") : QStringLiteral("sts")});
}

void warnAboutContentType(UrlInspection &i)
{
    const bool write = i.method == QLatin1String("PUT") || i.method == QLatin1String("POST");
    if (isOssForm(i.form)) {
        // OSS puts the request's Content-Type into every signature, listed or not (§2.2.1, §2.2.3).
        if (write)
            addWarning(i, QStringLiteral("content_type_must_match"), UrlWarning::Level::Warning, {i.method});
        else if (i.method.isEmpty())
            addWarning(i, QStringLiteral("content_type_if_upload"), UrlWarning::Level::Note);
        return;
    }
    if (i.form != QLatin1String("cos") && i.form != QLatin1String("sigv4"))
        return;
    // COS and S3 check only the listed headers, so only a listed Content-Type can break the signature.
    if (i.signedHeaders.contains(QLatin1String("content-type")))
        addWarning(i, QStringLiteral("content_type_signed"), UrlWarning::Level::Warning);
    else if (write)
        addWarning(i, QStringLiteral("content_type_unsigned"), UrlWarning::Level::Note,
            {i.method, i.signedHeaders.isEmpty() ? QStringLiteral("—") : i.signedHeaders.join(u';')});
}

void warnAboutAlgorithm(UrlInspection &i)
{
    QString expected;
    if (i.form == QLatin1String("cos"))
        expected = QStringLiteral("sha1");
    else if (i.form == QLatin1String("oss-v4"))
        expected = QStringLiteral("OSS4-HMAC-SHA256");
    else if (i.form == QLatin1String("sigv4"))
        expected = QStringLiteral("AWS4-HMAC-SHA256");
    // SigV4a (AWS4-ECDSA-P256-SHA256, multi-region access points) is a real S3 form, not a slip.
    if (i.form == QLatin1String("sigv4") && i.algorithm == QLatin1String("AWS4-ECDSA-P256-SHA256"))
        return;
    if (!expected.isEmpty() && i.algorithm != expected)
        addWarning(i, QStringLiteral("unexpected_algorithm"), UrlWarning::Level::Warning,
            {i.algorithm.isEmpty() ? QStringLiteral("—") : i.algorithm, expected});
}

void warnAboutTimes(UrlInspection &i, const Query &q)
{
    if (i.form == QLatin1String("cos")) {
        const QString signTime = q.value(QStringLiteral("q-sign-time"));
        const QString keyTime = q.value(QStringLiteral("q-key-time"));
        if (!signTime.isEmpty() && !keyTime.isEmpty() && signTime != keyTime)
            addWarning(i, QStringLiteral("sign_time_mismatch"), UrlWarning::Level::Warning, {signTime, keyTime});
    }
    if (i.form == QLatin1String("oss-v1") || i.form == QLatin1String("s3-v2")) {
        const QString raw = q.value(QStringLiteral("expires")).trimmed();
        bool ok = false;
        if (raw.toLongLong(&ok) > kMillisecondsThreshold && ok)
            addWarning(i, QStringLiteral("expires_in_milliseconds"), UrlWarning::Level::Warning,
                {raw, iso(i.expiresAt)});
    }
    QString relativeName;
    if (i.form == QLatin1String("oss-v4"))
        relativeName = QStringLiteral("x-oss-expires");
    else if (i.form == QLatin1String("sigv4"))
        relativeName = QStringLiteral("X-Amz-Expires");
    if (!relativeName.isEmpty()) {
        const QString raw = q.value(relativeName.toLower()).trimmed();
        bool ok = false;
        if (raw.toLongLong(&ok) > kMaxPresignSeconds && ok)
            addWarning(i, QStringLiteral("expires_over_maximum"), UrlWarning::Level::Warning, {relativeName, raw});
    }
    if (!i.expiresAt.isValid()) {
        QString needed;
        if (i.form == QLatin1String("cos"))
            needed = QStringLiteral("q-sign-time");
        else if (i.form == QLatin1String("oss-v4"))
            needed = QStringLiteral("x-oss-date, x-oss-expires");
        else if (i.form == QLatin1String("sigv4"))
            needed = QStringLiteral("X-Amz-Date, X-Amz-Expires");
        else
            needed = QStringLiteral("Expires");
        addWarning(i, QStringLiteral("validity_unreadable"), UrlWarning::Level::Warning, {needed});
    }
}

void warnAboutHost(UrlInspection &i)
{
    if (!i.scopeRegion.isEmpty() && i.algorithm != QLatin1String("AWS4-ECDSA-P256-SHA256")) {
        QString scope = i.scopeRegion;
        // V4 scopes take the plain region id; the endpoint's "oss-" id is a classic slip (§2.2.3).
        if (i.form == QLatin1String("oss-v4") && scope.startsWith(QLatin1String("oss-"))) {
            scope = scope.mid(4);
            addWarning(i, QStringLiteral("scope_region_oss_prefix"), UrlWarning::Level::Warning, {i.scopeRegion, scope});
        }
        if (!i.url.region.isEmpty() && scope != i.url.region)
            addWarning(i, QStringLiteral("region_mismatch"), UrlWarning::Level::Warning,
                       {i.scopeRegion, i.url.host, i.url.region});
    }
    // A COS or OSS form names its provider for sure, so any other host is a CDN, proxy or custom
    // domain. A SigV4 URL on another host is most often an S3-compatible store itself, whose own
    // token it is; warning there would be noise.
    if (i.tokenPresent && !i.url.providerHost && (i.form == QLatin1String("cos") || isOssForm(i.form)))
        addWarning(i, QStringLiteral("token_to_foreign_host"), UrlWarning::Level::Warning, {i.url.host});
}
}

bool UrlInspection::hasWarning(const QString &id) const
{
    for (const UrlWarning &w : warnings) {
        if (w.id == id)
            return true;
    }
    return false;
}

QString UrlInspection::statusId(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString UrlInspection::levelId(UrlWarning::Level level)
{
    return level == UrlWarning::Level::Note ? QStringLiteral("note") : QStringLiteral("warning");
}

UrlInspection PresignedUrlInspector::inspect(const QString &text, const QDateTime &now, const QString &method)
{
    UrlInspection i;
    i.now = now.toUTC();
    i.method = method.trimmed().toUpper();
    const QString trimmed = withScheme(text.trimmed());
    const QUrl qurl = QUrl::fromEncoded(trimmed.toUtf8(), QUrl::TolerantMode);
    const QString scheme = qurl.scheme().toLower();
    if (trimmed.isEmpty() || !qurl.isValid() || qurl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return i;
    i.url = StorageUrl::parse(trimmed);
    if (!i.url.valid)
        return i;
    i.state = UrlInspection::State::NotPresigned;
    const Query q = readQuery(qurl);
    readForm(i, q);
    if (i.form.isEmpty() || !i.url.presigned)
        return i;
    i.state = UrlInspection::State::Presigned;
    i.provider = i.form == QLatin1String("s3-v2") ? Provider::S3 : i.url.provider;
    i.accessKeyId = i.url.accessKeyId;
    readTimes(i, q);

    warnAboutCredentials(i);
    warnAboutContentType(i);
    warnAboutAlgorithm(i);
    warnAboutTimes(i, q);
    warnAboutHost(i);
    return i;
}
