#include "EmulatorAuthenticator.h"

#include "common/UtcTime.h"
#include "providers/OssSubResources.h"
#include "rules/ClockSkew.h"
#include "signing/OssV1Signer.h"
#include "signing/SignRequest.h"

#include <QHash>

#include <algorithm>

namespace {
constexpr qint64 kMaxSkewSeconds = 15 * 60; // providers.md §8: all three allow ±15 minutes

QString ossIsoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString hexBytes(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes)
        out += QString::number(static_cast<unsigned char>(c), 16).rightJustified(2, u'0').toUpper() + u' ';
    return out;
}
}

EmulatorAuthenticator::EmulatorAuthenticator(
    const EmulatorScenario &scenario, const EmulatorRequest &request, const QString &objectKey, const QDateTime &serverNow)
    : m_scenario(scenario)
    , m_request(request)
    , m_objectKey(objectKey)
    , m_now(serverNow)
{
}

QString EmulatorAuthenticator::encode(const QString &text, bool keepSlash)
{
    return SignUtil::uriEncode(text, keepSlash);
}

EmulatorAuthResult EmulatorAuthenticator::authenticate() const
{
    if (m_scenario.provider == Provider::Cos)
        return cos();
    const QString authorization = m_request.header(QStringLiteral("Authorization"));
    if (authorization.startsWith(QLatin1String("OSS4-HMAC-SHA256"))
        || m_request.hasQuery(QStringLiteral("x-oss-signature-version")))
        return ossV4();
    return ossV1();
}

EmulatorError EmulatorAuthenticator::cosError(const QString &code, const QString &message) const
{
    EmulatorError e;
    e.code = code;
    e.message = message;
    return e;
}

EmulatorError EmulatorAuthenticator::ossError(const QString &code, const QString &message, const QString &ec) const
{
    EmulatorError e;
    e.code = code;
    e.message = message;
    e.ec = ec;
    return e;
}

EmulatorError EmulatorAuthenticator::checkKeyAndToken(const EmulatorKey *key, const QString &keyId, const QString &token) const
{
    const bool cosProvider = m_scenario.provider == Provider::Cos;
    if (!key) {
        if (cosProvider)
            return cosError(QStringLiteral("InvalidAccessKeyId"),
                QStringLiteral("The Access Key Id you provided does not exist in our records."));
        EmulatorError e = ossError(QStringLiteral("InvalidAccessKeyId"),
            QStringLiteral("The OSS Access Key Id you provided does not exist in our records."), QStringLiteral("0002-00000902"));
        e.extra.append({ QStringLiteral("OSSAccessKeyId"), keyId });
        return e;
    }
    if (key->disabled) {
        if (cosProvider)
            return cosError(QStringLiteral("InvalidAccessKeyId"), QStringLiteral("The Access Key Id you provided is disabled."));
        EmulatorError e = ossError(QStringLiteral("InvalidAccessKeyId"),
            QStringLiteral("The OSS Access Key Id you provided is disabled."), QStringLiteral("0002-00000903"));
        e.extra.append({ QStringLiteral("OSSAccessKeyId"), keyId });
        return e;
    }
    if (!key->securityToken.isEmpty() && token != key->securityToken) {
        if (cosProvider)
            return cosError(
                QStringLiteral("InvalidToken"), QStringLiteral("The provided token is malformed or otherwise invalid."));
        // A token that belongs to another temporary key of the scenario is a mismatch, anything else invalid.
        for (const EmulatorKey &other : m_scenario.keys) {
            if (!token.isEmpty() && other.securityToken == token)
                return ossError(QStringLiteral("AccessKeyIdAndSecurityTokenNotMatch"),
                    QStringLiteral("AccessKeyId and SecurityToken do not match."), QStringLiteral("0002-00000072"));
        }
        return ossError(QStringLiteral("InvalidSecurityToken"), QStringLiteral("The security token you provided is invalid."),
            QStringLiteral("0002-00000074"));
    }
    return {};
}

EmulatorAuthResult EmulatorAuthenticator::cos() const
{
    EmulatorAuthResult result;
    QHash<QString, QString> fields;
    const QString authorization = m_request.header(QStringLiteral("Authorization"));
    if (!authorization.isEmpty()) {
        result.kind = EmulatorAuthResult::Kind::AuthorizationHeader;
        const QStringList parts = authorization.split(u'&');
        for (const QString &part : parts)
            fields.insert(part.section(u'=', 0, 0).trimmed(), part.section(u'=', 1));
    } else if (m_request.hasQuery(QStringLiteral("q-sign-algorithm")) || m_request.hasQuery(QStringLiteral("q-signature"))
        || m_request.hasQuery(QStringLiteral("q-ak"))) {
        result.kind = EmulatorAuthResult::Kind::SignedUrl;
        for (const QueryItem &item : m_request.query) {
            if (item.key.startsWith(QLatin1String("q-")))
                fields.insert(item.key, item.value);
        }
    } else {
        return result;
    }

    const QStringList signTime = fields.value(QStringLiteral("q-sign-time")).split(u';');
    bool startOk = false;
    bool endOk = false;
    const qint64 start = signTime.value(0).toLongLong(&startOk);
    const qint64 end = signTime.value(1).toLongLong(&endOk);
    if (fields.value(QStringLiteral("q-sign-algorithm")) != QLatin1String("sha1")
        || fields.value(QStringLiteral("q-ak")).isEmpty() || !fields.contains(QStringLiteral("q-signature"))
        || !fields.contains(QStringLiteral("q-key-time")) || !startOk || !endOk
        || !fields.contains(QStringLiteral("q-header-list")) || !fields.contains(QStringLiteral("q-url-param-list"))) {
        result.error
            = cosError(QStringLiteral("InvalidArgument"), QStringLiteral("The Authorization you provided is malformed."));
        result.error.status = 400;
        return result;
    }

    const QString keyId = fields.value(QStringLiteral("q-ak"));
    result.key = m_scenario.findKey(keyId);
    QString token = m_request.header(QStringLiteral("x-cos-security-token"));
    if (token.isEmpty())
        token = m_request.queryValue(QStringLiteral("x-cos-security-token"));
    result.error = checkKeyAndToken(result.key, keyId, token);
    if (result.error.isSet())
        return result;

    // Skew before expiry: a key time built on a clock that is far off is reported as skew, the
    // way COS's doc 40105 lists both. A presigned URL may legitimately start long ago, so only a
    // start far in the future counts there.
    const qint64 now = m_now.toSecsSinceEpoch();
    bool skewed = start > now + kMaxSkewSeconds;
    if (result.kind == EmulatorAuthResult::Kind::AuthorizationHeader) {
        const QDateTime date = UtcTime::parse(m_request.header(QStringLiteral("Date")));
        if (date.isValid())
            skewed = skewed || qAbs(date.toSecsSinceEpoch() - now) > kMaxSkewSeconds;
        else
            skewed = skewed || qAbs(start - now) > kMaxSkewSeconds;
    }
    if (skewed) {
        result.error = cosError(QStringLiteral("RequestTimeTooSkewed"),
            QStringLiteral("The difference between the request time and the server's time is too large."));
        return result;
    }
    if (end < now) {
        result.error = cosError(QStringLiteral("AccessDenied"), QStringLiteral("Request has expired"));
        return result;
    }

    bool missing = false;
    QStringList params;
    const QStringList paramList = fields.value(QStringLiteral("q-url-param-list")).split(u';', Qt::SkipEmptyParts);
    for (const QString &name : paramList) {
        bool found = false;
        for (const QueryItem &item : m_request.query) {
            if (encode(item.key).toLower() == name) {
                params << name + u'=' + encode(item.value);
                found = true;
                break;
            }
        }
        missing = missing || !found;
    }
    params.sort();
    QStringList headers;
    const QStringList headerList = fields.value(QStringLiteral("q-header-list")).split(u';', Qt::SkipEmptyParts);
    for (const QString &name : headerList) {
        bool found = false;
        for (const auto &[key, value] : m_request.headers) {
            if (encode(key.toLower()).toLower() == name) {
                headers << name + u'=' + encode(SignUtil::trimHttp(value));
                found = true;
                break;
            }
        }
        missing = missing || !found;
    }
    headers.sort();

    const QString keyTime = fields.value(QStringLiteral("q-key-time"));
    const QString httpString = m_request.method.toLower() + u'\n' + m_request.decodedPath() + u'\n' + params.join(u'&') + u'\n'
        + headers.join(u'&') + u'\n';
    const QString stringToSign = QStringLiteral("sha1\n") + fields.value(QStringLiteral("q-sign-time")) + u'\n'
        + SignUtil::sha1Hex(httpString.toUtf8()) + u'\n';
    const QByteArray signKey = SignUtil::hmacSha1(result.key->secret.toUtf8(), keyTime.toUtf8()).toHex();
    const QString expected = QString::fromLatin1(SignUtil::hmacSha1(signKey, stringToSign.toUtf8()).toHex());
    result.stringToSign = stringToSign;
    if (missing || expected != fields.value(QStringLiteral("q-signature")).toLower())
        result.error
            = cosError(QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("The Signature you specified is invalid."));
    return result;
}

EmulatorError EmulatorAuthenticator::ossSkew(const QDateTime &requestTime) const
{
    if (qAbs(requestTime.secsTo(m_now)) <= kMaxSkewSeconds)
        return {};
    EmulatorError e = ossError(QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("The difference between the request time and the current time is too large."),
        QStringLiteral("0002-00000504"));
    e.extra.append({ QStringLiteral("RequestTime"), ossIsoTime(requestTime) });
    e.extra.append({ QStringLiteral("ServerTime"), ossIsoTime(m_now) });
    return e;
}

EmulatorAuthResult EmulatorAuthenticator::ossV1() const
{
    EmulatorAuthResult result;
    QString keyId;
    QString signature;
    QString dateSlot;
    QString token;
    const QString authorization = m_request.header(QStringLiteral("Authorization"));
    if (!authorization.isEmpty()) {
        result.kind = EmulatorAuthResult::Kind::AuthorizationHeader;
        if (!authorization.startsWith(QLatin1String("OSS ")) || !authorization.contains(u':')) {
            result.error = ossError(QStringLiteral("InvalidArgument"), QStringLiteral("Authorization header is invalid."),
                QStringLiteral("0002-00000001"));
            result.error.status = 400;
            return result;
        }
        const QString credential = authorization.mid(4).trimmed();
        keyId = credential.section(u':', 0, 0);
        signature = credential.section(u':', 1);
        token = m_request.header(QStringLiteral("x-oss-security-token"));
    } else if (m_request.hasQuery(QStringLiteral("OSSAccessKeyId")) || m_request.hasQuery(QStringLiteral("Signature"))
        || m_request.hasQuery(QStringLiteral("Expires"))) {
        result.kind = EmulatorAuthResult::Kind::SignedUrl;
        if (!m_request.hasQuery(QStringLiteral("OSSAccessKeyId")) || !m_request.hasQuery(QStringLiteral("Signature"))
            || !m_request.hasQuery(QStringLiteral("Expires"))) {
            result.error = ossError(QStringLiteral("AccessDenied"),
                QStringLiteral("Query-string authentication requires the Signature, Expires and OSSAccessKeyId parameters"),
                QStringLiteral("0002-00000068"));
            return result;
        }
        keyId = m_request.queryValue(QStringLiteral("OSSAccessKeyId"));
        signature = m_request.queryValue(QStringLiteral("Signature"));
        dateSlot = m_request.queryValue(QStringLiteral("Expires"));
        token = m_request.queryValue(QStringLiteral("security-token"));
        if (token.isEmpty())
            token = m_request.header(QStringLiteral("x-oss-security-token"));
    } else {
        return result;
    }

    result.key = m_scenario.findKey(keyId);
    result.error = checkKeyAndToken(result.key, keyId, token);
    if (result.error.isSet())
        return result;

    if (result.kind == EmulatorAuthResult::Kind::AuthorizationHeader) {
        // SDKs put x-oss-date in the Date slot when they send it (providers.md §2.2.1).
        dateSlot = m_request.hasHeader(QStringLiteral("x-oss-date")) ? m_request.header(QStringLiteral("x-oss-date"))
                                                                     : m_request.header(QStringLiteral("Date"));
        const QDateTime date = UtcTime::parse(dateSlot);
        if (!date.isValid()) {
            result.error = ossError(QStringLiteral("AccessDenied"), QStringLiteral("OSS authentication requires a valid Date."),
                QStringLiteral("0002-00000018"));
            return result;
        }
        result.error = ossSkew(date);
        if (result.error.isSet())
            return result;
    } else {
        bool ok = false;
        const qint64 expires = dateSlot.toLongLong(&ok);
        if (!ok || expires < m_now.toSecsSinceEpoch()) {
            result.error = ossError(
                QStringLiteral("AccessDenied"), QStringLiteral("Request has expired."), QStringLiteral("0002-00000069"));
            result.error.extra.append({ QStringLiteral("Expires"), ossIsoTime(QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)) });
            result.error.extra.append({ QStringLiteral("ServerTime"), ossIsoTime(m_now) });
            return result;
        }
    }

    QList<QPair<QString, QString>> ossHeaders;
    for (const auto &[name, value] : m_request.headers) {
        const QString lower = name.toLower();
        if (lower.startsWith(QLatin1String("x-oss-")))
            ossHeaders.append({ lower, value.trimmed() });
    }
    std::stable_sort(ossHeaders.begin(), ossHeaders.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString canonicalHeaders;
    for (const auto &[name, value] : std::as_const(ossHeaders))
        canonicalHeaders += name + u':' + value + u'\n';

    QList<QPair<QString, QString>> subResources;
    for (const QueryItem &item : m_request.query) {
        if (OssSubResources::contains(item.key))
            subResources.append({ item.key, item.value });
    }
    std::stable_sort(subResources.begin(), subResources.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList sub;
    for (const auto &[key, value] : std::as_const(subResources))
        sub << (value.isEmpty() ? key : key + u'=' + value);
    QString resource = u'/' + m_scenario.bucket + u'/' + m_objectKey;
    if (!sub.isEmpty())
        resource += u'?' + sub.join(u'&');

    const QString stringToSign = m_request.method + u'\n' + m_request.header(QStringLiteral("Content-MD5")).trimmed() + u'\n'
        + m_request.header(QStringLiteral("Content-Type")).trimmed() + u'\n' + dateSlot + u'\n' + canonicalHeaders + resource;
    const QString expected
        = QString::fromLatin1(SignUtil::hmacSha1(result.key->secret.toUtf8(), stringToSign.toUtf8()).toBase64());
    result.stringToSign = stringToSign;
    if (expected != signature) {
        result.error = ossError(QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("The request signature we calculated does not match the signature you provided. "
                           "Check your key and signing method."),
            QStringLiteral("0002-00000040"));
        result.error.extra = { { QStringLiteral("OSSAccessKeyId"), keyId }, { QStringLiteral("SignatureProvided"), signature },
            { QStringLiteral("StringToSign"), stringToSign },
            { QStringLiteral("StringToSignBytes"), hexBytes(stringToSign.toUtf8()) } };
    }
    return result;
}

EmulatorAuthResult EmulatorAuthenticator::ossV4() const
{
    EmulatorAuthResult result;
    QString credential;
    QString signature;
    QString additional;
    QString dateText;
    QString token;
    qint64 expiresSeconds = 0;
    const QString authorization = m_request.header(QStringLiteral("Authorization"));
    if (!authorization.isEmpty()) {
        result.kind = EmulatorAuthResult::Kind::AuthorizationHeader;
        // The Go SDK writes no space after the commas, the Python SDK ", "; accept both.
        const QStringList parts = authorization.mid(QStringLiteral("OSS4-HMAC-SHA256").size()).split(u',');
        for (const QString &part : parts) {
            const QString name = part.section(u'=', 0, 0).trimmed();
            const QString value = part.section(u'=', 1).trimmed();
            if (name == QLatin1String("Credential"))
                credential = value;
            else if (name == QLatin1String("Signature"))
                signature = value;
            else if (name == QLatin1String("AdditionalHeaders"))
                additional = value;
        }
        dateText = m_request.header(QStringLiteral("x-oss-date"));
        token = m_request.header(QStringLiteral("x-oss-security-token"));
    } else {
        result.kind = EmulatorAuthResult::Kind::SignedUrl;
        credential = m_request.queryValue(QStringLiteral("x-oss-credential"));
        signature = m_request.queryValue(QStringLiteral("x-oss-signature"));
        additional = m_request.queryValue(QStringLiteral("x-oss-additional-headers"));
        dateText = m_request.queryValue(QStringLiteral("x-oss-date"));
        token = m_request.queryValue(QStringLiteral("x-oss-security-token"));
        expiresSeconds = m_request.queryValue(QStringLiteral("x-oss-expires")).toLongLong();
    }
    const QStringList scopeParts = credential.split(u'/');
    const QDateTime date = QDateTime::fromString(dateText, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (scopeParts.size() != 5 || scopeParts.at(3) != QLatin1String("oss")
        || scopeParts.at(4) != QLatin1String("aliyun_v4_request") || signature.isEmpty() || !date.isValid()) {
        result.error = ossError(QStringLiteral("InvalidArgument"), QStringLiteral("Invalid credential in Authorization header."),
            QStringLiteral("0002-00000222"));
        result.error.status = 400;
        return result;
    }
    const QString keyId = scopeParts.at(0);
    result.key = m_scenario.findKey(keyId);
    result.error = checkKeyAndToken(result.key, keyId, token);
    if (result.error.isSet())
        return result;
    if (scopeParts.at(2) != m_scenario.region) {
        result.error = ossError(QStringLiteral("InvalidArgument"),
            QStringLiteral("Invalid signing region in Authorization header."), QStringLiteral("0002-00000226"));
        result.error.status = 400;
        return result;
    }
    QDateTime utcDate = date;
    utcDate.setTimeSpec(Qt::UTC);
    if (result.kind == EmulatorAuthResult::Kind::AuthorizationHeader) {
        result.error = ossSkew(utcDate);
        if (result.error.isSet())
            return result;
    } else if (utcDate.secsTo(m_now) < -kMaxSkewSeconds) {
        result.error = ossError(
            QStringLiteral("AccessDenied"), QStringLiteral("Request is not valid yet."), QStringLiteral("0002-00000235"));
        return result;
    } else if (utcDate.addSecs(expiresSeconds) < m_now) {
        result.error
            = ossError(QStringLiteral("AccessDenied"), QStringLiteral("Request has expired."), QStringLiteral("0002-00000069"));
        return result;
    }

    QList<QPair<QString, QString>> query;
    for (const QueryItem &item : m_request.query) {
        if (item.key != QLatin1String("x-oss-signature"))
            query.append({ encode(item.key), encode(item.value) });
    }
    std::stable_sort(query.begin(), query.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList queryParts;
    for (const auto &[key, value] : std::as_const(query))
        queryParts << (value.isEmpty() ? key : key + u'=' + value);

    const QStringList additionalList = additional.toLower().split(u';', Qt::SkipEmptyParts);
    QList<QPair<QString, QString>> headers;
    for (const auto &[name, value] : m_request.headers) {
        const QString lower = name.toLower();
        if (lower.startsWith(QLatin1String("x-oss-")) || lower == QLatin1String("content-type")
            || lower == QLatin1String("content-md5") || additionalList.contains(lower))
            headers.append({ lower, value.trimmed() });
    }
    std::stable_sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString canonicalHeaders;
    for (const auto &[name, value] : std::as_const(headers))
        canonicalHeaders += name + u':' + value + u'\n';

    QString payload = QStringLiteral("UNSIGNED-PAYLOAD");
    if (result.kind == EmulatorAuthResult::Kind::AuthorizationHeader
        && m_request.hasHeader(QStringLiteral("x-oss-content-sha256")))
        payload = m_request.header(QStringLiteral("x-oss-content-sha256")).trimmed();
    const QString uri = encode(u'/' + m_scenario.bucket + u'/' + m_objectKey, true);
    const QString canonicalRequest = m_request.method + u'\n' + uri + u'\n' + queryParts.join(u'&') + u'\n' + canonicalHeaders
        + u'\n' + additionalList.join(u';') + u'\n' + payload;
    const QString scope = scopeParts.mid(1).join(u'/');
    const QString stringToSign = QStringLiteral("OSS4-HMAC-SHA256\n") + dateText + u'\n' + scope + u'\n'
        + SignUtil::sha256Hex(canonicalRequest.toUtf8());
    const QString expected = SignUtil::v4Signature(QByteArrayLiteral("aliyun_v4"), result.key->secret, scope, stringToSign);
    result.stringToSign = stringToSign;
    if (expected != signature.toLower()) {
        result.error = ossError(QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("The request signature we calculated does not match the signature you provided. "
                           "Check your key and signing method."),
            QStringLiteral("0002-00000040"));
        result.error.extra = { { QStringLiteral("OSSAccessKeyId"), keyId }, { QStringLiteral("SignatureProvided"), signature },
            { QStringLiteral("StringToSign"), stringToSign },
            { QStringLiteral("StringToSignBytes"), hexBytes(stringToSign.toUtf8()) },
            { QStringLiteral("CanonicalRequest"), canonicalRequest } };
    }
    return result;
}
