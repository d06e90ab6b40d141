#include "signing/OssV4Signer.h"

#include <algorithm>

namespace {
QString canonicalQuery(const QList<QueryItem> &query)
{
    QList<QPair<QString, QString>> encoded;
    for (const QueryItem &item : query)
        encoded.append({SignUtil::uriEncode(item.key), SignUtil::uriEncode(item.value)});
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &[key, value] : std::as_const(encoded))
        parts << (value.isEmpty() ? key : key + u'=' + value);
    return parts.join(u'&');
}
}

SignResult OssV4Signer::sign(const SignRequest &input, const QStringList &additionalHeaders)
{
    SignResult result;
    SignRequest r = input;
    const QString region = r.region.isEmpty() ? r.hostRegion() : r.region;
    if (region.isEmpty()) {
        result.error = QStringLiteral("region");
        return result;
    }
    const QString dateTime = SignUtil::isoBasic(r.time);
    const QString scope = SignUtil::dateStamp(r.time) + u'/' + region + QStringLiteral("/oss/aliyun_v4_request");
    QStringList additional;
    for (const QString &name : additionalHeaders)
        additional << name.trimmed().toLower();
    additional.sort();
    additional.removeDuplicates();

    QString payload = QStringLiteral("UNSIGNED-PAYLOAD");
    if (r.presign) {
        r.query.append({QStringLiteral("x-oss-signature-version"), QStringLiteral("OSS4-HMAC-SHA256"), true});
        r.query.append({QStringLiteral("x-oss-credential"), r.accessKeyId + u'/' + scope, true});
        r.query.append({QStringLiteral("x-oss-date"), dateTime, true});
        r.query.append({QStringLiteral("x-oss-expires"), QString::number(r.expires), true});
        if (!additional.isEmpty())
            r.query.append({QStringLiteral("x-oss-additional-headers"), additional.join(u';'), true});
        if (!r.securityToken.isEmpty())
            r.query.append({QStringLiteral("x-oss-security-token"), r.securityToken, true});
    } else {
        if (!r.securityToken.isEmpty())
            r.setHeader(QStringLiteral("x-oss-security-token"), r.securityToken);
        r.setHeader(QStringLiteral("x-oss-date"), dateTime);
        if (!r.hasHeader(QStringLiteral("x-oss-content-sha256")))
            r.setHeader(QStringLiteral("x-oss-content-sha256"), QStringLiteral("UNSIGNED-PAYLOAD"));
        payload = r.header(QStringLiteral("x-oss-content-sha256")).trimmed();
    }

    QList<QPair<QString, QString>> signedHeaders;
    for (const auto &[name, value] : std::as_const(r.headers)) {
        const QString lower = name.trimmed().toLower();
        if (lower.startsWith(QLatin1String("x-oss-")) || lower == QLatin1String("content-type")
            || lower == QLatin1String("content-md5") || additional.contains(lower))
            signedHeaders.append({lower, value.trimmed()});
    }
    std::stable_sort(signedHeaders.begin(), signedHeaders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString canonicalHeaders;
    for (const auto &[name, value] : std::as_const(signedHeaders))
        canonicalHeaders += name + u':' + value + u'\n';

    const QString bucket = r.bucket();
    QString uri = QStringLiteral("/");
    if (!bucket.isEmpty())
        uri = u'/' + bucket + u'/' + r.objectKey();
    const QString canonicalRequest = r.method + u'\n' + SignUtil::uriEncode(uri, true) + u'\n' + canonicalQuery(r.query) + u'\n'
        + canonicalHeaders + u'\n' + additional.join(u';') + u'\n' + payload;
    const QString stringToSign = QStringLiteral("OSS4-HMAC-SHA256\n") + dateTime + u'\n' + scope + u'\n'
        + SignUtil::sha256Hex(canonicalRequest.toUtf8());
    result.signature = SignUtil::v4Signature(QByteArrayLiteral("aliyun_v4"), r.secretKey, scope, stringToSign);
    result.steps = {{QStringLiteral("canonicalRequest"), canonicalRequest},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("stringToSign"), stringToSign}};

    if (r.presign) {
        result.url = r.scheme + QStringLiteral("://") + r.host + SignUtil::uriEncode(r.decodedPath(), true) + u'?'
            + SignUtil::presignedQuery(r.query, QStringLiteral("x-oss-signature"), result.signature);
    } else {
        result.authorization = QStringLiteral("OSS4-HMAC-SHA256 Credential=") + r.accessKeyId + u'/' + scope
            + (additional.isEmpty() ? QString() : QStringLiteral(",AdditionalHeaders=") + additional.join(u';'))
            + QStringLiteral(",Signature=") + result.signature;
        r.setHeader(QStringLiteral("Authorization"), result.authorization);
    }
    result.headers = r.headers;
    result.ok = true;
    return result;
}
