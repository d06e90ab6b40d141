#pragma once

#include "EmulatorRequest.h"
#include "EmulatorResponse.h"
#include "EmulatorScenario.h"

#include <QDateTime>

// Who sent a request, and how it was authenticated.
struct EmulatorAuthResult {
    enum class Kind { Anonymous, AuthorizationHeader, SignedUrl };
    Kind kind = Kind::Anonymous;
    const EmulatorKey *key = nullptr; // points into the scenario; null when anonymous
    EmulatorError error; // set when authentication failed
    QString stringToSign; // what the server signed (for the tests' diagnostics)
};

// Verifies COS q-sign, OSS V1 and OSS V4 signatures the way the servers do: over exactly the
// headers and parameters the client declared (q-header-list, q-url-param-list, AdditionalHeaders),
// so the core signers, which always choose their own lists, cannot be reused for verification; the
// strings are rebuilt here from providers.md §2 with the SignUtil hashing helpers.
class EmulatorAuthenticator
{
public:
    EmulatorAuthenticator(
        const EmulatorScenario &scenario, const EmulatorRequest &request, const QString &objectKey, const QDateTime &serverNow);

    EmulatorAuthResult authenticate() const;

    // RFC 3986 encoding as the servers compare it (unreserved A-Za-z0-9-_.~ kept).
    static QString encode(const QString &text, bool keepSlash = false);

private:
    EmulatorAuthResult cos() const;
    EmulatorAuthResult ossV1() const;
    EmulatorAuthResult ossV4() const;
    EmulatorError cosError(const QString &code, const QString &message) const;
    EmulatorError ossError(const QString &code, const QString &message, const QString &ec) const;
    // The checks shared by every form once the key id is known; returns an unset error on success.
    EmulatorError checkKeyAndToken(const EmulatorKey *key, const QString &keyId, const QString &token) const;
    EmulatorError ossSkew(const QDateTime &requestTime) const;

    const EmulatorScenario &m_scenario;
    const EmulatorRequest &m_request;
    QString m_objectKey;
    QDateTime m_now;
};
