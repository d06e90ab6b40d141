#include "OssV1Signer.h"

#include <QSet>
#include <algorithm>

bool OssV1Signer::isSubResource(const QString &key)
{
    // oss2/auth.py _subresource_key_set at the commit cited in providers.md.
    static const QSet<QString> keys{
        QStringLiteral("response-content-type"), QStringLiteral("response-content-language"), QStringLiteral("response-cache-control"),
        QStringLiteral("logging"), QStringLiteral("response-content-encoding"), QStringLiteral("acl"), QStringLiteral("uploadId"),
        QStringLiteral("uploads"), QStringLiteral("partNumber"), QStringLiteral("group"), QStringLiteral("link"),
        QStringLiteral("delete"), QStringLiteral("website"), QStringLiteral("location"), QStringLiteral("objectInfo"),
        QStringLiteral("objectMeta"), QStringLiteral("response-expires"), QStringLiteral("response-content-disposition"),
        QStringLiteral("cors"), QStringLiteral("lifecycle"), QStringLiteral("restore"), QStringLiteral("qos"),
        QStringLiteral("referer"), QStringLiteral("stat"), QStringLiteral("bucketInfo"), QStringLiteral("append"),
        QStringLiteral("position"), QStringLiteral("security-token"), QStringLiteral("live"), QStringLiteral("comp"),
        QStringLiteral("status"), QStringLiteral("vod"), QStringLiteral("startTime"), QStringLiteral("endTime"),
        QStringLiteral("x-oss-process"), QStringLiteral("symlink"), QStringLiteral("callback"), QStringLiteral("callback-var"),
        QStringLiteral("tagging"), QStringLiteral("encryption"), QStringLiteral("versions"), QStringLiteral("versioning"),
        QStringLiteral("versionId"), QStringLiteral("policy"), QStringLiteral("requestPayment"),
        QStringLiteral("x-oss-traffic-limit"), QStringLiteral("qosInfo"), QStringLiteral("asyncFetch"),
        QStringLiteral("x-oss-request-payer"), QStringLiteral("sequential"), QStringLiteral("inventory"),
        QStringLiteral("inventoryId"), QStringLiteral("continuation-token"), QStringLiteral("worm"), QStringLiteral("wormId"),
        QStringLiteral("wormExtend"), QStringLiteral("replication"), QStringLiteral("replicationLocation"),
        QStringLiteral("replicationProgress"), QStringLiteral("transferAcceleration"), QStringLiteral("cname"),
        QStringLiteral("metaQuery"), QStringLiteral("x-oss-ac-source-ip"), QStringLiteral("x-oss-ac-subnet-mask"),
        QStringLiteral("x-oss-ac-vpc-id"), QStringLiteral("x-oss-ac-forward-allow"), QStringLiteral("resourceGroup"),
        QStringLiteral("style"), QStringLiteral("styleName"), QStringLiteral("x-oss-async-process"), QStringLiteral("regionList"),
        QStringLiteral("x-oss-write-get-object-response"), QStringLiteral("bucketArchiveDirectRead"),
        QStringLiteral("httpsConfig"), QStringLiteral("redundancyTransition"), QStringLiteral("x-oss-target-redundancy-type"),
        QStringLiteral("x-oss-redundancy-transition-taskid"), QStringLiteral("accessPoint"), QStringLiteral("accessPointPolicy"),
        QStringLiteral("publicAccessBlock"), QStringLiteral("x-oss-access-point-name"), QStringLiteral("requesterQosInfo"),
        QStringLiteral("qosRequester"), QStringLiteral("resourcePoolInfo"), QStringLiteral("resourcePool"),
        QStringLiteral("resourcePoolBuckets"),
    };
    return keys.contains(key);
}

QString OssV1Signer::canonicalizedResource(const SignRequest &r)
{
    const QString bucket = r.bucket();
    QString resource = bucket.isEmpty() ? QStringLiteral("/") : u'/' + bucket + u'/' + r.objectKey();
    QList<QueryItem> subs;
    for (const QueryItem &item : r.query) {
        if (isSubResource(item.key))
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
