#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>

// A loopback HTTP server for tests that picks its canned answer by request: the first route whose
// method, target and header condition all match wins; a request no route matches gets a plain 404.
// Every answer is written as given and the connection is closed after it (give "Connection: close"
// in the canned bytes so the client does not wait for more). An empty response never answers: the
// connection stays open and silent, as a hanging server would. Listens on 127.0.0.1 only, on a
// free port, and keeps every request it saw (head and body).
//
// Usage:
//   RoutedHttpServer server;
//   server.route("GET", "?acl", RoutedHttpServer::answer(200, "OK", aclXml));
//   server.route("GET", "/a.jpg", RoutedHttpServer::answer(403, "Forbidden", body), "Referer", true);
//   context.endpoint = server.endpoint();
class RoutedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Route {
        QByteArray method;      // empty: any method
        QByteArray target;      // a substring the request target (path and query) must contain; empty: any
        QByteArray header;      // a header that must be present (or absent); empty: no condition
        bool headerPresent = true;
        QByteArray response;    // empty: accept the request and never answer
    };

    struct Request {
        QByteArray method;
        QByteArray target;      // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray head;        // the request line and headers, as received
        bool hasHeader(const QByteArray &name) const;
        QByteArray header(const QByteArray &name) const; // first value, case-insensitive
    };

    explicit RoutedHttpServer(QObject *parent = nullptr);

    void addRoute(const Route &route) { m_routes.append(route); }
    void addRoutes(const QList<Route> &routes) { m_routes.append(routes); }
    void route(const QByteArray &method, const QByteArray &target, const QByteArray &response, const QByteArray &header = {},
               bool headerPresent = true);
    QString endpoint() const; // http://127.0.0.1:<port>

    QList<Request> requests;
    // The requests with this method (empty: any) whose target contains `target`.
    QList<Request> matching(const QByteArray &method, const QByteArray &target = {}) const;

    // A whole response with Content-Length and Connection: close. `headers` are "Name: value" lines
    // without line ends. For an answer to HEAD, give an empty body and any Content-Length in headers.
    static QByteArray answer(int status, const QByteArray &reasonPhrase, const QByteArray &body = {},
                             const QList<QByteArray> &headers = {});
    static QByteArray xmlAnswer(int status, const QByteArray &reasonPhrase, const QByteArray &body,
                                const QList<QByteArray> &headers = {});

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    const Route *find(const Request &request) const;

    QList<Route> m_routes;
};
