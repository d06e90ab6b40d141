#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// One HTTP request, described before it is sent. Headers go out exactly as given.
struct ProbeRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Inactivity limit (QNetworkRequest::setTransferTimeout): the request ends when no byte moves
    // for this long. Qt restarts it on every byte, so a server that drips forever never trips it...
    int transferTimeoutMs = 10000;
    // ...hence a second, overall limit from start() to the end of the body. 0 disables it.
    int deadlineMs = 30000;
    // Bodies are kept up to this size; past it the transfer stops and bodyCapped is set.
    qint64 bodyCap = 1024 * 1024;
    // Extra certificate authorities trusted for this request on top of the system ones (a private
    // CA in front of a self-hosted endpoint). Trust is added, never bypassed: errors still end it.
    QList<QSslCertificate> caCertificates;
};

// What the peer's certificate said, and why the handshake was refused (if it was).
struct ProbeTlsDetails {
    bool encrypted = false; // a certificate was presented
    QList<QSslError::SslError> errors;
    QStringList errorStrings; // Qt's technical texts, for the details line only
    QString expectedHost;
    bool hostMismatch = false;
    bool selfSigned = false;
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList chainSubjects; // leaf first
};

// The request and response as a report may show them: secrets already removed.
struct ProbeTranscriptEntry {
    QString method;
    QString url;
    QList<QPair<QString, QString>> requestHeaders;
    int httpStatus = 0;
    QString reasonPhrase;
    QList<QPair<QString, QString>> responseHeaders;
};

struct ProbeResult {
    Q_GADGET
public:
    enum class Outcome {
        Ok, // a 1xx/2xx answer, or a 3xx without a Location
        DnsFailure, // the host name did not resolve
        ConnectionRefused, // nothing listens on the port
        Timeout, // see timeout: no byte for transferTimeoutMs, or the deadline passed
        Cancelled, // cancel() was called
        TlsError, // the handshake was refused; tls.errors says why
        Redirect, // a 3xx with a Location; never followed
        HttpError, // status >= 400; body kept
        TruncatedBody, // headers arrived, the body ended early
        ServerClosed, // the connection closed before any response header
        OtherNetworkError, // anything else; networkError and errorString say what
    };
    Q_ENUM(Outcome)

    enum class TimeoutKind { None, Inactivity, Deadline };
    Q_ENUM(TimeoutKind)

    Outcome outcome = Outcome::OtherNetworkError;
    TimeoutKind timeout = TimeoutKind::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // Qt's technical text, never shown alone
    int httpStatus = 0; // 0 when no response header arrived
    QList<QPair<QByteArray, QByteArray>> responseHeaders; // raw, for parsers; the transcript is redacted
    QByteArray body;
    bool bodyCapped = false;
    qint64 elapsedMs = 0;
    ProbeTlsDetails tls;
    QUrl redirectTarget; // resolved against the request URL
    bool redirectToOtherHost = false; // scheme, host or port differ from the request's
    bool redirectDowngrade = false; // https -> http
    ProbeTranscriptEntry transcript;

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive
};

// Sends one request through a QNetworkAccessManager it is given and reports one ProbeResult.
// Redirects are reported, never followed (credentials stay with the host they were made for);
// TLS errors are reported, never ignored.
//
// Usage:
//   auto *probe = new HttpProbe(&nam, this);
//   connect(probe, &HttpProbe::finished, this, [probe](const ProbeResult &r) { ...; probe->deleteLater(); });
//   probe->start(request);      // later, optionally: probe->cancel();
//
//   start() ──► reply ──┬─ finished ───────────────► classify ─► finished(result)
//                       ├─ no byte for transferTimeoutMs (Qt aborts) ─┘  Timeout/Inactivity
//                       ├─ deadline timer ─► abort ───────────────────┘  Timeout/Deadline
//                       ├─ cancel() ─► abort ─────────────────────────┘  Cancelled
//                       └─ body over bodyCap ─► abort ────────────────┘  status kept, bodyCapped
//
// finished() is emitted exactly once per start(), always after start() returned; cancel() emits it
// synchronously before returning. Receivers must use deleteLater(), not delete. Destroying a running
// probe aborts its reply without emitting.
class HttpProbe : public QObject
{
    Q_OBJECT
public:
    explicit HttpProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpProbe() override;

    // Returns false (and emits nothing) when already started.
    bool start(const ProbeRequest &request);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(const ProbeResult &result);

private:
    enum class AbortReason { None, Cancelled, Deadline, BodyCap };

    void onReadyRead();
    void onReplyFinished();
    void abortWith(AbortReason reason);
    void readBody();

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    ProbeRequest m_request;
    ProbeResult m_result;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    AbortReason m_abortReason = AbortReason::None;
    bool m_started = false;
};
