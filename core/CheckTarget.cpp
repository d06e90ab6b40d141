#include "CheckTarget.h"

QUrl CheckTarget::url(const CheckContext &context, const QString &objectKey, const QString &query)
{
    QUrl endpoint(context.endpoint.contains(QLatin1String("://")) ? context.endpoint : QStringLiteral("https://") + context.endpoint);
    QUrl url;
    url.setScheme(endpoint.scheme());
    url.setPort(endpoint.port());
    QString path = QStringLiteral("/");
    if (context.pathStyle || context.bucket.isEmpty()) {
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
