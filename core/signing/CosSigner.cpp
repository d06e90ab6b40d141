#include "signing/CosSigner.h"

#include <algorithm>

namespace {
struct Pair {
    QString key;   // encoded, lower-cased
    QString value; // encoded
};

QString joinPairs(const QList<Pair> &pairs, QString *keyList)
{
    QStringList parts;
    QStringList keys;
    for (const Pair &p : pairs) {
        parts << p.key + u'=' + p.value;
        keys << p.key;
    }
    *keyList = keys.join(u';');
    return parts.join(u'&');
}

void sortPairs(QList<Pair> &pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.key < b.key; });
}
}

bool CosSigner::isSignedHeader(const QString &name)
{
    static const QStringList allowed{
        QStringLiteral("cache-control"),  QStringLiteral("content-disposition"), QStringLiteral("content-encoding"),
        QStringLiteral("content-length"), QStringLiteral("content-md5"),         QStringLiteral("content-type"),
        QStringLiteral("expect"),         QStringLiteral("expires"),             QStringLiteral("host"),
        QStringLiteral("if-match"),       QStringLiteral("if-modified-since"),   QStringLiteral("if-none-match"),
        QStringLiteral("if-unmodified-since"), QStringLiteral("origin"),         QStringLiteral("range"),
        QStringLiteral("transfer-encoding"), QStringLiteral("pic-operations"),
    };
    return allowed.contains(name) || name.startsWith(QLatin1String("x-cos-")) || name.startsWith(QLatin1String("x-ci-"));
}

SignResult CosSigner::sign(const SignRequest &input)
{
    SignResult result;
    SignRequest r = input;
    if (!r.hasHeader(QStringLiteral("Host")))
        r.setHeader(QStringLiteral("Host"), r.host);
    // With temporary keys the header form carries the token as a signed x-cos- header; the URL form
    // appends it after signing, as the JavaScript SDK does.
    if (!r.securityToken.isEmpty() && !r.presign)
        r.setHeader(QStringLiteral("x-cos-security-token"), r.securityToken);

    const qint64 start = r.time.toSecsSinceEpoch();
    const QString keyTime = QStringLiteral("%1;%2").arg(start).arg(start + r.expires);

    QList<Pair> params;
    for (const QueryItem &item : r.query)
        params.append({SignUtil::uriEncode(item.key).toLower(), SignUtil::uriEncode(item.value)});
    sortPairs(params);
    QString paramList;
    const QString httpParameters = joinPairs(params, &paramList);

    QList<Pair> headers;
    for (const auto &[name, value] : std::as_const(r.headers)) {
        const QString lower = name.trimmed().toLower();
        if (isSignedHeader(lower))
            headers.append({SignUtil::uriEncode(lower).toLower(), SignUtil::uriEncode(SignUtil::trimHttp(value))});
    }
    sortPairs(headers);
    QString headerList;
    const QString httpHeaders = joinPairs(headers, &headerList);

    // The path is signed as the raw key, not percent-encoded.
    const QString httpUri = r.decodedPath();
    const QString httpString = r.method.toLower() + u'\n' + httpUri + u'\n' + httpParameters + u'\n' + httpHeaders + u'\n';
    const QString signKey = QString::fromLatin1(SignUtil::hmacSha1(r.secretKey.toUtf8(), keyTime.toUtf8()).toHex());
    const QString stringToSign = QStringLiteral("sha1\n") + keyTime + u'\n' + SignUtil::sha1Hex(httpString.toUtf8()) + u'\n';
    result.signature = QString::fromLatin1(SignUtil::hmacSha1(signKey.toLatin1(), stringToSign.toUtf8()).toHex());

    result.steps = {{QStringLiteral("keyTime"), keyTime},
                    {QStringLiteral("signKey"), signKey},
                    {QStringLiteral("httpString"), httpString},
                    {QStringLiteral("stringToSign"), stringToSign}};
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("q-sign-algorithm"), QStringLiteral("sha1")},
        {QStringLiteral("q-ak"), r.accessKeyId},
        {QStringLiteral("q-sign-time"), keyTime},
        {QStringLiteral("q-key-time"), keyTime},
        {QStringLiteral("q-header-list"), headerList},
        {QStringLiteral("q-url-param-list"), paramList},
        {QStringLiteral("q-signature"), result.signature},
    };
    if (r.presign) {
        QStringList parts;
        for (const auto &[key, value] : fields)
            parts << key + u'=' + SignUtil::uriEncode(value);
        if (!r.securityToken.isEmpty())
            parts << QStringLiteral("x-cos-security-token=") + SignUtil::uriEncode(r.securityToken);
        QString base = r.scheme + QStringLiteral("://") + r.host + r.rawPath;
        QStringList original;
        for (const QueryItem &item : std::as_const(r.query))
            original << SignUtil::uriEncode(item.key) + (item.hasValue ? u'=' + SignUtil::uriEncode(item.value) : QString());
        result.url = base + u'?' + (original + parts).join(u'&');
    } else {
        QStringList parts;
        for (const auto &[key, value] : fields)
            parts << key + u'=' + value;
        result.authorization = parts.join(u'&');
        r.setHeader(QStringLiteral("Authorization"), result.authorization);
    }
    result.headers = r.headers;
    result.ok = true;
    return result;
}
