#pragma once

#include "common/HeaderList.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// One request to sign, as the client will send it. The URL is split by hand, not through QUrl,
// so the path and query keep the exact bytes the user gave: a signature covers bytes, and QUrl
// normalises some encodings.
//
// Usage:
//   SignRequest r = SignRequest::fromUrl(QStringLiteral("PUT"), url, headers);
//   r.accessKeyId = …; r.secretKey = …; r.time = …;
//   const SignResult s = CosSigner::sign(r);
struct QueryItem {
    QString key;   // decoded
    QString value; // decoded
    bool hasValue = true; // "?acl" has none
};

struct SignRequest {
    QString method;
    QString scheme = QStringLiteral("https");
    QString host;          // with ":port" when the URL names one
    QString rawPath;       // as written, percent-encoded, starts with '/'
    QList<QueryItem> query;
    HeaderList headers;

    QString accessKeyId;
    QString secretKey;
    QString securityToken;
    QString region;        // empty: from the host
    QString service;       // SigV4 service name; empty means "s3"
    QDateTime time;        // request time, UTC
    qint64 expires = 900;  // seconds a presigned URL (or COS key time) stays valid
    bool presign = false;

    // Returns false and leaves *error set to a short technical reason when the URL cannot be split.
    static bool fromUrl(const QString &method, const QString &url, const HeaderList &headers, SignRequest *request,
                        QString *error);

    QString decodedPath() const;             // percent-decoded UTF-8 path
    QString header(const QString &name) const;
    bool hasHeader(const QString &name) const;
    void setHeader(const QString &name, const QString &value); // replaces, keeps the first spelling
    QString bucket() const;                  // from the host (virtual-hosted) or the first path segment
    QString objectKey() const;               // decoded, without the bucket when path-style
    bool pathStyle() const;
    QString hostRegion() const;
};

// What a signer computed. `steps` are the named intermediate strings, in the order the provider's
// documentation builds them (HttpString, CanonicalRequest, StringToSign, …).
struct SignResult {
    bool ok = false;
    QString error;
    QList<QPair<QString, QString>> steps;
    QString signature;
    QString authorization; // header form
    QString url;           // presigned form
    HeaderList headers;    // every header the request must carry, added ones included

    QString step(const QString &name) const;
};

// Encoding and hashing shared by the signers, through Qt's own classes.
namespace SignUtil {
QString uriEncode(const QString &text, bool keepSlash = false); // RFC 3986, upper-case hex
// HTTP trims only spaces and tabs around a header value; QString::trimmed() would also eat
// U+00A0 and the ideographic space U+3000 that an input method types, and change the signature.
QString trimHttp(const QString &value);
QByteArray hmacSha1(const QByteArray &key, const QByteArray &message);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QString sha1Hex(const QByteArray &data);
QString sha256Hex(const QByteArray &data);
QString rfc1123(const QDateTime &time);  // Wed, 28 Dec 2022 10:27:41 GMT
// The V4 signature shared by SigV4 and OSS V4: HMAC-SHA256 chained through the scope
// (prefix+secret → date → region → service → terminator), then over the string to sign; hex.
// SigV4: prefix "AWS4", terminator "aws4_request"; OSS V4: "aliyun_v4" and "aliyun_v4_request".
QString v4Signature(const QByteArray &prefix, const QString &secret, const QString &scope, const QString &stringToSign);
// The query of a presigned URL as sent: every item encoded, in the order given, and the signature last.
QString presignedQuery(const QList<QueryItem> &query, const QString &signatureKey, const QString &signature);
QString isoBasic(const QDateTime &time); // 20221228T102741Z
QString dateStamp(const QDateTime &time); // 20221228
}
