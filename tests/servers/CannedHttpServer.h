#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A loopback HTTP server for tests: answers every request with one canned response and keeps the
// request heads it saw. Listens on 127.0.0.1 only, on a free port.
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QByteArray response, QObject *parent = nullptr);
    QString endpoint() const; // http://127.0.0.1:<port>
    QList<QByteArray> requests;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QByteArray m_response;
};
