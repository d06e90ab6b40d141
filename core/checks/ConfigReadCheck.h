#pragma once

#include "checks/ProbeCheck.h"

// A check that reads one piece of the bucket's configuration (GET /?<sub-resource>, signed, with
// the admin identity when there is one) and explains it. The base settles what every such read
// shares: no answer (error, the probe's outcome), a store without the API (skipped,
// not_implemented), no permission (warn, not_permitted), any other error (error, its code). The
// subclass reads the 2xx answer, and the 404 where the provider answers so for "not set".
class ConfigReadCheck : public ProbeCheck
{
    Q_OBJECT

public:
    using ProbeCheck::ProbeCheck;

    QList<PlannedRequest> plannedRequests(const CheckContext &context) const override;

protected:
    struct Api {
        const char *subresource; // "acl", "policy", "encryption"
        const char *cos;         // the permission each provider names for it
        const char *oss;
        const char *s3;
    };
    virtual Api api() const = 0;
    virtual bool notFoundIsAnswer() const { return false; }
    // A 2xx answer, or a 404 when notFoundIsAnswer().
    virtual void interpretConfig(const ProbeResult &probe, CheckResult &result) = 0;
    // After not_permitted was set: what can still be said without the configuration.
    virtual void afterNotPermitted(CheckResult &result) { Q_UNUSED(result) }

    bool needsKey() const override { return true; }
    bool readsConfiguration() const override { return true; }
    ProbeRequest request(const CheckContext &context) const override;
    void interpret(const ProbeResult &probe, CheckResult &result) final;
};
