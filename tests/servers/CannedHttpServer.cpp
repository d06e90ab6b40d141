#include "servers/CannedHttpServer.h"

#include <QTcpSocket>

CannedHttpServer::CannedHttpServer(QByteArray response, QObject *parent)
    : QTcpServer(parent)
    , m_response(std::move(response))
{
    listen(QHostAddress::LocalHost, 0);
}

QString CannedHttpServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void CannedHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n"))
            return;
        requests.append(buffer->left(buffer->indexOf("\r\n\r\n")));
        buffer->clear();
        socket->write(m_response);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
