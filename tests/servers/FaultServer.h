#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback test server with one misbehaviour, on 127.0.0.1 and a free port: plain TCP, or TLS
// when a certificate is set. Shared by the probe's and the check suite's fault tests.
class FaultServer : public QTcpServer
{
public:
    enum class Mode {
        Respond, // write `response` once the request headers are in
        Silent, // read the request, never answer
        CloseWithoutAnswer, // read the request, close the connection
        Drip, // write `response`, then one byte every dripIntervalMs, forever
    };

    explicit FaultServer(Mode mode, QByteArray response = {});

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QStringLiteral("/bucket/key")) const;
    QString endpoint() const; // scheme://127.0.0.1:port

    void setTls(const QSslCertificate &cert, const QSslKey &key);
    void setCloseAfterResponse(bool close) { m_closeAfterResponse = close; }
    void setDripInterval(int ms) { m_dripIntervalMs = ms; }

    int requests = 0;
    int closedConnections = 0;
    QByteArray lastRequest;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *s);

    Mode m_mode;
    QByteArray m_response;
    bool m_closeAfterResponse = false;
    int m_dripIntervalMs = 100;
    bool m_tls = false;
    QSslCertificate m_cert;
    QSslKey m_key;
};
