#pragma once

#include "providers/StorageUrl.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One finding about a presigned URL. `id` is stable (JSON, tests); `text` is translated.
struct UrlWarning {
    enum class Level { Note, Warning };
    QString id;
    Level level = Level::Warning;
    QStringList args; // the values the sentence names (text/UserText::urlWarning)
};

// Everything a presigned URL tells by itself, decoded offline (providers.md §1, §2, §8).
struct UrlInspection {
    enum class State { NotAUrl, NotPresigned, Presigned };
    enum class Status { Unknown, Valid, Expired, NotYetValid };

    State state = State::NotAUrl;
    StorageUrl url;              // host, bucket, object key, host region, provider's own domain or not
    Provider provider = Provider::Unknown;
    QString form;                // "cos", "oss-v1", "oss-v4", "sigv4", "s3-v2"
    QString algorithm;           // q-sign-algorithm, x-oss-signature-version, X-Amz-Algorithm, or the implied one
    QString accessKeyId;
    bool temporaryCredential = false; // a token in the URL, or an STS./ASIA key id
    bool tokenPresent = false;
    QString tokenParameter;      // the query key that carries (or would carry) the token
    QString signatureParameter;  // the query key that carries the signature
    QDateTime now;               // what the status was judged against, UTC
    QDateTime signedAt;          // UTC; invalid for OSS V1, whose URL holds only the end
    QDateTime expiresAt;         // UTC
    qint64 validitySeconds = -1; // expiresAt − signedAt, −1 when either is unknown
    Status status = Status::Unknown;
    QString scopeDate;           // V4 forms: yyyymmdd of the credential scope
    QString scopeRegion;         // SigV4a: the X-Amz-Region-Set
    QString scopeService;
    QStringList signedHeaders;   // as the URL lists them, lower case
    QStringList implicitHeaders; // signed without being listed (OSS: content-type, content-md5, x-oss-*)
    QStringList signedQueryParams; // as written in the URL
    QString method;              // as the caller gave it, upper case; empty when unknown
    QList<UrlWarning> warnings;

    bool hasWarning(const QString &id) const;
    static QString statusId(Status status); // "valid", "expired", "not_yet_valid", "unknown"
    static QString levelId(UrlWarning::Level level); // "note", "warning"
};

// Presigned URL X-ray: who signed a COS, OSS V1/V4 or S3 SigV4 presigned URL, when, until when,
// what it signs, whether a security token rides in it, and what in it is likely to give a 403.
// Nothing is fetched and no secret is needed; the signature and the token are never copied out.
//
// Usage:
//   const UrlInspection i = PresignedUrlInspector::inspect(url, QDateTime::currentDateTimeUtc(), QStringLiteral("PUT"));
//   if (i.state == UrlInspection::State::Presigned) … i.expiresAt, i.status, i.warnings …
//
// The HTTP method is not part of a presigned URL; give it when known, so the Content-Type
// findings can speak firmly instead of as a note.
namespace PresignedUrlInspector {
UrlInspection inspect(const QString &url, const QDateTime &now, const QString &method = QString());
}
