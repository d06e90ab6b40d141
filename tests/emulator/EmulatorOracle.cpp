#include "EmulatorOracle.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace {
QStringList strings(const QJsonValue &value, bool lower = false)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << (lower ? item.toString().toLower() : item.toString());
    return out;
}
}

bool EmulatorOracle::read(const QJsonObject &oracle, QString *error)
{
    m_hasCors = oracle.contains(QStringLiteral("cors"));
    const QJsonArray cors = oracle.value(QStringLiteral("cors")).toArray();
    for (const QJsonValue &value : cors) {
        const QJsonObject o = value.toObject();
        CorsRow row;
        row.origin = o.value(QStringLiteral("origin")).toString();
        row.methods = strings(o.value(QStringLiteral("methods")));
        row.headers = strings(o.value(QStringLiteral("headers")), true);
        row.expose = strings(o.value(QStringLiteral("expose")));
        row.maxAgeSeconds = o.value(QStringLiteral("maxAgeSeconds")).toInt(-1);
        if (row.origin.isEmpty() || row.methods.isEmpty()) {
            *error = QStringLiteral("oracle.cors: a row needs an origin and methods");
            return false;
        }
        m_cors.append(row);
    }
    m_hasReferer = oracle.contains(QStringLiteral("referer"));
    const QJsonArray referer = oracle.value(QStringLiteral("referer")).toArray();
    for (const QJsonValue &value : referer) {
        const QJsonObject o = value.toObject();
        const QString decision = o.value(QStringLiteral("decision")).toString();
        if (!o.contains(QStringLiteral("host")) || (decision != QLatin1String("allow") && decision != QLatin1String("deny"))) {
            *error = QStringLiteral("oracle.referer: a row needs a host and a decision allow or deny");
            return false;
        }
        m_referer.append({o.value(QStringLiteral("host")).toString().toLower(), decision == QLatin1String("allow"),
                          o.value(QStringLiteral("ec")).toString()});
    }
    m_hasPolicy = oracle.contains(QStringLiteral("policy"));
    const QJsonArray policy = oracle.value(QStringLiteral("policy")).toArray();
    for (const QJsonValue &value : policy) {
        const QJsonObject o = value.toObject();
        const QString effect = o.value(QStringLiteral("effect")).toString();
        PolicyRow row{o.value(QStringLiteral("principal")).toString(), strings(o.value(QStringLiteral("actions"))),
                      effect == QLatin1String("deny")};
        if (row.principal.isEmpty() || row.actions.isEmpty() || (effect != QLatin1String("allow") && !row.deny)) {
            *error = QStringLiteral("oracle.policy: a row needs a principal, actions and an effect allow or deny");
            return false;
        }
        m_policy.append(row);
    }
    return true;
}

const EmulatorOracle::CorsRow *EmulatorOracle::cors(const QString &origin, const QString &method,
                                                    const QStringList &requestHeaders) const
{
    for (const CorsRow &row : m_cors) {
        if (row.origin != QLatin1String("*") && row.origin != origin)
            continue;
        if (!row.methods.contains(method))
            continue;
        const bool anyHeader = row.headers.contains(QStringLiteral("*"));
        const bool headersOk = std::all_of(requestHeaders.cbegin(), requestHeaders.cend(),
                                           [&](const QString &h) { return anyHeader || row.headers.contains(h.toLower()); });
        if (headersOk)
            return &row;
    }
    return nullptr;
}

const EmulatorOracle::RefererRow *EmulatorOracle::referer(const QString &refererHeader) const
{
    const QString host = refererHeader.isEmpty() ? QString() : QUrl(refererHeader).host().toLower();
    for (const RefererRow &row : m_referer) {
        if (row.host == host || (row.host == QLatin1String("*") && !refererHeader.isEmpty()))
            return &row;
    }
    return nullptr;
}

EmulatorOracle::PolicyEffect EmulatorOracle::policy(const QString &principal, const QString &action) const
{
    const QString who = principal.isEmpty() ? QStringLiteral("anonymous") : principal;
    PolicyEffect effect = PolicyEffect::None;
    for (const PolicyRow &row : m_policy) {
        if ((row.principal != QLatin1String("*") && row.principal != who) || !row.actions.contains(action))
            continue;
        if (row.deny)
            return PolicyEffect::Deny;
        effect = PolicyEffect::Allow;
    }
    return effect;
}
