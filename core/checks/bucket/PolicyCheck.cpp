#include "checks/bucket/PolicyCheck.h"

#include "checks/CheckTarget.h"
#include "rules/PolicyEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
// COS writes the element names in lower case, OSS and S3 capitalised.
QJsonValue member(const QJsonObject &object, const QString &name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString())
        out->append(value.toString());
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collectStrings(v, out);
}

bool isEveryone(const QString &principal)
{
    return principal == QLatin1String("*") || principal.contains(QLatin1String("anyone"));
}

bool isNetworkKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("ip")) || k.contains(QLatin1String("vpc"));
}
}

void PolicyCheck::interpretConfig(const ProbeResult &probe, CheckResult &result)
{
    if (probe.httpStatus == 404) {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("no_policy");
        return;
    }
    const CheckContext &c = context();
    const Provider provider = Providers::fromId(c.provider);
    const QJsonDocument document = QJsonDocument::fromJson(probe.body);
    if (!document.isObject()) {
        result.status = CheckResult::Status::Error;
        result.reason = QStringLiteral("invalid");
        return;
    }
    const QJsonArray statements = member(document.object(), QStringLiteral("Statement")).toArray();
    result.facts.append({QStringLiteral("statements"), QString::number(statements.size())});

    PolicyRequest request;
    request.action = c.objectKey.isEmpty() ? QStringLiteral("ListBucket") : QStringLiteral("GetObject");
    if (provider == Provider::Cos && c.objectKey.isEmpty())
        request.action = QStringLiteral("GetBucket");
    if (provider == Provider::Oss && c.objectKey.isEmpty())
        request.action = QStringLiteral("ListObjects");
    // A bucket action names the bucket itself: "bucket" in OSS and S3 resources, "bucket/" in COS
    // ones (providers.md §5); an object action names "bucket/key".
    request.resource = c.bucket + u'/' + c.objectKey;
    if (c.objectKey.isEmpty() && provider != Provider::Cos)
        request.resource = c.bucket;
    // Where the failing request came from is not known here: conditions on it decide nothing.
    request.unknownKeys = {QStringLiteral("SourceIp"), QStringLiteral("SourceVpc"), QStringLiteral("SourceVpce")};
    if (!c.referer.isEmpty())
        request.context.insert(QStringLiteral("Referer"), c.referer);
    request.context.insert(QStringLiteral("SecureTransport"),
                           CheckTarget::url(c).scheme() == QLatin1String("https") ? QStringLiteral("true") : QStringLiteral("false"));

    // The principals to try: anonymous, then each one a Deny statement names.
    QStringList principals{QString()};
    QSet<QString> conditionKeys;
    for (const QJsonValue &value : statements) {
        const QJsonObject statement = value.toObject();
        const QJsonObject condition = member(statement, QStringLiteral("Condition")).toObject();
        for (const QJsonValue &op : condition)
            for (const QString &key : op.toObject().keys())
                if (isNetworkKey(key))
                    conditionKeys.insert(key);
        if (member(statement, QStringLiteral("Effect")).toString().compare(QLatin1String("deny"), Qt::CaseInsensitive) != 0)
            continue;
        QStringList named;
        collectStrings(member(statement, QStringLiteral("Principal")), &named);
        for (const QString &p : std::as_const(named))
            if (!isEveryone(p) && !principals.contains(p))
                principals << p;
    }

    bool undetermined = false;
    bool anonymousAllowed = false;
    for (const QString &principal : std::as_const(principals)) {
        request.principal = principal;
        const PolicyResult r = PolicyEvaluator::evaluate(provider, probe.body, request);
        if (r.decision == PolicyDecision::Invalid) {
            result.status = CheckResult::Status::Error;
            result.reason = QStringLiteral("invalid");
            result.facts.append({QStringLiteral("detail"), r.detail});
            return;
        }
        if (r.decision == PolicyDecision::ExplicitDeny) {
            result.status = CheckResult::Status::Fail;
            result.reason = QStringLiteral("explicit_deny");
            result.facts.append({QStringLiteral("deniedPrincipal"), principal.isEmpty() ? QStringLiteral("anonymous") : principal});
            result.facts.append({QStringLiteral("statementIndex"), QString::number(r.statementIndex)});
            if (!r.sid.isEmpty())
                result.facts.append({QStringLiteral("sid"), r.sid});
            return;
        }
        if (r.decision == PolicyDecision::Undetermined && r.reason == PolicyReason::UnknownConditionValue
            && result.fact(QStringLiteral("condition")).isEmpty())
            result.facts.append({QStringLiteral("condition"), r.detail});
        undetermined |= r.decision == PolicyDecision::Undetermined;
        anonymousAllowed |= principal.isEmpty() && r.decision == PolicyDecision::Allow;
    }
    QStringList keys(conditionKeys.cbegin(), conditionKeys.cend());
    keys.sort();
    for (const QString &key : std::as_const(keys))
        result.facts.append({QStringLiteral("conditionKey"), key});
    if (!keys.isEmpty()) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("network_condition");
    } else if (undetermined) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("undetermined");
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = anonymousAllowed ? QStringLiteral("public_by_policy") : QStringLiteral("no_deny");
    }
}
