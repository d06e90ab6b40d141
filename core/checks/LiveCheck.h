#pragma once

#include "checks/CheckResult.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

// The inputs every check may use. The network manager is passed in, never global, so tests can
// give a manager of their own and the GUI one with its proxy settings.
struct CheckContext {
    QNetworkAccessManager *network = nullptr;
    QString provider;  // cos, oss, s3
    QString endpoint;
    QString bucket;
    QString objectKey;
    QString region;
    bool pathStyle = false;
    QString accessKeyId;
    QString secretKey;
    QString securityToken;
    // OSS only: the signature the checks sign with. V4 by default: OSS refuses V1 for accounts
    // created since 2025-03-01 and buckets created since 2025-09-01; 1 for stores that need V1.
    int ossSignatureVersion = 4;
    // Optional: an identity that may read the bucket's configuration (ACL, policy, CORS and referer
    // rules, encryption), when the identity that failed may not. Requests that test the failing
    // identity itself never use it.
    QString adminAccessKeyId;
    QString adminSecretKey;
    QString adminSecurityToken;
    QString origin;
    QString requestMethod;
    QStringList requestHeaders;
    QString referer;
    // The write probe (PUT a small object, then DELETE it) runs only when the user opts in.
    bool allowWrite = false;
    int requestTimeoutMs = 10000;
    int checkTimeoutMs = 30000;
};

// One live check: a small object with one result type. It declares its requests before running,
// may say it cannot run for lack of input, and emits finished() exactly once.
//
//   check->plannedRequests(context)   shown to the user first
//   check->cannotRun(context)         non-empty: the runner reports "skipped" with that reason
//   check->start(context, earlier)    earlier holds the results of the checks it depends on
//   … finished(result)
class LiveCheck : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~LiveCheck() override = default;

    virtual QString id() const = 0;
    virtual QStringList dependsOn() const { return {}; }
    virtual QList<PlannedRequest> plannedRequests(const CheckContext &context) const = 0;
    virtual QString cannotRun(const CheckContext &context) const
    {
        Q_UNUSED(context)
        return {};
    }
    virtual void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) = 0;
    // Stops the requests under way; the check then emits nothing more.
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(const CheckResult &result);
};
