#include "signing/SigV4Signer.h"

#include <QRegularExpression>
#include <algorithm>

namespace {
const QString kEmptyHash = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

// Headers that proxies and clients change on the way; the AWS SDKs never sign them.
bool isUnsignable(const QString &lower)
{
    static const QStringList names{
        QStringLiteral("authorization"), QStringLiteral("connection"),   QStringLiteral("expect"),
        QStringLiteral("from"),          QStringLiteral("keep-alive"),   QStringLiteral("max-forwards"),
        QStringLiteral("pragma"),        QStringLiteral("referer"),      QStringLiteral("te"),
        QStringLiteral("trailer"),       QStringLiteral("transfer-encoding"), QStringLiteral("upgrade"),
        QStringLiteral("user-agent"),    QStringLiteral("x-amzn-trace-id"),
    };
    return names.contains(lower);
}

QString trimAll(const QString &value)
{
    // SigV4 "trimall": outer spaces and tabs go, runs of them become one space; nothing else.
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    return SignUtil::trimHttp(value).replace(spaces, QStringLiteral(" "));
}

QString canonicalQuery(const QList<QueryItem> &query)
{
    QList<QPair<QString, QString>> encoded;
    for (const QueryItem &item : query)
        encoded.append({SignUtil::uriEncode(item.key), SignUtil::uriEncode(item.value)});
    std::stable_sort(encoded.begin(), encoded.end(), [](const auto &a, const auto &b) {
        return a.first == b.first ? a.second < b.second : a.first < b.first;
    });
    QStringList parts;
    for (const auto &[key, value] : std::as_const(encoded))
        parts << key + u'=' + value;
    return parts.join(u'&');
}
}

SignResult SigV4Signer::sign(const SignRequest &input)
{
    SignResult result;
    SignRequest r = input;
    const QString service = r.service.isEmpty() ? QStringLiteral("s3") : r.service;
    const bool s3 = service == QLatin1String("s3");
    QString region = r.region.isEmpty() ? r.hostRegion() : r.region;
    if (region.isEmpty())
        region = QStringLiteral("us-east-1");
    const QString dateTime = SignUtil::isoBasic(r.time);
    const QString scope = SignUtil::dateStamp(r.time) + u'/' + region + u'/' + service + QStringLiteral("/aws4_request");
    if (!r.hasHeader(QStringLiteral("Host")))
        r.headers.prepend({QStringLiteral("Host"), r.host});

    QString payload = s3 ? QStringLiteral("UNSIGNED-PAYLOAD") : kEmptyHash;
    if (!r.presign) {
        r.setHeader(QStringLiteral("X-Amz-Date"), dateTime);
        if (!r.securityToken.isEmpty())
            r.setHeader(QStringLiteral("X-Amz-Security-Token"), r.securityToken);
        if (s3 && !r.hasHeader(QStringLiteral("x-amz-content-sha256")))
            r.setHeader(QStringLiteral("X-Amz-Content-Sha256"), payload);
        if (r.hasHeader(QStringLiteral("x-amz-content-sha256")))
            payload = SignUtil::trimHttp(r.header(QStringLiteral("x-amz-content-sha256")));
    }

    // Repeated headers are signed as one, values joined by commas in the order given.
    QList<QPair<QString, QString>> signedHeaders;
    for (const auto &[name, value] : std::as_const(r.headers)) {
        const QString lower = name.trimmed().toLower();
        if (isUnsignable(lower))
            continue;
        auto it = std::find_if(signedHeaders.begin(), signedHeaders.end(), [&](const auto &h) { return h.first == lower; });
        if (it != signedHeaders.end())
            it->second += u',' + trimAll(value);
        else
            signedHeaders.append({lower, trimAll(value)});
    }
    std::stable_sort(signedHeaders.begin(), signedHeaders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString canonicalHeaders;
    QStringList names;
    for (const auto &[name, value] : std::as_const(signedHeaders)) {
        canonicalHeaders += name + u':' + value + u'\n';
        names << name;
    }
    const QString signedHeaderList = names.join(u';');

    if (r.presign) {
        r.query.append({QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256"), true});
        r.query.append({QStringLiteral("X-Amz-Credential"), r.accessKeyId + u'/' + scope, true});
        r.query.append({QStringLiteral("X-Amz-Date"), dateTime, true});
        r.query.append({QStringLiteral("X-Amz-Expires"), QString::number(r.expires), true});
        if (!r.securityToken.isEmpty())
            r.query.append({QStringLiteral("X-Amz-Security-Token"), r.securityToken, true});
        r.query.append({QStringLiteral("X-Amz-SignedHeaders"), signedHeaderList, true});
    }

    const QString canonicalUri = SignUtil::uriEncode(r.decodedPath(), true);
    const QString canonicalRequest = r.method + u'\n' + canonicalUri + u'\n' + canonicalQuery(r.query) + u'\n' + canonicalHeaders
        + u'\n' + signedHeaderList + u'\n' + payload;
    const QString stringToSign = QStringLiteral("AWS4-HMAC-SHA256\n") + dateTime + u'\n' + scope + u'\n'
        + SignUtil::sha256Hex(canonicalRequest.toUtf8());
    result.signature = SignUtil::v4Signature(QByteArrayLiteral("AWS4"), r.secretKey, scope, stringToSign);
    result.steps = {{QStringLiteral("canonicalRequest"), canonicalRequest},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("stringToSign"), stringToSign}};

    if (r.presign) {
        result.url = r.scheme + QStringLiteral("://") + r.host + canonicalUri + u'?'
            + SignUtil::presignedQuery(r.query, QStringLiteral("X-Amz-Signature"), result.signature);
    } else {
        result.authorization = QStringLiteral("AWS4-HMAC-SHA256 Credential=") + r.accessKeyId + u'/' + scope
            + QStringLiteral(", SignedHeaders=") + signedHeaderList + QStringLiteral(", Signature=") + result.signature;
        r.setHeader(QStringLiteral("Authorization"), result.authorization);
    }
    result.headers = r.headers;
    result.ok = true;
    return result;
}
