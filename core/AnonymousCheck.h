#pragma once

#include "LiveCheck.h"

#include <memory>

class HttpProbe;

// `anonymous`: what an unsigned GET gets, on the object when one is named, else on the bucket.
// reason: public (pass: readable without a signature), private (pass: AccessDenied, as a private
// bucket answers), denied_other (warn: another 403 code, e.g. a referer or CORS refusal),
// not_found (warn), or the probe's outcome id (error). facts: httpStatus, code, message, requestId.
class AnonymousCheck : public LiveCheck
{
    Q_OBJECT

public:
    explicit AnonymousCheck(QObject *parent = nullptr);
    ~AnonymousCheck() override;

    QString id() const override { return QStringLiteral("anonymous"); }
    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;
    QString cannotRun(const CheckContext &context) const override;
    void start(const CheckContext &context, const QHash<QString, CheckResult> &earlier) override;
    void cancel() override;

private:
    std::unique_ptr<HttpProbe> m_probe;
};
