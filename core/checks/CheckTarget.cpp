#include "checks/CheckTarget.h"

#include "providers/StorageUrl.h"

namespace {
QUrl endpointUrl(const CheckContext &context)
{
    return QUrl(context.endpoint.contains(QLatin1String("://")) ? context.endpoint : QStringLiteral("https://") + context.endpoint);
}
}

QString CheckTarget::endpointHost(const CheckContext &context)
{
    return endpointUrl(context).host();
}

bool CheckTarget::pathStyle(const CheckContext &context)
{
    return context.pathStyle || StorageUrl::hostNeedsPathStyle(endpointHost(context));
}

QUrl CheckTarget::url(const CheckContext &context, const QString &objectKey, const QString &query)
{
    const QUrl endpoint = endpointUrl(context);
    QUrl url;
    url.setScheme(endpoint.scheme());
    url.setPort(endpoint.port());
    QString path = QStringLiteral("/");
    if (pathStyle(context) || context.bucket.isEmpty()) {
        url.setHost(endpoint.host());
        if (!context.bucket.isEmpty())
            path += context.bucket + u'/';
    } else {
        url.setHost(context.bucket + u'.' + endpoint.host());
    }
    path += objectKey;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString CheckTarget::missingInput(const CheckContext &context)
{
    if (context.endpoint.isEmpty())
        return QStringLiteral("missing_input:endpoint");
    if (context.bucket.isEmpty())
        return QStringLiteral("missing_input:bucket");
    if (!context.network)
        return QStringLiteral("missing_input:network");
    return {};
}

QString CheckTarget::missingKey(const CheckContext &context)
{
    if (context.accessKeyId.isEmpty())
        return QStringLiteral("missing_input:access_key_id");
    if (context.secretKey.isEmpty())
        return QStringLiteral("missing_input:secret_key");
    return {};
}

QString CheckTarget::outcomeId(ProbeResult::Outcome outcome)
{
    switch (outcome) {
    case ProbeResult::Outcome::Ok:
        return QStringLiteral("ok");
    case ProbeResult::Outcome::DnsFailure:
        return QStringLiteral("dns_failure");
    case ProbeResult::Outcome::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ProbeResult::Outcome::Timeout:
        return QStringLiteral("timeout");
    case ProbeResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case ProbeResult::Outcome::TlsError:
        return QStringLiteral("tls_error");
    case ProbeResult::Outcome::Redirect:
        return QStringLiteral("redirect");
    case ProbeResult::Outcome::HttpError:
        return QStringLiteral("http_error");
    case ProbeResult::Outcome::TruncatedBody:
        return QStringLiteral("truncated_body");
    case ProbeResult::Outcome::ServerClosed:
        return QStringLiteral("server_closed");
    case ProbeResult::Outcome::OtherNetworkError:
        break;
    }
    return QStringLiteral("network_error");
}

QStringList CheckTarget::transcript(const ProbeResult &result)
{
    const ProbeTranscriptEntry &t = result.transcript;
    QStringList lines;
    lines << QStringLiteral("> %1 %2").arg(t.method, t.url);
    for (const auto &[name, value] : t.requestHeaders)
        lines << QStringLiteral("> %1: %2").arg(name, value);
    if (t.httpStatus > 0)
        lines << QStringLiteral("< %1 %2").arg(t.httpStatus).arg(t.reasonPhrase);
    for (const auto &[name, value] : t.responseHeaders)
        lines << QStringLiteral("< %1: %2").arg(name, value);
    return lines;
}

bool CheckTarget::noAnswer(const ProbeResult &probe)
{
    // A status line followed by a body that timed out or was cut is no answer either: the headers
    // of a half-sent reply prove nothing about the bucket.
    return probe.httpStatus == 0
        || (probe.outcome != ProbeResult::Outcome::Ok && probe.outcome != ProbeResult::Outcome::HttpError);
}

bool CheckTarget::settleNoAnswer(const ProbeResult &probe, CheckResult &result)
{
    if (!noAnswer(probe))
        return false;
    result.status = CheckResult::Status::Error;
    result.reason = outcomeId(probe.outcome);
    if (probe.outcome == ProbeResult::Outcome::DnsFailure)
        result.facts.append({QStringLiteral("host"), QUrl(probe.transcript.url).host()});
    return true;
}

ErrorXml CheckTarget::readAnswer(const ProbeResult &probe, CheckResult &result)
{
    result.facts.append({QStringLiteral("httpStatus"), QString::number(probe.httpStatus)});
    ErrorXml xml;
    if (probe.httpStatus >= 300)
        xml = ErrorXmlReader::findAndRead(QString::fromUtf8(probe.body));
    QString code = xml.field(u"Code");
    // HEAD answers carry no body; COS and OSS put the code in a header instead.
    if (code.isEmpty())
        code = QString::fromLatin1(probe.header("x-cos-error-code"));
    if (!code.isEmpty())
        result.facts.append({QStringLiteral("code"), code});
    if (!xml.field(u"Message").isEmpty())
        result.facts.append({QStringLiteral("message"), xml.field(u"Message")});
    QString ec = xml.field(u"EC");
    if (ec.isEmpty())
        ec = QString::fromLatin1(probe.header("x-oss-ec"));
    if (!ec.isEmpty())
        result.facts.append({QStringLiteral("ec"), ec});
    for (const char *header : {"x-cos-request-id", "x-oss-request-id", "x-amz-request-id"}) {
        const QByteArray value = probe.header(header);
        if (!value.isEmpty())
            result.facts.append({QStringLiteral("requestId"), QString::fromLatin1(value)});
    }
    if (xml.field(u"Code").isEmpty() && !code.isEmpty())
        xml.fields.prepend({QStringLiteral("Code"), code});
    return xml;
}

QByteArray CheckTarget::headerPrefix(const CheckContext &context)
{
    if (context.provider == QLatin1String("cos"))
        return QByteArrayLiteral("x-cos-");
    if (context.provider == QLatin1String("oss"))
        return QByteArrayLiteral("x-oss-");
    return QByteArrayLiteral("x-amz-");
}

QString CheckTarget::permission(const CheckContext &context, const char *cos, const char *oss, const char *s3)
{
    if (context.provider == QLatin1String("cos"))
        return QString::fromLatin1(cos);
    if (context.provider == QLatin1String("oss"))
        return QString::fromLatin1(oss);
    return QString::fromLatin1(s3);
}

bool CheckTarget::notImplemented(const ProbeResult &probe, const ErrorXml &error)
{
    return probe.httpStatus == 501 || error.field(u"Code") == QLatin1String("NotImplemented");
}

bool CheckTarget::wrongEndpoint(const ErrorXml &error)
{
    return !error.field(u"Endpoint").isEmpty() || error.field(u"Code") == QLatin1String("PermanentRedirect")
        || error.field(u"Message").contains(QLatin1String("must be addressed using the specified endpoint"));
}
