#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the emulated bucket decides for CORS, referer and bucket policy, written down by the
// scenario's author as a small table instead of computed by core's evaluators. The emulator serves
// the provider's own configuration (CORS XML, referer XML, policy JSON) to the live checks, which
// read it with core's evaluators; it answers the requests themselves from this table. So when core
// misreads a provider's rules, the checks and the emulator disagree and a test fails, instead of
// both sides sharing the misreading.
//
// Matching is deliberately plain: exact strings (origins, methods, referer hosts, principals,
// actions) and a literal "*" row that stands for "anything else". No wildcard patterns, no
// provider semantics beyond the table.
//
// Scenario JSON, next to "cors", "referer" and "policy":
//   "oracle": {
//     "cors": [{"origin": "https://app.example.com" | "*", "methods": ["GET"], "headers": ["*"] | ["content-type"],
//               "expose": ["ETag"], "maxAgeSeconds": 600}],                // first row that matches allows
//     "referer": [{"host": "www.example.com" | "" (no Referer) | "*", "decision": "allow" | "deny",
//                  "ec": "0003-00000503"}],                                 // first row that matches decides
//     "policy": [{"principal": "<uin>" | "anonymous" | "*", "actions": ["GetObject"], "effect": "allow" | "deny"}]
//   }
class EmulatorOracle
{
public:
    struct CorsRow {
        QString origin;
        QStringList methods;
        QStringList headers; // lower case; "*": any
        QStringList expose;
        int maxAgeSeconds = -1;
    };
    struct RefererRow {
        QString host;
        bool allow = true;
        QString ec; // OSS: the EC of the refusal
    };
    enum class PolicyEffect { None, Allow, Deny };

    // Reads the "oracle" object. Returns false with *error when a row is malformed.
    bool read(const QJsonObject &oracle, QString *error);

    bool hasCors() const { return m_hasCors; }
    bool hasReferer() const { return m_hasReferer; }
    bool hasPolicy() const { return m_hasPolicy; }

    // The row that allows a browser request, or null: refused.
    const CorsRow *cors(const QString &origin, const QString &method, const QStringList &requestHeaders) const;
    // The row that decides a Referer value (empty: none sent), or null when no row matches: allowed.
    const RefererRow *referer(const QString &refererHeader) const;
    // Deny when a deny row names the principal (or "*") and the action; else Allow when an allow row
    // does; else None. An empty principal is an anonymous request.
    PolicyEffect policy(const QString &principal, const QString &action) const;

private:
    struct PolicyRow {
        QString principal;
        QStringList actions;
        bool deny = false;
    };
    QList<CorsRow> m_cors;
    QList<RefererRow> m_referer;
    QList<PolicyRow> m_policy;
    bool m_hasCors = false;
    bool m_hasReferer = false;
    bool m_hasPolicy = false;
};
