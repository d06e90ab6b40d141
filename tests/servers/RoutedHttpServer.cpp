#include "servers/RoutedHttpServer.h"

#include <QTcpSocket>

#include <memory>

namespace {
// Parses one request out of `buffer` when all of it (head and Content-Length body) has arrived.
bool takeRequest(QByteArray *buffer, RoutedHttpServer::Request *request)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = buffer->left(end);
    const QList<QByteArray> lines = head.split('\n');
    RoutedHttpServer::Request r;
    r.head = head;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    r.target = requestLine.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer->size() < end + 4 + length)
        return false;
    r.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    *request = r;
    return true;
}
}

bool RoutedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RoutedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RoutedHttpServer::RoutedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
}

void RoutedHttpServer::route(const QByteArray &method, const QByteArray &target, const QByteArray &response, const QByteArray &header,
                             bool headerPresent)
{
    m_routes.append({method, target, header, headerPresent, response});
}

QString RoutedHttpServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

QList<RoutedHttpServer::Request> RoutedHttpServer::matching(const QByteArray &method, const QByteArray &target) const
{
    QList<Request> found;
    for (const Request &r : requests) {
        if ((method.isEmpty() || r.method == method) && r.target.contains(target))
            found.append(r);
    }
    return found;
}

QByteArray RoutedHttpServer::answer(int status, const QByteArray &reasonPhrase, const QByteArray &body, const QList<QByteArray> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase + "\r\n";
    bool hasLength = false;
    for (const QByteArray &h : headers) {
        out += h + "\r\n";
        hasLength |= h.startsWith("Content-Length:");
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "Connection: close\r\n\r\n" + body;
}

QByteArray RoutedHttpServer::xmlAnswer(int status, const QByteArray &reasonPhrase, const QByteArray &body, const QList<QByteArray> &headers)
{
    return answer(status, reasonPhrase, body, QList<QByteArray>{"Content-Type: application/xml"} + headers);
}

const RoutedHttpServer::Route *RoutedHttpServer::find(const Request &request) const
{
    for (const Route &route : m_routes) {
        if (!route.method.isEmpty() && route.method != request.method)
            continue;
        if (!route.target.isEmpty() && !request.target.contains(route.target))
            continue;
        if (!route.header.isEmpty() && request.hasHeader(route.header) != route.headerPresent)
            continue;
        return &route;
    }
    return nullptr;
}

void RoutedHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto buffer = std::make_shared<QByteArray>();
    auto silent = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, silent] {
        buffer->append(socket->readAll());
        if (*silent)
            return;
        Request request;
        if (!takeRequest(buffer.get(), &request))
            return;
        requests.append(request);
        const Route *route = find(request);
        const QByteArray response = route ? route->response : answer(404, "Not Found", "no route");
        if (response.isEmpty()) {
            *silent = true; // a hanging server: keep the connection, say nothing
            return;
        }
        socket->write(response);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
