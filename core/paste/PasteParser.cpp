#include "paste/PasteParser.h"

#include "formats/ErrorXmlReader.h"
#include "paste/BrowserConsoleParser.h"
#include "paste/HttpTranscriptParser.h"
#include "paste/SdkMessageParser.h"
#include "providers/ProviderDetector.h"
#include "providers/StorageUrl.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringMatcher>

#include <algorithm>

namespace {
void setIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty() && !value.trimmed().isEmpty())
        field = value.trimmed();
}

void addFormat(ParsedInput &input, const QString &format)
{
    if (!input.formats.contains(format))
        input.formats << format;
}

QString fromHexBytes(const QString &bytes)
{
    QByteArray hex = bytes.toLatin1();
    hex.replace(' ', QByteArray());
    hex.replace('\n', QByteArray());
    return QString::fromUtf8(QByteArray::fromHex(hex));
}

int statusFromText(const QString &value)
{
    bool ok = false;
    const int status = value.trimmed().left(3).toInt(&ok);
    return ok && status >= 100 && status <= 599 ? status : 0;
}

QString normalizedKey(const QString &key)
{
    QString k = key.toLower();
    k.remove(u'-');
    k.remove(u'_');
    k.remove(u'$');
    return k;
}

// The field a named value belongs to, whether it came as an XML element, a JSON key or a header
// name; `key` is normalized (lower case, no '-', '_' or '$'). nullptr for names without a field.
QString *namedField(ParsedInput &input, const QString &key)
{
    static const QHash<QString, QString ParsedInput::*> fields{
        {QStringLiteral("code"), &ParsedInput::code},
        {QStringLiteral("errorcode"), &ParsedInput::code},
        {QStringLiteral("message"), &ParsedInput::message},
        {QStringLiteral("errormessage"), &ParsedInput::message},
        {QStringLiteral("msg"), &ParsedInput::message},
        {QStringLiteral("requestid"), &ParsedInput::requestId},
        {QStringLiteral("xcosrequestid"), &ParsedInput::requestId},
        {QStringLiteral("xossrequestid"), &ParsedInput::requestId},
        {QStringLiteral("xamzrequestid"), &ParsedInput::requestId},
        {QStringLiteral("hostid"), &ParsedInput::hostId},
        {QStringLiteral("extendedrequestid"), &ParsedInput::hostId},
        {QStringLiteral("xamzid2"), &ParsedInput::hostId},
        {QStringLiteral("traceid"), &ParsedInput::traceId},
        {QStringLiteral("xcostraceid"), &ParsedInput::traceId},
        {QStringLiteral("ec"), &ParsedInput::ec},
        {QStringLiteral("xossec"), &ParsedInput::ec},
        {QStringLiteral("resource"), &ParsedInput::resource},
        {QStringLiteral("stringtosign"), &ParsedInput::stringToSign},
        {QStringLiteral("canonicalrequest"), &ParsedInput::canonicalRequest},
        {QStringLiteral("servertime"), &ParsedInput::serverTime},
        {QStringLiteral("requesttime"), &ParsedInput::requestTime},
        {QStringLiteral("expires"), &ParsedInput::expires},
        {QStringLiteral("endpoint"), &ParsedInput::endpoint},
        {QStringLiteral("bucket"), &ParsedInput::bucket},
        {QStringLiteral("bucketname"), &ParsedInput::bucket},
        {QStringLiteral("key"), &ParsedInput::objectKey},
        {QStringLiteral("region"), &ParsedInput::region},
        {QStringLiteral("awsaccesskeyid"), &ParsedInput::accessKeyId},
        {QStringLiteral("ossaccesskeyid"), &ParsedInput::accessKeyId},
        {QStringLiteral("url"), &ParsedInput::url},
    };
    const auto it = fields.constFind(key);
    return it == fields.constEnd() ? nullptr : &(input.*(*it));
}

void applyXml(ParsedInput &input, const ErrorXml &xml)
{
    if (!xml.found) {
        if (xml.refusedDtd)
            input.warnings << QStringLiteral("xml_dtd_refused");
        return;
    }
    addFormat(input, QStringLiteral("xml"));
    if (xml.truncated)
        input.warnings << QStringLiteral("truncated_xml");
    if (xml.malformed)
        input.warnings << QStringLiteral("malformed_xml");
    QString stringToSignBytes;
    QString canonicalRequestBytes;
    for (const auto &[name, value] : xml.fields) {
        const QString key = normalizedKey(name);
        // A cut-off identifier would mislead support; a cut-off sentence still helps.
        if (!xml.cutField.isEmpty() && name == xml.cutField && key != QLatin1String("message"))
            continue;
        if (key == QLatin1String("stringtosignbytes"))
            stringToSignBytes = value;
        else if (key == QLatin1String("canonicalrequestbytes"))
            canonicalRequestBytes = value;
        else if (QString *field = namedField(input, key))
            setIfEmpty(*field, value);
        else
            input.extraFields.append({name, value});
    }
    // The byte dump is exact where the printed string may have lost its line breaks.
    if (!stringToSignBytes.isEmpty()) {
        const QString decoded = fromHexBytes(stringToSignBytes);
        if (!decoded.isEmpty())
            input.stringToSign = decoded;
    }
    if (!canonicalRequestBytes.isEmpty()) {
        const QString decoded = fromHexBytes(canonicalRequestBytes);
        if (!decoded.isEmpty())
            input.canonicalRequest = decoded;
    }
}

void walkJson(ParsedInput &input, const QJsonValue &value, int depth);

void applyJsonField(ParsedInput &input, const QString &key, const QJsonValue &value, int depth)
{
    if (value.isObject() || value.isArray()) {
        walkJson(input, value, depth + 1);
        return;
    }
    const QString k = normalizedKey(key);
    if (value.isDouble()) {
        if (k == QLatin1String("statuscode") || k == QLatin1String("status") || k == QLatin1String("httpstatuscode")
            || k == QLatin1String("httpstatus")) {
            if (input.httpStatus == 0)
                input.httpStatus = statusFromText(QString::number(value.toInt()));
        }
        return;
    }
    const QString text = value.toString();
    if (text.contains(QLatin1String("<Error"))) {
        applyXml(input, ErrorXmlReader::findAndRead(text));
        return;
    }
    if (k == QLatin1String("method"))
        setIfEmpty(input.method, text.toUpper());
    else if (QString *field = namedField(input, k))
        setIfEmpty(*field, text);
    else if (k == QLatin1String("statuscode") || k == QLatin1String("status") || k == QLatin1String("httpstatuscode")) {
        if (input.httpStatus == 0)
            input.httpStatus = statusFromText(text);
    }
}

void walkJson(ParsedInput &input, const QJsonValue &value, int depth)
{
    if (depth > 16)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            applyJsonField(input, it.key(), it.value(), depth);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            walkJson(input, item, depth + 1);
    }
}

void applyJson(ParsedInput &input, const QString &text)
{
    // A whole JSON document, or one JSON object inside a log line.
    const qsizetype open = text.indexOf(u'{');
    const qsizetype close = text.lastIndexOf(u'}');
    if (open < 0 || close <= open)
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return;
    addFormat(input, QStringLiteral("json"));
    walkJson(input, doc.object(), 0);
}

void applyTranscript(ParsedInput &input, const HttpTranscript &dump)
{
    if (!dump.found)
        return;
    addFormat(input, dump.curlVerbose ? QStringLiteral("curl-verbose") : QStringLiteral("http-dump"));
    if (input.httpStatus == 0)
        input.httpStatus = dump.status;
    setIfEmpty(input.method, dump.method);
    input.requestHeaders += dump.requestHeaders;
    input.responseHeaders += dump.responseHeaders;
    for (const auto &[name, value] : dump.responseHeaders) {
        const QString key = name.toLower();
        if (key == QLatin1String("x-cos-request-id") || key == QLatin1String("x-oss-request-id")
            || key == QLatin1String("x-amz-request-id"))
            setIfEmpty(input.requestId, value);
        else if (key == QLatin1String("x-cos-trace-id"))
            setIfEmpty(input.traceId, value);
        else if (key == QLatin1String("x-amz-id-2"))
            setIfEmpty(input.hostId, value);
        else if (key == QLatin1String("x-oss-ec"))
            setIfEmpty(input.ec, value);
        else if (key == QLatin1String("x-cos-error-code"))
            setIfEmpty(input.code, value);
        else if (key == QLatin1String("x-amz-bucket-region") || key == QLatin1String("x-cos-bucket-region")) {
            input.extraFields.append({name, value});
            setIfEmpty(input.region, value);
        }
    }
    if (!dump.url.isEmpty()) {
        setIfEmpty(input.url, dump.url);
    } else if (!dump.target.isEmpty()) {
        if (dump.target.startsWith(QLatin1String("http://")) || dump.target.startsWith(QLatin1String("https://"))) {
            setIfEmpty(input.url, dump.target);
        } else {
            const QString host = input.requestHeader(QStringLiteral("Host"));
            if (!host.isEmpty()) {
                const bool plain = dump.plainHttp || host.endsWith(QLatin1String(":80"));
                setIfEmpty(input.url, (plain ? QStringLiteral("http://") : QStringLiteral("https://")) + host + dump.target);
            }
        }
    }
}

void applySdk(ParsedInput &input, const SdkMessage &sdk)
{
    for (const QString &format : sdk.formats)
        addFormat(input, format);
    setIfEmpty(input.code, sdk.code);
    setIfEmpty(input.message, sdk.message);
    setIfEmpty(input.requestId, sdk.requestId);
    setIfEmpty(input.hostId, sdk.hostId);
    setIfEmpty(input.traceId, sdk.traceId);
    setIfEmpty(input.ec, sdk.ec);
    setIfEmpty(input.resource, sdk.resource);
    setIfEmpty(input.accessKeyId, sdk.accessKeyId);
    setIfEmpty(input.stringToSign, sdk.stringToSign);
    setIfEmpty(input.method, sdk.method);
    setIfEmpty(input.url, sdk.url);
    if (input.httpStatus == 0)
        input.httpStatus = sdk.httpStatus;
    if (!sdk.operation.isEmpty())
        input.extraFields.append({QStringLiteral("Operation"), sdk.operation});
}

QString trimUrl(QString url)
{
    // Sentence punctuation and closing quotes are not part of a pasted URL.
    while (!url.isEmpty() && QStringLiteral(".,;:!?)]}'\"’”。，）").contains(url.back()))
        url.chop(1);
    return url;
}

void applyUrls(ParsedInput &input, const QString &text)
{
    static const QRegularExpression urlRe(QStringLiteral("https?://[^\\s'\"<>`‘’“”（）【】\\\\]+"));
    QString firstProviderUrl;
    QString firstUrl;
    int seen = 0;
    auto it = urlRe.globalMatch(text);
    // Once all three are known, a later URL changes nothing.
    while (it.hasNext() && seen < 500 && (input.presignedUrl.isEmpty() || firstProviderUrl.isEmpty() || firstUrl.isEmpty())) {
        ++seen;
        const auto match = it.next();
        // Namespace names look like URLs but name no resource.
        const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, match.capturedStart() - 24),
                                                         std::min<qsizetype>(24, match.capturedStart()));
        static const QRegularExpression xmlns(QStringLiteral("xmlns(?::\\w+)?=[\"']$"));
        if (before.contains(QLatin1String("xmlns")) && xmlns.match(before).hasMatch())
            continue;
        const QString candidate = trimUrl(match.captured(0));
        const StorageUrl parsed = StorageUrl::parse(candidate);
        if (!parsed.valid)
            continue;
        if (parsed.presigned && input.presignedUrl.isEmpty())
            input.presignedUrl = candidate;
        if (parsed.providerHost && firstProviderUrl.isEmpty())
            firstProviderUrl = candidate;
        if (firstUrl.isEmpty() && !candidate.contains(QLatin1String("/troubleshoot?")) && !candidate.contains(QLatin1String("help/")))
            firstUrl = candidate;
    }
    // A dumped request names its target relative to the Host header (curl -v, HTTP dumps): the URL
    // put together from both is the presigned URL when it carries signature parameters.
    if (input.presignedUrl.isEmpty() && !input.url.isEmpty() && StorageUrl::parse(input.url).presigned)
        input.presignedUrl = input.url;
    if (!input.presignedUrl.isEmpty())
        addFormat(input, QStringLiteral("presigned-url"));
    if (input.url.isEmpty()) {
        if (!input.presignedUrl.isEmpty())
            input.url = input.presignedUrl;
        else if (!firstProviderUrl.isEmpty())
            input.url = firstProviderUrl;
        else
            input.url = firstUrl;
    }
}

void applyStorageUrl(ParsedInput &input, const StorageUrl &u)
{
    if (!u.valid)
        return;
    setIfEmpty(input.bucket, u.bucket);
    setIfEmpty(input.objectKey, u.objectKey);
    setIfEmpty(input.region, u.region);
    setIfEmpty(input.accessKeyId, u.accessKeyId);
    setIfEmpty(input.scopeRegion, u.scopeRegion);
}

void applyAuthorization(ParsedInput &input, const QString &text)
{
    static const QRegularExpression cosAk(QStringLiteral("q-ak=([^&\\s\"']+)"));
    static const QRegularExpression ossV1(QStringLiteral("\\bOSS ([^:\\s]+):[A-Za-z0-9+/=]+"));
    static const QRegularExpression credential(
        QStringLiteral("Credential=([^/\\s,\"']+)/(\\d{8})/([a-z0-9-]+)/(?:s3|oss|[a-z0-9-]+)/(?:aws4_request|aliyun_v4_request)"));
    static const QRegularExpression scope(QStringLiteral("\\b\\d{8}/([a-z0-9-]+)/(?:s3|oss)/(?:aws4_request|aliyun_v4_request)"));
    // Each pattern runs only on a text with its fixed part: most pastes carry no signature, and
    // a match that finds nothing still costs allocations.
    const bool scoped = text.contains(QLatin1String("_request"));
    if (scoped && text.contains(QLatin1String("Credential="))) {
        if (const auto m = credential.match(text); m.hasMatch()) {
            setIfEmpty(input.accessKeyId, m.captured(1));
            setIfEmpty(input.scopeRegion, m.captured(3));
        }
    }
    if (scoped) {
        if (const auto m = scope.match(text); m.hasMatch())
            setIfEmpty(input.scopeRegion, m.captured(1));
    }
    if (text.contains(QLatin1String("q-ak="))) {
        if (const auto m = cosAk.match(text); m.hasMatch())
            setIfEmpty(input.accessKeyId, m.captured(1));
    }
    if (text.contains(QLatin1String("OSS "))) {
        if (const auto m = ossV1.match(text); m.hasMatch())
            setIfEmpty(input.accessKeyId, m.captured(1));
    }
}

// The client's own string, as SDK debug logs print it: botocore writes "StringToSign:" and
// "CanonicalRequest:" on a line and the string on the lines after; others write it on one line
// with escaped line breaks. The server's copy inside <StringToSign> is not this.
QRegularExpression clientLabel(const char *label)
{
    return QRegularExpression(QStringLiteral("(?<![<\\w])%1[ \\t]*[:=][ \\t]*").arg(QLatin1String(label)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString clientBlock(const QString &text, const QRegularExpression &labelRe)
{
    const auto m = labelRe.match(text);
    if (!m.hasMatch())
        return {};
    const qsizetype start = m.capturedEnd();
    const qsizetype lineEnd = text.indexOf(u'\n', start);
    const QString rest = text.mid(start, lineEnd < 0 ? -1 : lineEnd - start).trimmed();
    if (!rest.isEmpty()) {
        // One line: quoted, with \n for line breaks.
        QString value = rest;
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\''))
            value = value.mid(1, value.size() - 2);
        value.replace(QLatin1String("\\n"), QLatin1String("\n"));
        return value;
    }
    static const QRegularExpression logLine(QStringLiteral("^(?:\\d{4}-\\d\\d-\\d\\d|DEBUG|INFO|WARN|ERROR|TRACE|\\[|<|[A-Za-z]+:\\S+:)"));
    QStringList lines;
    qsizetype pos = lineEnd + 1;
    while (lineEnd >= 0 && pos <= text.size() && lines.size() < 200) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos);
        if (logLine.match(line).hasMatch())
            break;
        lines << line;
        pos = end + 1;
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

// text.toLower(), with a pass of its own for the common all-ASCII text: Qt's general case mapping
// (which must allow for characters that lower-case to two) cost a thirtieth of a diagnosis.
QString lowerCase(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return text.toLower();
    QString out(text.size(), Qt::Uninitialized);
    QChar *p = out.data();
    for (const QChar c : text)
        *p++ = c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c;
    return out;
}

void applyBrowser(ParsedInput &input, const BrowserConsole &console)
{
    if (!console.found)
        return;
    addFormat(input, QStringLiteral("browser-console"));
    setIfEmpty(input.url, console.url);
    setIfEmpty(input.method, console.method);
    if (input.httpStatus == 0)
        input.httpStatus = console.httpStatus;
    if (!console.origin.isEmpty() && input.requestHeader(QStringLiteral("Origin")).isEmpty())
        input.requestHeaders.append({QStringLiteral("Origin"), console.origin});
    if (!console.reason.isEmpty())
        input.extraFields.append({QStringLiteral("BrowserReason"), console.reason});
}
}

ParsedInput PasteParser::parse(const QString &raw)
{
    QString lowered;
    return parse(raw, &lowered);
}

ParsedInput PasteParser::parse(const QString &raw, QString *lowered)
{
    ParsedInput input;
    QString text = raw;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    applyXml(input, ErrorXmlReader::findAndRead(text));
    applyJson(input, text);
    applyTranscript(input, HttpTranscriptParser::parse(text));
    applySdk(input, SdkMessageParser::parse(text));
    applyBrowser(input, BrowserConsoleParser::parse(text));
    applyUrls(input, text);
    applyAuthorization(input, text);
    // Compiled once per process, not once per paste.
    static const QRegularExpression stringToSignLabel = clientLabel("(?:StringToSign|string to sign|string-to-sign)");
    static const QRegularExpression canonicalRequestLabel = clientLabel("(?:CanonicalRequest|canonical request)");
    static const QRegularExpression httpStringLabel = clientLabel("(?:HttpString|http string|FormatString)");
    // Each label holds a word of no letter that matches caselessly anything but its own two
    // cases (as "s" matches "ſ" and "k" the Kelvin sign): a lower-cased text without that word
    // cannot match, and is not searched by the caseless pattern, which tries every position.
    // Searched for with Boyer-Moore tables made once: a plain search of a short word reads every
    // character, and in a large paste's focus (up to 2 M characters) cost more than it saved.
    *lowered = lowerCase(text);
    static const QStringMatcher ign(u"ign");
    static const QStringMatcher canonical(u"canonical");
    static const QStringMatcher tring(u"tring");
    if (ign.indexIn(*lowered) >= 0)
        input.clientStringToSign = clientBlock(text, stringToSignLabel);
    if (canonical.indexIn(*lowered) >= 0)
        input.clientCanonicalRequest = clientBlock(text, canonicalRequestLabel);
    if (tring.indexIn(*lowered) >= 0)
        input.clientHttpString = clientBlock(text, httpStringLabel);
    // A bucket read off a path-style URL on an address or a host of no provider (MinIO, Ceph, a
    // proxy) is a guess: the first path segment may be a proxy's prefix or an API's ("/dev/…",
    // "/v1/…"). The server's own Resource or HostId, naming a bucket on its provider's host, wins.
    bool bucketGuessed = false;
    if (!input.url.isEmpty()) {
        const StorageUrl u = StorageUrl::parse(input.url);
        bucketGuessed = input.bucket.isEmpty() && u.pathStyle && !u.providerHost;
        applyStorageUrl(input, u);
    }
    if (!input.presignedUrl.isEmpty() && input.presignedUrl != input.url)
        applyStorageUrl(input, StorageUrl::parse(input.presignedUrl));
    auto preferServerBucket = [&input, &bucketGuessed](const StorageUrl &u) {
        if (bucketGuessed && u.providerHost && !u.bucket.isEmpty()) {
            input.bucket = u.bucket;
            bucketGuessed = false;
        }
    };
    // COS puts "bucket host/key" in <Resource>, OSS the bucket host in <HostId>.
    if (!input.resource.isEmpty() && (input.bucket.isEmpty() || input.region.isEmpty() || bucketGuessed)) {
        const QString resource = input.resource.startsWith(QLatin1String("http")) ? input.resource
                                                                                   : QStringLiteral("https://") + input.resource;
        const StorageUrl u = StorageUrl::parse(resource);
        preferServerBucket(u);
        applyStorageUrl(input, u);
    }
    if (!input.hostId.isEmpty() && input.hostId.contains(u'.') && !input.hostId.contains(u'/')
        && (input.bucket.isEmpty() || input.region.isEmpty() || bucketGuessed)) {
        const StorageUrl host = StorageUrl::parse(QStringLiteral("https://") + input.hostId + QStringLiteral("/"));
        preferServerBucket(host);
        setIfEmpty(input.bucket, host.bucket);
        setIfEmpty(input.region, host.region);
    }

    // Command-line tools name objects as s3://bucket/key (aws, s3cmd, rclone), oss:// or cos://.
    // The name must end where the authority does: s3://ak:sk@host (key and secret), an access
    // point's s3://arn:aws:… and a placeholder with capitals (s3://accB-bucket) name no bucket.
    if (input.bucket.isEmpty()) {
        static const QRegularExpression toolUri(
            QStringLiteral("\\b(?:s3|oss|cos)://([a-z0-9][a-z0-9.-]{1,62})(?=[/\\s'\"),;>\\]]|$)(?:/([^\\s'\"]*))?"));
        if (const auto m = toolUri.match(text); m.hasMatch()) {
            input.bucket = m.captured(1);
            setIfEmpty(input.objectKey, m.captured(2));
        }
    }
    // The region a signature was scoped to is the best guess when the host names none.
    setIfEmpty(input.region, input.scopeRegion);

    const ProviderGuess guess = ProviderDetector::detect(text, *lowered, input.requestId);
    input.provider = guess.provider;
    input.providerCandidates = guess.tied();
    if (input.formats.isEmpty())
        input.formats << QStringLiteral("text");
    return input;
}
