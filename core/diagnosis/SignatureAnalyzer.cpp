#include "diagnosis/SignatureAnalyzer.h"

#include "common/UtcTime.h"
#include "signing/CosSigner.h"
#include "signing/OssV1Signer.h"
#include "signing/OssV4Signer.h"
#include "signing/SigV4Signer.h"

#include <QRegularExpression>

namespace {
QString schemeOf(const QString &stringToSign, const QString &canonicalRequest, Provider provider)
{
    if (stringToSign.startsWith(QLatin1String("AWS4-HMAC-SHA256")))
        return QStringLiteral("sigv4");
    if (stringToSign.startsWith(QLatin1String("OSS4-HMAC-SHA256")))
        return QStringLiteral("oss-v4");
    if (!canonicalRequest.isEmpty())
        return provider == Provider::Oss ? QStringLiteral("oss-v4") : QStringLiteral("sigv4");
    static const QRegularExpression v1Verb(QStringLiteral("^[A-Z]+\\n"));
    if (provider == Provider::Oss || v1Verb.match(stringToSign).hasMatch())
        return QStringLiteral("oss-v1");
    return {};
}

QString queryValue(const SignRequest &r, const QString &key)
{
    for (const QueryItem &item : r.query) {
        if (item.key.compare(key, Qt::CaseInsensitive) == 0)
            return item.value;
    }
    return {};
}

void removeQuery(SignRequest &r, const QString &prefixOrKey, bool prefix)
{
    QList<QueryItem> kept;
    for (const QueryItem &item : std::as_const(r.query)) {
        const bool drop = prefix ? item.key.startsWith(prefixOrKey, Qt::CaseInsensitive)
                                 : item.key.compare(prefixOrKey, Qt::CaseInsensitive) == 0;
        if (!drop)
            kept.append(item);
    }
    r.query = kept;
}

void keepHeaders(SignRequest &r, const QStringList &lowerNames)
{
    HeaderList kept;
    for (const auto &h : std::as_const(r.headers)) {
        if (lowerNames.contains(h.first.trimmed().toLower()))
            kept.append(h);
    }
    r.headers = kept;
}

// Rebuilds the string a correct client signs for the request in the paste; empty when it cannot.
QString rebuild(const ParsedInput &input, const QString &scheme, const QString &compared)
{
    if (input.url.isEmpty() || input.method.isEmpty())
        return {};
    HeaderList headers;
    for (const auto &h : input.requestHeaders) {
        if (h.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0)
            headers.append(h);
    }
    SignRequest r;
    QString error;
    if (!SignRequest::fromUrl(input.method, input.url, headers, &r, &error))
        return {};
    const QString authorization = input.requestHeader(QStringLiteral("Authorization"));
    r.secretKey = QStringLiteral("-");

    if (scheme == QLatin1String("oss-v1")) {
        const QString expires = queryValue(r, QStringLiteral("Expires"));
        if (!queryValue(r, QStringLiteral("Signature")).isEmpty() && !expires.isEmpty())
            r.setHeader(QStringLiteral("Date"), expires); // the URL form signs Expires where Date goes
        else if (!r.hasHeader(QStringLiteral("Date")) && !r.hasHeader(QStringLiteral("x-oss-date")))
            return {};
        return OssV1Signer::sign(r).step(QStringLiteral("stringToSign"));
    }

    static const QRegularExpression credential(QStringLiteral("Credential=([^/\\s,]+)/(\\d{8})/([^/\\s,]+)/([^/\\s,]+)/"));
    static const QRegularExpression signedHeaders(QStringLiteral("SignedHeaders=([^,\\s]+)"));
    static const QRegularExpression additional(QStringLiteral("AdditionalHeaders=([^,\\s]+)"));
    SignResult result;
    if (scheme == QLatin1String("sigv4")) {
        QString scope;
        QString names;
        if (!queryValue(r, QStringLiteral("X-Amz-Signature")).isEmpty()) {
            scope = queryValue(r, QStringLiteral("X-Amz-Credential"));
            names = queryValue(r, QStringLiteral("X-Amz-SignedHeaders"));
            r.time = UtcTime::parse(queryValue(r, QStringLiteral("X-Amz-Date")));
            r.expires = queryValue(r, QStringLiteral("X-Amz-Expires")).toLongLong();
            r.securityToken = queryValue(r, QStringLiteral("X-Amz-Security-Token"));
            // Only what the signer writes again goes; other X-Amz-* parameters (X-Amz-Content-Sha256,
            // the checksum parameters recent SDKs put in upload URLs, …) were signed as sent.
            for (const char *key : {"X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-Security-Token",
                                    "X-Amz-SignedHeaders", "X-Amz-Signature"})
                removeQuery(r, QLatin1String(key), false);
            r.presign = true;
            r.accessKeyId = scope.section(u'/', 0, 0);
            r.region = scope.section(u'/', 2, 2);
            r.service = scope.section(u'/', 3, 3);
        } else {
            const auto c = credential.match(authorization);
            if (!c.hasMatch())
                return {};
            r.accessKeyId = c.captured(1);
            r.region = c.captured(3);
            r.service = c.captured(4);
            names = signedHeaders.match(authorization).captured(1);
            r.time = UtcTime::parse(r.header(QStringLiteral("X-Amz-Date")));
            r.securityToken = r.header(QStringLiteral("X-Amz-Security-Token"));
        }
        if (!r.time.isValid())
            return {};
        QStringList wanted = names.toLower().split(u';', Qt::SkipEmptyParts);
        keepHeaders(r, wanted);
        result = SigV4Signer::sign(r);
    } else if (scheme == QLatin1String("oss-v4")) {
        QStringList extra;
        if (!queryValue(r, QStringLiteral("x-oss-signature")).isEmpty()) {
            const QString scope = queryValue(r, QStringLiteral("x-oss-credential"));
            r.accessKeyId = scope.section(u'/', 0, 0);
            r.region = scope.section(u'/', 2, 2);
            r.time = UtcTime::parse(queryValue(r, QStringLiteral("x-oss-date")));
            r.expires = queryValue(r, QStringLiteral("x-oss-expires")).toLongLong();
            r.securityToken = queryValue(r, QStringLiteral("x-oss-security-token"));
            extra = queryValue(r, QStringLiteral("x-oss-additional-headers")).split(u';', Qt::SkipEmptyParts);
            for (const char *key : {"x-oss-signature-version", "x-oss-credential", "x-oss-date", "x-oss-expires",
                                    "x-oss-additional-headers", "x-oss-security-token", "x-oss-signature"})
                removeQuery(r, QString::fromLatin1(key), false);
            r.presign = true;
        } else {
            const auto c = credential.match(authorization);
            if (!c.hasMatch())
                return {};
            r.accessKeyId = c.captured(1);
            r.region = c.captured(3);
            extra = additional.match(authorization).captured(1).split(u';', Qt::SkipEmptyParts);
            r.time = UtcTime::parse(r.header(QStringLiteral("x-oss-date")));
        }
        if (!r.time.isValid())
            return {};
        result = OssV4Signer::sign(r, extra);
    }
    return result.step(compared);
}

// COS returns no string of its own: rebuild the HttpString COS computes for the dumped request,
// with the headers and parameters its Authorization lists, to lay beside the client's log.
QString rebuildCosHttpString(const ParsedInput &input)
{
    if (input.url.isEmpty() || input.method.isEmpty())
        return {};
    SignRequest r;
    QString error;
    if (!SignRequest::fromUrl(input.method, input.url, input.requestHeaders, &r, &error))
        return {};
    QString authorization = input.requestHeader(QStringLiteral("Authorization"));
    if (authorization.isEmpty())
        authorization = input.url.section(u'?', 1);
    static const QRegularExpression headerList(QStringLiteral("q-header-list=([^&]*)"));
    static const QRegularExpression paramList(QStringLiteral("q-url-param-list=([^&]*)"));
    const auto h = headerList.match(authorization);
    const auto p = paramList.match(authorization);
    if (h.hasMatch()) {
        const QStringList names = QString::fromUtf8(QByteArray::fromPercentEncoding(h.captured(1).toUtf8())).split(u';', Qt::SkipEmptyParts);
        HeaderList kept;
        for (const auto &header : std::as_const(r.headers)) {
            if (names.contains(header.first.trimmed().toLower()))
                kept.append(header);
        }
        if (names.contains(QLatin1String("host")) && !r.hasHeader(QStringLiteral("Host")))
            kept.append({QStringLiteral("Host"), r.host});
        r.headers = kept;
    }
    // Only the listed parameters are signed; the q-* fields themselves never are.
    const QStringList params = p.hasMatch()
        ? QString::fromUtf8(QByteArray::fromPercentEncoding(p.captured(1).toUtf8())).split(u';', Qt::SkipEmptyParts)
        : QStringList();
    QList<QueryItem> query;
    for (const QueryItem &item : std::as_const(r.query)) {
        const QString lower = item.key.toLower();
        if (p.hasMatch() ? params.contains(lower) : !lower.startsWith(QLatin1String("q-")))
            query.append(item);
    }
    r.query = query;
    r.time = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    r.secretKey = QStringLiteral("-");
    SignResult result = CosSigner::sign(r);
    QString httpString = result.step(QStringLiteral("httpString"));
    // Without the header list, the rebuild signs Host itself; the client's log decides then.
    return httpString;
}

// Two strings that become the same once percent-escapes are decoded and '+' is read as a space
// differ only in how they were encoded.
bool looksLikeEncodingDifference(const QString &a, const QString &b)
{
    auto normal = [](const QString &text) {
        QByteArray bytes = QByteArray::fromPercentEncoding(text.toUtf8());
        bytes.replace('+', ' ');
        return bytes;
    };
    return a != b && normal(a) == normal(b);
}

void classify(SignatureFinding &f)
{
    const QString ours = f.diff.oursLine;
    const QString theirs = f.diff.theirsLine;
    const int line = f.diff.line;
    auto add = [&f](const char *id, const QString &detail = {}) {
        if (!f.causes.contains(QLatin1String(id)))
            f.causes << QString::fromLatin1(id);
        if (f.detail.isEmpty())
            f.detail = detail;
    };
    const bool stringToSignCompared = f.compared == QLatin1String("stringToSign");
    if (f.scheme == QLatin1String("cos")) {
        // HttpString: method, raw path, parameters, headers.
        if (line == 0)
            add("method", ours + QStringLiteral(" ≠ ") + theirs);
        else if (line == 1)
            add(looksLikeEncodingDifference(ours, theirs) ? "path_encoding" : "path",
                ours + QStringLiteral(" ≠ ") + theirs);
        else if (line == 2)
            add(looksLikeEncodingDifference(ours, theirs) ? "space_plus_encoding" : "query", ours + QStringLiteral(" ≠ ") + theirs);
        else if (line == 3)
            add("header_changed", ours + QStringLiteral(" ≠ ") + theirs);
        else
            add("other_line", QString::number(line + 1));
        return;
    }
    if (f.scheme == QLatin1String("oss-v1") || !stringToSignCompared) {
        const QStringList oursLines = f.ours.split(u'\n');
        const QStringList theirsLines = f.theirs.split(u'\n');
        if (line == 0) {
            add("method", ours + QStringLiteral(" ≠ ") + theirs);
            return;
        }
        if (f.scheme == QLatin1String("oss-v1")) {
            if (line == 1) {
                add("content_md5", ours + QStringLiteral(" ≠ ") + theirs);
                return;
            }
            if (line == 2) {
                add("content_type", (ours.isEmpty() ? QStringLiteral("—") : ours) + QStringLiteral(" ≠ ")
                                        + (theirs.isEmpty() ? QStringLiteral("—") : theirs));
                return;
            }
            if (line == 3) {
                add("date", ours + QStringLiteral(" ≠ ") + theirs);
                return;
            }
        }
        // A header line on either side (name:value) means a header was added, dropped or changed.
        static const QRegularExpression headerLine(QStringLiteral("^([a-z0-9-]+):"));
        const QString name = headerLine.match(ours).captured(1).isEmpty() ? headerLine.match(theirs).captured(1)
                                                                          : headerLine.match(ours).captured(1);
        if (!name.isEmpty()) {
            if (name == QLatin1String("content-type"))
                add("content_type", ours + QStringLiteral(" ≠ ") + theirs);
            else
                add("header_changed", name);
            return;
        }
        // Resource or canonical URI: the path, and for V1 the sub-resources after '?'.
        const bool resourceLine = (f.scheme == QLatin1String("oss-v1") && line == oursLines.size() - 1 && ours.startsWith(u'/'))
            || (!stringToSignCompared && line == 1);
        if (resourceLine) {
            const QString oursPath = ours.section(u'?', 0, 0);
            const QString theirsPath = theirs.section(u'?', 0, 0);
            if (oursPath == theirsPath) {
                add("subresource", ours.section(u'?', 1) + QStringLiteral(" ≠ ") + theirs.section(u'?', 1));
            } else if (oursPath.endsWith(theirsPath) || theirsPath.endsWith(oursPath)) {
                add("path_style", oursPath + QStringLiteral(" ≠ ") + theirsPath);
            } else if (looksLikeEncodingDifference(oursPath, theirsPath)) {
                add("path_encoding", oursPath + QStringLiteral(" ≠ ") + theirsPath);
            } else {
                add("path", oursPath + QStringLiteral(" ≠ ") + theirsPath);
            }
            return;
        }
        if (!stringToSignCompared && line == 2) {
            add(looksLikeEncodingDifference(ours, theirs) ? "space_plus_encoding" : "query", ours + QStringLiteral(" ≠ ") + theirs);
            return;
        }
        add("other_line", QString::number(line + 1));
        Q_UNUSED(theirsLines)
        return;
    }
    // V4 StringToSign: algorithm, date, scope, hash.
    if (line == 1) {
        add("date", ours + QStringLiteral(" ≠ ") + theirs);
    } else if (line == 2) {
        const QString oursRegion = ours.section(u'/', 1, 1);
        const QString theirsRegion = theirs.section(u'/', 1, 1);
        if (oursRegion != theirsRegion)
            add("scope_region", oursRegion + QStringLiteral(" ≠ ") + theirsRegion);
        else
            add("date", ours + QStringLiteral(" ≠ ") + theirs);
    } else {
        add("canonical_request", QString());
    }
}

QString providedSignature(const ParsedInput &input)
{
    const QString auth = input.requestHeader(QStringLiteral("Authorization"));
    static const QRegularExpression v1(QStringLiteral("^\\s*OSS\\s+[^:]+:(\\S+)"));
    static const QRegularExpression v4(QStringLiteral("Signature=([0-9a-fA-F]+)"));
    if (const auto m = v1.match(auth); m.hasMatch())
        return m.captured(1);
    if (const auto m = v4.match(auth); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression url(QStringLiteral("[?&](?:Signature|X-Amz-Signature|x-oss-signature)=([^&\\s]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = url.match(input.url); m.hasMatch())
        return QString::fromUtf8(QByteArray::fromPercentEncoding(m.captured(1).toUtf8()));
    return input.extraField(QStringLiteral("SignatureProvided"));
}

// Signs the server's own string with the user's secret, the way the scheme does.
QString signServerString(const QString &scheme, const QString &stringToSign, const QString &secret)
{
    if (scheme == QLatin1String("oss-v1"))
        return QString::fromLatin1(SignUtil::hmacSha1(secret.toUtf8(), stringToSign.toUtf8()).toBase64());
    const QStringList lines = stringToSign.split(u'\n');
    if (lines.size() < 4)
        return {};
    const bool oss = scheme == QLatin1String("oss-v4");
    return SignUtil::v4Signature(oss ? QByteArrayLiteral("aliyun_v4") : QByteArrayLiteral("AWS4"), secret, lines.at(2), stringToSign);
}
}

QString SignatureAnalyzer::causeCategory(const QString &id)
{
    if (id == QLatin1String("request_unchanged"))
        return {};
    if (id == QLatin1String("identical_strings") || id == QLatin1String("secret_wrong_pair")
        || id == QLatin1String("secret_whitespace"))
        return QStringLiteral("secret_wrong_signature");
    if (id == QLatin1String("scope_region"))
        return QStringLiteral("wrong_endpoint_region");
    return QStringLiteral("signature_calc_bug");
}

SignatureFinding SignatureAnalyzer::analyze(const ParsedInput &input, const QString &secret)
{
    SignatureFinding f;
    if (input.stringToSign.isEmpty() && input.canonicalRequest.isEmpty()) {
        // COS: the client's HttpString from its log against the one COS computes for the request.
        if (input.clientHttpString.isEmpty())
            return f;
        const QString rebuilt = rebuildCosHttpString(input);
        if (rebuilt.isEmpty())
            return f;
        f.present = true;
        f.scheme = QStringLiteral("cos");
        f.compared = QStringLiteral("httpString");
        f.theirs = rebuilt;
        f.fromClientLog = true;
        // Logs often drop the final line break; it is not where the client went wrong.
        f.ours = input.clientHttpString.endsWith(u'\n') ? input.clientHttpString : input.clientHttpString + u'\n';
        f.diff = StringDiff::compare(f.ours, f.theirs);
        if (f.diff.equal)
            f.causes << QStringLiteral("identical_strings");
        else
            classify(f);
        return f;
    }
    f.present = true;
    f.scheme = schemeOf(input.stringToSign, input.canonicalRequest, input.provider);
    if (f.scheme.isEmpty())
        return f;
    // The canonical request shows the difference itself; the string to sign only its hash.
    const bool useCanonical = !input.canonicalRequest.isEmpty() && f.scheme != QLatin1String("oss-v1");
    f.compared = useCanonical ? QStringLiteral("canonicalRequest") : QStringLiteral("stringToSign");
    f.theirs = useCanonical ? input.canonicalRequest : input.stringToSign;
    // The client's own string, when its log is in the paste, beats any rebuild: it is what was signed.
    const QString clientString = useCanonical ? input.clientCanonicalRequest : input.clientStringToSign;
    f.fromClientLog = !clientString.isEmpty();
    f.ours = f.fromClientLog ? clientString : rebuild(input, f.scheme, f.compared);

    if (!secret.isEmpty() && !input.stringToSign.isEmpty()) {
        if (secret != secret.trimmed())
            f.causes << QStringLiteral("secret_whitespace");
        const QString provided = providedSignature(input);
        const QString computed = signServerString(f.scheme, input.stringToSign, secret);
        // The client signed exactly the server's string with this secret, and still the server
        // disagrees: it holds another secret for this key id.
        if (!provided.isEmpty() && computed == provided)
            f.causes << QStringLiteral("secret_wrong_pair");
    }
    if (f.ours.isEmpty())
        return f;
    f.diff = StringDiff::compare(f.ours, f.theirs);
    if (f.diff.equal) {
        // The client signed what the server computed: the key material differs. When the string was
        // rebuilt from the dump instead, it only shows the request arrived as it was sent.
        if (!f.causes.contains(QLatin1String("secret_wrong_pair")))
            f.causes << (f.fromClientLog ? QStringLiteral("identical_strings") : QStringLiteral("request_unchanged"));
        return f;
    }
    classify(f);
    return f;
}
