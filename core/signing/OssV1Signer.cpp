#include "signing/OssV1Signer.h"

#include "providers/OssSubResources.h"

#include <QSet>
#include <algorithm>

QString OssV1Signer::canonicalizedResource(const SignRequest &r)
{
    const QString bucket = r.bucket();
    QString resource = bucket.isEmpty() ? QStringLiteral("/") : u'/' + bucket + u'/' + r.objectKey();
    QList<QueryItem> subs;
    for (const QueryItem &item : r.query) {
        if (OssSubResources::contains(item.key))
            subs.append(item);
    }
    std::stable_sort(subs.begin(), subs.end(), [](const QueryItem &a, const QueryItem &b) { return a.key < b.key; });
    QStringList parts;
    for (const QueryItem &item : std::as_const(subs))
        parts << (item.value.isEmpty() ? item.key : item.key + u'=' + item.value);
    if (!parts.isEmpty())
        resource += u'?' + parts.join(u'&');
    return resource;
}

SignResult OssV1Signer::sign(const SignRequest &input)
{
    SignResult result;
    SignRequest r = input;
    QString dateSlot;
    if (r.presign) {
        dateSlot = QString::number(r.time.toSecsSinceEpoch() + r.expires);
        // The token is a sub-resource in the URL form, so it is signed.
        if (!r.securityToken.isEmpty())
            r.query.append({QStringLiteral("security-token"), r.securityToken, true});
    } else {
        if (!r.securityToken.isEmpty())
            r.setHeader(QStringLiteral("x-oss-security-token"), r.securityToken);
        // SDKs put x-oss-date in the Date slot when they send it.
        dateSlot = r.header(QStringLiteral("x-oss-date"));
        if (dateSlot.isEmpty())
            dateSlot = r.header(QStringLiteral("Date"));
        if (dateSlot.isEmpty()) {
            dateSlot = SignUtil::rfc1123(r.time);
            r.setHeader(QStringLiteral("Date"), dateSlot);
        }
    }
    QList<QPair<QString, QString>> ossHeaders;
    for (const auto &[name, value] : std::as_const(r.headers)) {
        const QString lower = name.trimmed().toLower();
        if (lower.startsWith(QLatin1String("x-oss-")))
            ossHeaders.append({lower, value.trimmed()});
    }
    std::stable_sort(ossHeaders.begin(), ossHeaders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString canonicalHeaders;
    for (const auto &[name, value] : std::as_const(ossHeaders))
        canonicalHeaders += name + u':' + value + u'\n';

    const QString resource = canonicalizedResource(r);
    const QString stringToSign = r.method + u'\n' + r.header(QStringLiteral("Content-MD5")).trimmed() + u'\n'
        + r.header(QStringLiteral("Content-Type")).trimmed() + u'\n' + dateSlot + u'\n' + canonicalHeaders + resource;
    result.signature = QString::fromLatin1(SignUtil::hmacSha1(r.secretKey.toUtf8(), stringToSign.toUtf8()).toBase64());
    result.steps = {{QStringLiteral("canonicalizedResource"), resource}, {QStringLiteral("stringToSign"), stringToSign}};

    if (r.presign) {
        QList<QueryItem> query = r.query;
        query.append({QStringLiteral("OSSAccessKeyId"), r.accessKeyId, true});
        query.append({QStringLiteral("Expires"), dateSlot, true});
        query.append({QStringLiteral("Signature"), result.signature, true});
        std::stable_sort(query.begin(), query.end(), [](const QueryItem &a, const QueryItem &b) { return a.key < b.key; });
        QStringList parts;
        for (const QueryItem &item : std::as_const(query))
            parts << SignUtil::uriEncode(item.key) + (item.hasValue ? u'=' + SignUtil::uriEncode(item.value) : QString());
        result.url = r.scheme + QStringLiteral("://") + r.host + SignUtil::uriEncode(r.decodedPath(), true) + u'?' + parts.join(u'&');
    } else {
        result.authorization = QStringLiteral("OSS ") + r.accessKeyId + u':' + result.signature;
        r.setHeader(QStringLiteral("Authorization"), result.authorization);
    }
    result.headers = r.headers;
    result.ok = true;
    return result;
}
