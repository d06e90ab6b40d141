#include "signing/SignRequest.h"

#include "providers/StorageUrl.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>

namespace {
QString percentDecode(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}
}

bool SignRequest::fromUrl(const QString &method, const QString &url, const HeaderList &headers, SignRequest *request,
                          QString *error)
{
    SignRequest r;
    r.method = method.trimmed().toUpper();
    const QString text = url.trimmed();
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        *error = QStringLiteral("no scheme");
        return false;
    }
    r.scheme = text.left(schemeEnd).toLower();
    if (r.scheme != QLatin1String("http") && r.scheme != QLatin1String("https")) {
        *error = QStringLiteral("not http or https");
        return false;
    }
    QString rest = text.mid(schemeEnd + 3);
    const qsizetype fragment = rest.indexOf(u'#');
    if (fragment >= 0)
        rest.truncate(fragment);
    qsizetype hostEnd = rest.size();
    for (const QChar stop : {u'/', u'?'}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && at < hostEnd)
            hostEnd = at;
    }
    r.host = rest.left(hostEnd).toLower();
    if (r.host.isEmpty() || r.host.contains(u'@')) {
        *error = QStringLiteral("no host");
        return false;
    }
    // A default port is not part of the Host header that clients send.
    if ((r.scheme == QLatin1String("https") && r.host.endsWith(QLatin1String(":443")))
        || (r.scheme == QLatin1String("http") && r.host.endsWith(QLatin1String(":80"))))
        r.host.truncate(r.host.lastIndexOf(u':'));
    rest = rest.mid(hostEnd);
    const qsizetype queryStart = rest.indexOf(u'?');
    r.rawPath = queryStart < 0 ? rest : rest.left(queryStart);
    if (r.rawPath.isEmpty())
        r.rawPath = QStringLiteral("/");
    if (queryStart >= 0) {
        const QString query = rest.mid(queryStart + 1);
        for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            QueryItem item;
            item.key = percentDecode(eq < 0 ? part : part.left(eq));
            item.hasValue = eq >= 0;
            item.value = eq < 0 ? QString() : percentDecode(part.mid(eq + 1));
            r.query.append(item);
        }
    }
    for (const auto &header : headers)
        r.headers.append({header.first.trimmed(), header.second});
    *request = r;
    return true;
}

QString SignRequest::decodedPath() const
{
    return percentDecode(rawPath);
}

QString SignRequest::header(const QString &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SignRequest::hasHeader(const QString &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void SignRequest::setHeader(const QString &name, const QString &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

bool SignRequest::pathStyle() const
{
    return StorageUrl::parse(scheme + QStringLiteral("://") + host + rawPath).pathStyle;
}

QString SignRequest::bucket() const
{
    const StorageUrl u = StorageUrl::parse(scheme + QStringLiteral("://") + host + rawPath);
    if (!u.bucket.isEmpty())
        return u.bucket;
    // A custom domain: its first label is the best guess (CNAME targets are <bucket>.<endpoint>).
    return host.section(u'.', 0, 0).section(u':', 0, 0);
}

QString SignRequest::objectKey() const
{
    QString key = decodedPath().mid(1);
    if (pathStyle())
        key = key.section(u'/', 1);
    return key;
}

QString SignRequest::hostRegion() const
{
    return StorageUrl::parse(scheme + QStringLiteral("://") + host + rawPath).region;
}

QString SignResult::step(const QString &name) const
{
    for (const auto &s : steps) {
        if (s.first == name)
            return s.second;
    }
    return {};
}

QString SignUtil::uriEncode(const QString &text, bool keepSlash)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set alone.
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(keepSlash ? QByteArray("/") : QByteArray()));
}

QString SignUtil::trimHttp(const QString &value)
{
    qsizetype start = 0;
    qsizetype end = value.size();
    while (start < end && (value.at(start) == u' ' || value.at(start) == u'\t'))
        ++start;
    while (end > start && (value.at(end - 1) == u' ' || value.at(end - 1) == u'\t'))
        --end;
    return value.mid(start, end - start);
}

QByteArray SignUtil::hmacSha1(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

QByteArray SignUtil::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString SignUtil::sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

QString SignUtil::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString SignUtil::rfc1123(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

QString SignUtil::v4Signature(const QByteArray &prefix, const QString &secret, const QString &scope, const QString &stringToSign)
{
    const QStringList parts = scope.split(u'/');
    if (parts.size() < 4)
        return {};
    QByteArray key = hmacSha256(prefix + secret.toUtf8(), parts.at(0).toLatin1());
    for (int i = 1; i < 4; ++i)
        key = hmacSha256(key, parts.at(i).toUtf8());
    return QString::fromLatin1(hmacSha256(key, stringToSign.toUtf8()).toHex());
}

QString SignUtil::presignedQuery(const QList<QueryItem> &query, const QString &signatureKey, const QString &signature)
{
    QStringList parts;
    for (const QueryItem &item : query)
        parts << uriEncode(item.key) + (item.hasValue ? u'=' + uriEncode(item.value) : QString());
    parts << signatureKey + u'=' + signature;
    return parts.join(u'&');
}

QString SignUtil::isoBasic(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString SignUtil::dateStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd"));
}
