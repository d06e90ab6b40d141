// HttpProbe against real fault servers on 127.0.0.1, started by the test on free ports. The TLS
// certificates are made with the openssl command in a temporary directory: a test CA, leaf
// certificates signed by it (valid, expired in 2020, issued for another host) and a self-signed one.
#include "servers/FaultServer.h"
#include "net/HttpProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

enum class Fault {
    Refused,
    Silent,
    DripPastDeadline,
    DripStall,
    Truncated,
    ClosedWithoutAnswer,
    ServerError,
    ForbiddenXml,
    RedirectOtherHost,
    RedirectSameHost,
    BodyOverCap,
    TlsValid,
    TlsSelfSigned,
    TlsExpired,
    TlsWrongHost,
    CancelWhileWaiting,
    SecretsRedacted,
};

const QByteArray kAuthSignature = QByteArrayLiteral("9f3c2a1b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a");
const QByteArray kSecurityToken = QByteArrayLiteral("FwoGZXIvYXdzEXAMPLEsessionTOKENvalueThatMustNotLeak");
const QByteArray kQuerySignature = QByteArrayLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QByteArray kQueryToken = QByteArrayLiteral("IQoJb3JpZ2luX2VjEXAMPLEqueryTOKEN");

QByteArray response(int status, const QByteArray &reason, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

QString transcriptText(const ProbeTranscriptEntry &t)
{
    QString all = t.method + QLatin1Char(' ') + t.url + QLatin1Char('\n');
    for (const auto &h : t.requestHeaders)
        all += h.first + QStringLiteral(": ") + h.second + QLatin1Char('\n');
    for (const auto &h : t.responseHeaders)
        all += h.first + QStringLiteral(": ") + h.second + QLatin1Char('\n');
    return all;
}

} // namespace

class TestHttpProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probe_data();
    void probe();
    void destroyWhileRunning();
    void startTwiceIsRefused();

private:
    bool openssl(const QStringList &args);
    QSslCertificate certificate(const QString &file) const;

    QTemporaryDir m_dir;
    QString m_openssl;
    QSslKey m_leafKey;
    QSslCertificate m_ca;
    QSslCertificate m_valid;
    QSslCertificate m_expired;
    QSslCertificate m_wrongHost;
    QSslCertificate m_selfSigned;
};

bool TestHttpProbe::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_openssl, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << p.readAll();
        return false;
    }
    return true;
}

QSslCertificate TestHttpProbe::certificate(const QString &file) const
{
    QFile f(m_dir.filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

void TestHttpProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend");
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl command is needed to make the test certificates (scripts/setup-deps.sh)");

    auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    // Extensions for the leaf certificates, and a minimal `openssl ca` setup: only `ca` takes an
    // explicit start and end date, which is how the expired certificate gets real dates in 2020.
    QVERIFY(write(QStringLiteral("ext.cnf"),
        "[leaf]\nsubjectAltName = IP:127.0.0.1, DNS:localhost\nbasicConstraints = CA:FALSE\n"
        "[other]\nsubjectAltName = DNS:other.example\nbasicConstraints = CA:FALSE\n"));
    QVERIFY(write(QStringLiteral("ca.cnf"),
        "[ca]\ndefault_ca = testca\n"
        "[testca]\ndatabase = index.txt\nserial = serial.txt\nnew_certs_dir = .\n"
        "certificate = ca.crt\nprivate_key = ca.key\ndefault_md = sha256\npolicy = anything\n"
        "email_in_dn = no\nunique_subject = no\ncopy_extensions = none\n"
        "[anything]\ncommonName = supplied\n"
        "[leaf]\nsubjectAltName = IP:127.0.0.1, DNS:localhost\nbasicConstraints = CA:FALSE\n"));
    QVERIFY(write(QStringLiteral("index.txt"), {}));
    QVERIFY(write(QStringLiteral("serial.txt"), "1000\n"));

    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Bucket Doctor Test CA"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ec
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"), QStringLiteral("leaf.csr"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("leaf.key"),
        QStringLiteral("-out"), QStringLiteral("other.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=other.example") }));
    // Valid for 127.0.0.1, signed by the test CA.
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
        QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
        QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("leaf"),
        QStringLiteral("-out"), QStringLiteral("valid.crt") }));
    // Valid dates, signed by the test CA, but for other.example only.
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("other.csr"),
        QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
        QStringLiteral("-set_serial"), QStringLiteral("3"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("other"),
        QStringLiteral("-out"), QStringLiteral("wronghost.crt") }));
    // For 127.0.0.1, signed by the test CA, valid from 1 to 2 January 2020.
    QVERIFY(openssl({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
        QStringLiteral("-extensions"), QStringLiteral("leaf"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
        QStringLiteral("-startdate"), QStringLiteral("200101000000Z"), QStringLiteral("-enddate"),
        QStringLiteral("200102000000Z"), QStringLiteral("-notext"), QStringLiteral("-out"), QStringLiteral("expired.crt") }));
    // For 127.0.0.1, valid dates, signed by itself.
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), QStringLiteral("leaf.key"),
        QStringLiteral("-out"), QStringLiteral("selfsigned.crt"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") }));

    QFile keyFile(m_dir.filePath(QStringLiteral("leaf.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_leafKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_leafKey.isNull());
    m_ca = certificate(QStringLiteral("ca.crt"));
    m_valid = certificate(QStringLiteral("valid.crt"));
    m_expired = certificate(QStringLiteral("expired.crt"));
    m_wrongHost = certificate(QStringLiteral("wronghost.crt"));
    m_selfSigned = certificate(QStringLiteral("selfsigned.crt"));
    for (const QSslCertificate *c : { &m_ca, &m_valid, &m_expired, &m_wrongHost, &m_selfSigned })
        QVERIFY(!c->isNull());
    QCOMPARE(m_expired.expiryDate(), QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC));
}

void TestHttpProbe::probe_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<ProbeResult::Outcome>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<QSslError::SslError>>("tlsErrors");
    QTest::addColumn<int>("minMs"); // a timeout must not fire early (Qt's transfer timer is coarse: 5 %)...
    QTest::addColumn<int>("maxMs"); // ...and every row must end within its limit plus a margin

    using O = ProbeResult::Outcome;
    using E = QSslError;
    const QList<E::SslError> none;
    QTest::newRow("refused port") << Fault::Refused << 1000 << 1500 << O::ConnectionRefused << 0 << none << 0 << 500;
    QTest::newRow("silent server") << Fault::Silent << 400 << 1500 << O::Timeout << 0 << none << 360 << 700;
    QTest::newRow("slow drip, past the deadline")
        << Fault::DripPastDeadline << 400 << 800 << O::Timeout << 200 << none << 790 << 1100;
    QTest::newRow("slow drip, slower than transfer timeout")
        << Fault::DripStall << 300 << 1500 << O::Timeout << 200 << none << 270 << 900;
    QTest::newRow("truncated body") << Fault::Truncated << 1000 << 1500 << O::TruncatedBody << 200 << none << 0 << 500;
    QTest::newRow("closed without answer") << Fault::ClosedWithoutAnswer << 1000 << 1500 << O::ServerClosed << 0 << none << 0
                                           << 500;
    QTest::newRow("503") << Fault::ServerError << 1000 << 1500 << O::HttpError << 503 << none << 0 << 500;
    QTest::newRow("403 with XML body") << Fault::ForbiddenXml << 1000 << 1500 << O::HttpError << 403 << none << 0 << 500;
    QTest::newRow("redirect to another host")
        << Fault::RedirectOtherHost << 1000 << 1500 << O::Redirect << 301 << none << 0 << 500;
    QTest::newRow("redirect same host") << Fault::RedirectSameHost << 1000 << 1500 << O::Redirect << 307 << none << 0 << 500;
    QTest::newRow("body over cap") << Fault::BodyOverCap << 1000 << 1500 << O::Ok << 200 << none << 0 << 500;
    QTest::newRow("TLS valid (test CA trusted)") << Fault::TlsValid << 1500 << 1500 << O::Ok << 200 << none << 0 << 1000;
    QTest::newRow("TLS self-signed") << Fault::TlsSelfSigned << 1500 << 1500 << O::TlsError << 0
                                     << QList<E::SslError> { E::SelfSignedCertificate } << 0 << 1000;
    QTest::newRow("TLS expired") << Fault::TlsExpired << 1500 << 1500 << O::TlsError << 0
                                 << QList<E::SslError> { E::CertificateExpired } << 0 << 1000;
    QTest::newRow("TLS wrong host") << Fault::TlsWrongHost << 1500 << 1500 << O::TlsError << 0
                                    << QList<E::SslError> { E::HostNameMismatch } << 0 << 1000;
    QTest::newRow("cancel while waiting") << Fault::CancelWhileWaiting << 1500 << 1500 << O::Cancelled << 0 << none << 140 << 600;
    QTest::newRow("secrets redacted in transcript") << Fault::SecretsRedacted << 1000 << 1500 << O::Ok << 200 << none << 0 << 500;
}

void TestHttpProbe::probe()
{
    QFETCH(Fault, fault);
    QFETCH(int, transferTimeoutMs);
    QFETCH(int, deadlineMs);
    QFETCH(ProbeResult::Outcome, outcome);
    QFETCH(int, status);
    QFETCH(QList<QSslError::SslError>, tlsErrors);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);

    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                           "<Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>";
    const QByteArray ok = response(200, "OK", { "Content-Type: text/plain" }, "hello");

    std::unique_ptr<FaultServer> server;
    switch (fault) {
    case Fault::Refused:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Silent);
        QVERIFY(server->start());
        server->close(); // the port was free a moment ago and nothing listens on it now
        break;
    case Fault::Silent:
    case Fault::CancelWhileWaiting:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Silent);
        break;
    case Fault::DripPastDeadline:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Drip, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
        server->setDripInterval(50); // always faster than the transfer timeout, never done
        break;
    case Fault::DripStall:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Drip, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
        server->setDripInterval(2000); // the gap between bytes is longer than the transfer timeout
        break;
    case Fault::Truncated:
        server = std::make_unique<FaultServer>(
            FaultServer::Mode::Respond, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(100, 'a'));
        server->setCloseAfterResponse(true);
        break;
    case Fault::ClosedWithoutAnswer:
        server = std::make_unique<FaultServer>(FaultServer::Mode::CloseWithoutAnswer);
        break;
    case Fault::ServerError:
        server = std::make_unique<FaultServer>(
            FaultServer::Mode::Respond, response(503, "Service Unavailable", { "Retry-After: 1" }, "busy"));
        break;
    case Fault::ForbiddenXml:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Respond,
            response(403, "Forbidden", { "Content-Type: application/xml", "x-amz-request-id: 4442587FB7D0A2F9" }, xml));
        break;
    case Fault::RedirectOtherHost:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Respond,
            response(301, "Moved Permanently", { "Location: http://other-host.example:8080/bucket/key" }, {}));
        break;
    case Fault::RedirectSameHost:
        server = std::make_unique<FaultServer>(
            FaultServer::Mode::Respond, response(307, "Temporary Redirect", { "Location: /moved/key" }, {}));
        break;
    case Fault::BodyOverCap:
        server = std::make_unique<FaultServer>(FaultServer::Mode::Respond, response(200, "OK", {}, QByteArray(64 * 1024, 'b')));
        break;
    case Fault::TlsValid:
    case Fault::TlsSelfSigned:
    case Fault::TlsExpired:
    case Fault::TlsWrongHost: {
        server = std::make_unique<FaultServer>(FaultServer::Mode::Respond, ok);
        const QSslCertificate &cert = fault == Fault::TlsValid ? m_valid
            : fault == Fault::TlsSelfSigned                    ? m_selfSigned
            : fault == Fault::TlsExpired                       ? m_expired
                                                               : m_wrongHost;
        server->setTls(cert, m_leafKey);
        break;
    }
    case Fault::SecretsRedacted:
        server = std::make_unique<FaultServer>(
            FaultServer::Mode::Respond, response(200, "OK", { "Set-Cookie: session=" + kSecurityToken }, "ok"));
        break;
    }
    if (fault != Fault::Refused)
        QVERIFY(server->start());

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy); // 127.0.0.1 only, whatever the environment says

    ProbeRequest request;
    request.url = server->url();
    request.transferTimeoutMs = transferTimeoutMs;
    request.deadlineMs = deadlineMs;
    request.caCertificates = { m_ca };
    if (fault == Fault::BodyOverCap)
        request.bodyCap = 1024;
    if (fault == Fault::SecretsRedacted) {
        request.url.setQuery(QStringLiteral("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=")
            + QString::fromLatin1(kQuerySignature) + QStringLiteral("&X-Amz-Security-Token=") + QString::fromLatin1(kQueryToken));
        request.headers = {
            { "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, "
                "SignedHeaders=host;x-amz-date;x-amz-security-token, Signature="
                    + kAuthSignature },
            { "X-Amz-Security-Token", kSecurityToken },
            { "X-Amz-Date", "20260101T000000Z" },
        };
    }

    HttpProbe probe(&nam);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    QElapsedTimer wall;
    wall.start();
    QVERIFY(probe.start(request));
    QVERIFY(probe.isRunning());
    if (fault == Fault::CancelWhileWaiting) {
        QTimer::singleShot(150, &probe, [&probe, &spy] {
            probe.cancel();
            QCOMPARE(spy.count(), 1); // reported before cancel() returns
        });
    }
    QVERIFY(spy.wait(maxMs + 2000));
    const qint64 wallMs = wall.elapsed();
    QCOMPARE(spy.count(), 1);
    const auto r = spy.takeFirst().at(0).value<ProbeResult>();
    qInfo("%s after %lld ms", QMetaEnum::fromType<ProbeResult::Outcome>().valueToKey(int(r.outcome)),
        static_cast<long long>(r.elapsedMs));

    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.httpStatus, status);
    QVERIFY2(r.elapsedMs >= minMs, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.elapsedMs <= maxMs && wallMs <= maxMs, qPrintable(QString::number(wallMs)));
    QVERIFY(!probe.isRunning());
    QVERIFY(!probe.start(request)); // one request per probe
    QTest::qWait(20);
    QCOMPARE(spy.count(), 0); // finished() only once

    QList<QSslError::SslError> gotTls = r.tls.errors;
    std::sort(gotTls.begin(), gotTls.end());
    std::sort(tlsErrors.begin(), tlsErrors.end());
    QCOMPARE(gotTls, tlsErrors);

    // The transcript is there in every case, status included.
    QCOMPARE(r.transcript.method, QStringLiteral("GET"));
    QCOMPARE(r.transcript.httpStatus, r.httpStatus);

    switch (fault) {
    case Fault::Refused:
    case Fault::ClosedWithoutAnswer:
    case Fault::Truncated:
        QCOMPARE(r.timeout, ProbeResult::TimeoutKind::None);
        if (fault == Fault::Truncated)
            QVERIFY(r.body.size() <= 100);
        break;
    case Fault::Silent:
    case Fault::DripStall:
        QCOMPARE(r.timeout, ProbeResult::TimeoutKind::Inactivity);
        break;
    case Fault::DripPastDeadline:
        QCOMPARE(r.timeout, ProbeResult::TimeoutKind::Deadline);
        QVERIFY2(r.body.size() >= 5, qPrintable(QString::number(r.body.size()))); // bytes did keep arriving
        break;
    case Fault::CancelWhileWaiting:
        QCOMPARE(r.timeout, ProbeResult::TimeoutKind::None);
        QCOMPARE(server->requests, 1);
        break;
    case Fault::ServerError:
        QCOMPARE(r.body, QByteArray("busy"));
        QCOMPARE(r.header("retry-after"), QByteArray("1"));
        break;
    case Fault::ForbiddenXml:
        QCOMPARE(r.body, xml);
        QCOMPARE(r.header("X-Amz-Request-Id"), QByteArray("4442587FB7D0A2F9"));
        QVERIFY(!r.bodyCapped);
        break;
    case Fault::RedirectOtherHost:
        QCOMPARE(r.redirectTarget, QUrl(QStringLiteral("http://other-host.example:8080/bucket/key")));
        QVERIFY(r.redirectToOtherHost);
        QVERIFY(!r.redirectDowngrade);
        QTest::qWait(100);
        QCOMPARE(server->requests, 1); // not followed
        break;
    case Fault::RedirectSameHost:
        QCOMPARE(r.redirectTarget, server->url(QStringLiteral("/moved/key")));
        QVERIFY(!r.redirectToOtherHost);
        QTest::qWait(100);
        QCOMPARE(server->requests, 1); // reported, not followed either
        break;
    case Fault::BodyOverCap:
        QVERIFY(r.bodyCapped);
        QCOMPARE(r.body, QByteArray(1024, 'b'));
        break;
    case Fault::TlsValid:
        QVERIFY(r.tls.encrypted);
        QCOMPARE(r.body, QByteArray("hello"));
        QCOMPARE(r.tls.issuer, QStringLiteral("Bucket Doctor Test CA"));
        break;
    case Fault::TlsSelfSigned:
        QVERIFY(r.tls.selfSigned);
        QCOMPARE(r.tls.subject, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.tls.issuer, QStringLiteral("127.0.0.1"));
        QCOMPARE(server->requests, 0); // nothing was sent over the refused connection
        break;
    case Fault::TlsExpired:
        QCOMPARE(r.tls.notAfter, QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.tls.issuer, QStringLiteral("Bucket Doctor Test CA"));
        QVERIFY(!r.tls.hostMismatch);
        QCOMPARE(server->requests, 0);
        break;
    case Fault::TlsWrongHost:
        QVERIFY(r.tls.hostMismatch);
        QCOMPARE(r.tls.expectedHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.tls.subject, QStringLiteral("other.example"));
        QCOMPARE(r.tls.subjectAltNames, QStringList { QStringLiteral("DNS:other.example") });
        QCOMPARE(server->requests, 0);
        break;
    case Fault::SecretsRedacted: {
        // They really went out...
        QVERIFY(server->lastRequest.contains(kAuthSignature));
        QVERIFY(server->lastRequest.contains(kSecurityToken));
        QVERIFY(server->lastRequest.contains(kQuerySignature));
        QVERIFY(server->lastRequest.contains(kQueryToken));
        // ...and none of them is in the transcript, while what support needs stays.
        const QString text = transcriptText(r.transcript);
        for (const QByteArray &secret : { kAuthSignature, kSecurityToken, kQuerySignature, kQueryToken })
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AKIAIOSFODNN7EXAMPLE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("X-Amz-Date: 20260101T000000Z")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("X-Amz-Algorithm=AWS4-HMAC-SHA256")), qPrintable(text));
        break;
    }
    }
}

void TestHttpProbe::destroyWhileRunning()
{
    FaultServer server(FaultServer::Mode::Silent);
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    int finishedCount = 0;
    {
        auto *probe = new HttpProbe(&nam);
        connect(probe, &HttpProbe::finished, this, [&finishedCount] { ++finishedCount; });
        ProbeRequest request;
        request.url = server.url();
        request.transferTimeoutMs = 300;
        QVERIFY(probe->start(request));
        QTRY_COMPARE(server.requests, 1);
        delete probe;
    }
    QTRY_COMPARE(server.closedConnections, 1); // the connection went with the probe
    QTest::qWait(400); // past the transfer timeout: nothing fires late
    QCOMPARE(finishedCount, 0);
}

void TestHttpProbe::startTwiceIsRefused()
{
    FaultServer server(FaultServer::Mode::Respond, response(204, "No Content", {}, {}));
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    HttpProbe probe(&nam);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    ProbeRequest request;
    request.method = "HEAD";
    request.url = server.url();
    QVERIFY(probe.start(request));
    QVERIFY(!probe.start(request));
    QVERIFY(spy.wait(2000));
    const auto r = spy.takeFirst().at(0).value<ProbeResult>();
    QCOMPARE(r.outcome, ProbeResult::Outcome::Ok);
    QCOMPARE(r.httpStatus, 204);
    QCOMPARE(r.transcript.method, QStringLiteral("HEAD"));
    QCOMPARE(server.requests, 1);
}

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "TestHttpProbe.moc"
