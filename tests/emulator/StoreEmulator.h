#pragma once

#include "EmulatorAuthenticator.h"
#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "EmulatorScenario.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A Tencent COS or Alibaba OSS bucket on 127.0.0.1, driven by one scenario (README.md next to this
// file). It authenticates with the providers' signature schemes and answers with the providers'
// headers and exact error bodies, so live checks can be tested without a cloud account. Bucket
// policy, referer and CORS are decided by the scenario's own table (EmulatorOracle), never by core's
// evaluators: when core misreads a provider's configuration, a test against the emulator fails.
//
// Usage:
//   EmulatorScenario scenario;
//   EmulatorScenario::load(path, &scenario, &error);
//   StoreEmulator emulator(scenario);
//   emulator.listen(); // free port
//   … requests to http://127.0.0.1:<emulator.port()>/<bucket>/<key> or with the bucket's own Host …
//
// Decision order per request: wrong endpoint, OPTIONS preflight, authentication (key, token, time,
// signature), referer, authorisation, then the operation.
class StoreEmulator : public QObject
{
    Q_OBJECT

public:
    explicit StoreEmulator(const EmulatorScenario &scenario, QObject *parent = nullptr);
    ~StoreEmulator() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

    // Added to the scenario's delayMs before every response.
    void setExtraDelayMs(int milliseconds);
    // Added before the answers to one method only, after the request has taken effect: a PUT that
    // stores its object at once and then answers slowly, as a client's deadline runs out.
    void setMethodDelayMs(const QString &method, int milliseconds);
    int requestCount() const { return m_requestCount; }
    const EmulatorScenario &scenario() const { return m_scenario; }

    // Computes the answer to one request without the network; the server itself goes through here.
    EmulatorResponse respond(const EmulatorRequest &request);

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;
    };
    enum class Scope { Bucket, Object };
    struct Operation {
        QString action; // API name without the provider prefix, e.g. "GetObject", "GetBucketCors"
        Scope scope = Scope::Object;
        bool read = false; // what a public-read ACL or a READ grant allows
        bool write = false; // what public-read-write or WRITE allows
    };

    void onNewConnection();
    void processNext(QTcpSocket *socket);
    void send(QTcpSocket *socket, const EmulatorResponse &response);

    EmulatorResponse dispatch(const EmulatorRequest &request, const QString &key, const QDateTime &now);
    EmulatorResponse preflight(const EmulatorRequest &request);
    EmulatorResponse runOperation(
        const Operation &operation, const EmulatorRequest &request, const QString &key, const QDateTime &now);
    Operation operationFor(const EmulatorRequest &request, const QString &key) const;
    EmulatorError authorise(const Operation &operation, const EmulatorAuthResult &auth) const;
    EmulatorError wrongEndpoint(const EmulatorRequest &request) const;
    EmulatorError refererDenied(const EmulatorRequest &request, const EmulatorAuthResult &auth) const;
    EmulatorError providerError(int status, const QString &code, const QString &message, const QString &ec) const;
    void addCommonHeaders(const QString &requestId, const QDateTime &now, EmulatorResponse *response) const;
    void addCorsHeaders(const EmulatorRequest &request, EmulatorResponse *response) const;
    void addObjectHeaders(const EmulatorObject &object, const QDateTime &now, EmulatorResponse *response) const;
    QString principalOf(const EmulatorKey *key) const;
    QString newRequestId();
    int findObject(const QString &key) const;

    EmulatorScenario m_scenario;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, int> m_methodDelayMs;
    int m_extraDelayMs = 0;
    int m_requestCount = 0;
    quint64 m_requestSerial = 0;
    QString m_requestId; // of the request being answered, for the error bodies
};
