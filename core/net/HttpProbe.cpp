#include "net/HttpProbe.h"

#include "security/Redactor.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace {
// Authorization schemes the Redactor does not know keep their value: drop it whole instead.
QString redactedHeaderValue(const QString &name, const QString &value)
{
    const QString redacted = Redactor::headerValue(name, value);
    if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0 && redacted == value && !value.isEmpty())
        return Redactor::placeholder();
    return redacted;
}

QList<QPair<QString, QString>> redactedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QString, QString>> out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        out.append({ name, redactedHeaderValue(name, QString::fromLatin1(h.second)) });
    }
    return out;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

void fillCertificate(ProbeTlsDetails &tls, const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty() || chain.first().isNull())
        return;
    const QSslCertificate &leaf = chain.first();
    tls.encrypted = true;
    tls.subject = leaf.subjectDisplayName();
    tls.issuer = leaf.issuerDisplayName();
    tls.notBefore = leaf.effectiveDate();
    tls.notAfter = leaf.expiryDate();
    tls.selfSigned = leaf.isSelfSigned();
    tls.subjectAltNames.clear();
    const auto names = leaf.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString prefix = it.key() == QSsl::DnsEntry ? QStringLiteral("DNS:")
            : it.key() == QSsl::IpAddressEntry            ? QStringLiteral("IP:")
                                                          : QStringLiteral("Email:");
        tls.subjectAltNames.append(prefix + it.value());
    }
    tls.chainSubjects.clear();
    for (const QSslCertificate &c : chain)
        tls.chainSubjects.append(c.subjectDisplayName());
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}
}

QByteArray ProbeResult::header(const QByteArray &name) const
{
    for (const auto &h : responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpProbe::HttpProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(m_nam);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(AbortReason::Deadline); });
}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpProbe::start(const ProbeRequest &request)
{
    if (m_started)
        return false;
    m_started = true;
    m_request = request;
    m_result = ProbeResult();
    m_result.tls.expectedHost = request.url.host();

    QNetworkRequest req(request.url);
    // Report 3xx instead of following it: a signed request must not travel to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(request.transferTimeoutMs);
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    if (!request.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(request.caCertificates);
        req.setSslConfiguration(tls);
    }

    ProbeTranscriptEntry &t = m_result.transcript;
    t.method = QString::fromLatin1(request.method);
    t.url = Redactor::url(request.url.toString(QUrl::RemovePassword | QUrl::FullyEncoded));
    t.requestHeaders = redactedHeaders(request.headers);

    m_clock.start();
    if (request.method == "HEAD")
        m_reply = m_nam->head(req);
    else if (request.method == "GET" && request.body.isEmpty())
        m_reply = m_nam->get(req);
    else
        m_reply = m_nam->sendCustomRequest(req, request.method, request.body);

    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake fails and finished() follows.
        ProbeTlsDetails &tls = m_result.tls;
        QList<QSslCertificate> chain = m_reply ? m_reply->sslConfiguration().peerCertificateChain() : QList<QSslCertificate>();
        for (const QSslError &e : errors) {
            if (!tls.errors.contains(e.error())) {
                tls.errors.append(e.error());
                tls.errorStrings.append(e.errorString());
            }
            if (chain.isEmpty() && !e.certificate().isNull())
                chain.append(e.certificate());
        }
        tls.hostMismatch = tls.errors.contains(QSslError::HostNameMismatch);
        fillCertificate(tls, chain);
    });
    if (request.deadlineMs > 0)
        m_deadline.start(request.deadlineMs);
    return true;
}

void HttpProbe::cancel()
{
    abortWith(AbortReason::Cancelled);
}

void HttpProbe::abortWith(AbortReason reason)
{
    if (!m_reply || m_reply->isFinished())
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished(); nothing of this object is touched afterwards
}

void HttpProbe::onReadyRead()
{
    readBody();
}

void HttpProbe::readBody()
{
    if (!m_reply || !m_reply->isOpen()) // Qt closes it when its transfer timeout aborts
        return;
    const qint64 room = m_request.bodyCap - m_result.body.size();
    if (room > 0)
        m_result.body.append(m_reply->read(room));
    if (m_reply->bytesAvailable() > 0 && m_result.body.size() >= m_request.bodyCap) {
        m_result.bodyCapped = true;
        abortWith(AbortReason::BodyCap);
    }
}

void HttpProbe::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_deadline.stop();
    if (m_abortReason == AbortReason::None)
        readBody();

    // Copy everything out of the reply, then let it go.
    ProbeResult &r = m_result;
    r.elapsedMs = m_clock.elapsed();
    r.networkError = reply->error();
    r.errorString = reply->errorString();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.responseHeaders = reply->rawHeaderPairs();
    if (!r.tls.encrypted)
        fillCertificate(r.tls, reply->sslConfiguration().peerCertificateChain());
    const QByteArray location = reply->rawHeader("Location");
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;

    r.transcript.httpStatus = r.httpStatus;
    r.transcript.reasonPhrase = reason;
    r.transcript.responseHeaders = redactedHeaders(r.responseHeaders);

    using O = ProbeResult::Outcome;
    const QNetworkReply::NetworkError err = r.networkError;
    if (m_abortReason == AbortReason::Cancelled) {
        r.outcome = O::Cancelled;
    } else if (m_abortReason == AbortReason::Deadline) {
        r.outcome = O::Timeout;
        r.timeout = ProbeResult::TimeoutKind::Deadline;
    } else if (err == QNetworkReply::OperationCanceledError && m_abortReason == AbortReason::None) {
        // Qt ends a transfer that stalled past setTransferTimeout() this way (Qt 6.4).
        r.outcome = O::Timeout;
        r.timeout = ProbeResult::TimeoutKind::Inactivity;
    } else if (err == QNetworkReply::TimeoutError) {
        r.outcome = O::Timeout;
        r.timeout = ProbeResult::TimeoutKind::Inactivity;
    } else if (!r.tls.errors.isEmpty() || err == QNetworkReply::SslHandshakeFailedError) {
        r.outcome = O::TlsError;
    } else if (r.httpStatus == 0) {
        switch (err) {
        case QNetworkReply::HostNotFoundError:
            r.outcome = O::DnsFailure;
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.outcome = O::ConnectionRefused;
            break;
        case QNetworkReply::RemoteHostClosedError:
            r.outcome = O::ServerClosed;
            break;
        default:
            r.outcome = O::OtherNetworkError;
            break;
        }
    } else if (m_abortReason != AbortReason::BodyCap && isTransportError(err)) {
        // Headers arrived, then the connection failed before the body was complete.
        r.outcome = O::TruncatedBody;
    } else if (r.httpStatus >= 300 && r.httpStatus < 400 && !location.isEmpty()) {
        r.outcome = O::Redirect;
        r.redirectTarget = m_request.url.resolved(QUrl::fromEncoded(location));
        r.redirectToOtherHost = r.redirectTarget.scheme().compare(m_request.url.scheme(), Qt::CaseInsensitive) != 0
            || r.redirectTarget.host().compare(m_request.url.host(), Qt::CaseInsensitive) != 0
            || effectivePort(r.redirectTarget) != effectivePort(m_request.url);
        r.redirectDowngrade = m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
            && r.redirectTarget.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    } else if (r.httpStatus >= 400) {
        r.outcome = O::HttpError;
    } else {
        r.outcome = O::Ok;
    }

    emit finished(r);
}
