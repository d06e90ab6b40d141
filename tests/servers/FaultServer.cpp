#include "servers/FaultServer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

FaultServer::FaultServer(Mode mode, QByteArray response)
    : m_mode(mode)
    , m_response(std::move(response))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection())
            serve(s);
    });
}

QUrl FaultServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(serverPort());
    u.setPath(path);
    return u;
}

QString FaultServer::endpoint() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(serverPort());
}

void FaultServer::setTls(const QSslCertificate &cert, const QSslKey &key)
{
    m_tls = true;
    m_cert = cert;
    m_key = key;
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_cert);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->startServerEncryption();
    addPendingConnection(socket);
}

void FaultServer::serve(QTcpSocket *s)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(s, &QTcpSocket::disconnected, this, [this, s] {
        ++closedConnections;
        s->deleteLater();
    });
    connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
        buffer->append(s->readAll());
        if (!buffer->contains("\r\n\r\n") || buffer->isEmpty())
            return;
        ++requests;
        lastRequest = *buffer;
        buffer->clear();
        switch (m_mode) {
        case Mode::Silent:
            break;
        case Mode::CloseWithoutAnswer:
            s->disconnectFromHost();
            break;
        case Mode::Respond:
            s->write(m_response);
            if (m_closeAfterResponse)
                s->disconnectFromHost();
            break;
        case Mode::Drip: {
            s->write(m_response);
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("x", 1); });
            timer->start(m_dripIntervalMs);
            break;
        }
        }
    });
}
