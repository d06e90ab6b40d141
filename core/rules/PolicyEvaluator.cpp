#include "rules/PolicyEvaluator.h"

#include "common/Wildcard.h"

#include <QHostAddress>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

// Provider rules kept in one place each, so an UNCONFIRMED one is a one-line change.

// IAM: a negated operator (StringNotEquals, NotIpAddress, …) is true when the key is absent from
// the request. COS and OSS: UNCONFIRMED, assumed to follow IAM.
bool missingKeySatisfiesNegatedOperator(Provider)
{
    return true;
}

// OSS [S]: "Principal: *" without a Condition applies to everyone except the bucket owner.
bool unconditionalWildcardSkipsOwner(Provider provider)
{
    return provider == Provider::Oss;
}

// An empty Principal list means "*" on OSS [S]; the others give it no meaning, so it matches nobody.
bool emptyPrincipalListIsEveryone(Provider provider)
{
    return provider == Provider::Oss;
}

bool versionSupported(Provider provider, const QString &version)
{
    switch (provider) {
    case Provider::Cos:
        return version == QLatin1String("2.0");
    case Provider::Oss:
        return version == QLatin1String("1"); // "Version must be 1" [S]
    case Provider::S3:
        return version == QLatin1String("2012-10-17") || version == QLatin1String("2008-10-17");
    case Provider::Unknown:
        break;
    }
    return false;
}

Provider providerFromVersion(const QString &version)
{
    for (Provider p : {Provider::Cos, Provider::Oss, Provider::S3}) {
        if (versionSupported(p, version))
            return p;
    }
    return Provider::Unknown;
}

QString actionPrefix(Provider provider)
{
    switch (provider) {
    case Provider::Cos:
        return QStringLiteral("name/cos:");
    case Provider::Oss:
        return QStringLiteral("oss:");
    case Provider::S3:
    case Provider::Unknown:
        break;
    }
    return QStringLiteral("s3:");
}

// Colons before the "bucket/key" part: qcs::cos:<region>:uid/<appid>:…, acs:oss:<region>:<uid>:…,
// arn:aws:s3:::…
int resourceHeaderColons(Provider provider)
{
    return provider == Provider::Oss ? 4 : 5;
}

// Element names compare case-insensitively: COS now wants lower case, older docs and third-party
// code send capitals, OSS and S3 use capitals.
QJsonValue field(const QJsonObject &object, const QString &name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString();
}

QStringList textsOf(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            out << scalarText(v);
    } else if (!value.isUndefined() && !value.isNull()) {
        out << scalarText(value);
    }
    return out;
}

struct Statement {
    int index = -1;
    QString sid;
    bool allow = false;
    bool hasPrincipal = false;
    bool notPrincipal = false;
    QJsonValue principal;
    bool notAction = false;
    QStringList actions;
    bool hasResource = false;
    bool notResource = false;
    QStringList resources;
    QJsonObject condition;
};

// How far a statement got: the later the step, the closer the miss.
enum class Stage { PrincipalFailed, ActionFailed, ResourceFailed, OwnerSkipped, ConditionFailed, ConditionUnknown, ConditionUnsupported, Matched };

struct Evaluation {
    Stage stage = Stage::PrincipalFailed;
    bool everyone = false; // the statement names Everyone rather than a specified user
    QString detail;
};

// --- principal ---------------------------------------------------------------------------------

bool isEveryoneValue(const QString &value)
{
    return value == QLatin1String("*") || value.compare(QLatin1String("qcs::cam::anyone:anyone"), Qt::CaseInsensitive) == 0;
}

// The account of "arn:aws:iam::<account>:user/x", "arn:aws:sts::<account>:assumed-role/…", or a bare
// 12-digit id.
QString awsAccountOf(const QString &principal)
{
    if (principal.startsWith(QLatin1String("arn:"))) {
        const QStringList parts = principal.split(QLatin1Char(':'));
        return parts.size() > 4 ? parts.at(4) : QString();
    }
    return principal;
}

bool specifiedPrincipalMatches(Provider provider, const QString &value, const QString &principal)
{
    if (value == principal)
        return true;
    // S3: naming an account (its id or its root ARN) covers the principals of that account.
    if (provider == Provider::S3) {
        const bool accountForm = value.endsWith(QLatin1String(":root")) || !value.contains(QLatin1Char(':'));
        return accountForm && !awsAccountOf(value).isEmpty() && awsAccountOf(value) == awsAccountOf(principal);
    }
    return false;
}

QStringList principalValues(const QJsonValue &principal)
{
    if (principal.isObject()) {
        // {"qcs": […]} on COS, {"AWS": …} / {"Service": …} / {"CanonicalUser": …} on S3.
        QStringList out;
        const QJsonObject object = principal.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out << textsOf(it.value());
        return out;
    }
    return textsOf(principal);
}

// Returns whether the principal part applies; sets `everyone`.
bool principalApplies(Provider provider, const Statement &s, const PolicyRequest &request, bool *everyone)
{
    *everyone = false;
    const bool anonymous = request.principal.isEmpty();
    if (!s.hasPrincipal) // an identity (CAM/RAM/IAM) policy statement: it applies to its holder only
        return !anonymous;
    const QStringList values = principalValues(s.principal);
    bool listed = false;
    if (values.isEmpty() && emptyPrincipalListIsEveryone(provider)) {
        *everyone = true;
        listed = true;
    }
    for (const QString &value : values) {
        if (isEveryoneValue(value)) {
            *everyone = true;
            listed = true;
        } else if (!anonymous && specifiedPrincipalMatches(provider, value, request.principal)) {
            listed = true;
        }
    }
    if (s.notPrincipal) {
        *everyone = false;
        return !listed;
    }
    return listed;
}

// --- action and resource -----------------------------------------------------------------------

QString normalisedAction(Provider provider, const QString &action)
{
    if (provider == Provider::Cos && action.startsWith(QLatin1String("cos:")))
        return QStringLiteral("name/") + action;
    if (!action.contains(QLatin1Char(':')))
        return actionPrefix(provider) + action;
    return action;
}

// The first pattern that matches, or a null string.
QString firstMatch(const QStringList &patterns, const QString &text, Qt::CaseSensitivity cs)
{
    for (const QString &pattern : patterns) {
        if (Wildcard::match(pattern, text, cs, Wildcard::QuestionMark))
            return pattern;
    }
    return QString();
}

bool isFullResource(const QString &resource)
{
    return resource.startsWith(QLatin1String("qcs:")) || resource.startsWith(QLatin1String("acs:"))
        || resource.startsWith(QLatin1String("arn:"));
}

QString resourceTail(Provider provider, const QString &pattern)
{
    int pos = -1;
    for (int i = 0; i < resourceHeaderColons(provider); ++i) {
        pos = pattern.indexOf(QLatin1Char(':'), pos + 1);
        if (pos < 0)
            return pattern;
    }
    return pattern.mid(pos + 1);
}

QString matchingResource(Provider provider, const QStringList &patterns, const QString &resource)
{
    const bool full = isFullResource(resource);
    for (const QString &pattern : patterns) {
        const QString effective = full ? pattern : resourceTail(provider, pattern);
        if (Wildcard::match(effective, resource, Qt::CaseSensitive, Wildcard::QuestionMark))
            return pattern;
    }
    return QString();
}

// --- conditions --------------------------------------------------------------------------------

enum class OpKind { Invalid, Ip, String, StringIgnoreCase, Like, Bool };

struct Operator {
    OpKind kind = OpKind::Invalid;
    bool negated = false;
    bool ifExists = false;
};

Operator parseOperator(Provider provider, const QString &name)
{
    Operator op;
    QString base = name;
    if (provider == Provider::Cos) {
        // COS's own snake_case names (doc 46206 and the policy examples).
        if (base.endsWith(QLatin1String("_if_exist"))) {
            op.ifExists = true;
            base.chop(9);
        }
        static const QHash<QString, QPair<OpKind, bool>> cos = {
            {QStringLiteral("ip_equal"), {OpKind::Ip, false}},
            {QStringLiteral("ip_not_equal"), {OpKind::Ip, true}},
            {QStringLiteral("string_equal"), {OpKind::String, false}},
            {QStringLiteral("string_not_equal"), {OpKind::String, true}},
            {QStringLiteral("bool_equal"), {OpKind::Bool, false}},
        };
        const auto it = cos.constFind(base);
        if (it != cos.constEnd()) {
            op.kind = it->first;
            op.negated = it->second;
        }
        return op;
    }
    // OSS and S3 share IAM's operator names.
    if (base.endsWith(QLatin1String("IfExists"))) {
        op.ifExists = true;
        base.chop(8);
    }
    static const QHash<QString, QPair<OpKind, bool>> iam = {
        {QStringLiteral("IpAddress"), {OpKind::Ip, false}},
        {QStringLiteral("NotIpAddress"), {OpKind::Ip, true}},
        {QStringLiteral("StringEquals"), {OpKind::String, false}},
        {QStringLiteral("StringNotEquals"), {OpKind::String, true}},
        {QStringLiteral("StringEqualsIgnoreCase"), {OpKind::StringIgnoreCase, false}},
        {QStringLiteral("StringNotEqualsIgnoreCase"), {OpKind::StringIgnoreCase, true}},
        {QStringLiteral("StringLike"), {OpKind::Like, false}},
        {QStringLiteral("StringNotLike"), {OpKind::Like, true}},
        {QStringLiteral("Bool"), {OpKind::Bool, false}},
    };
    const auto it = iam.constFind(base);
    if (it != iam.constEnd()) {
        op.kind = it->first;
        op.negated = it->second;
    }
    return op;
}

// Each provider's key for the same fact reads the same generic context entry.
QString genericKey(const QString &lowerKey)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("qcs:ip"), QStringLiteral("sourceip")},
        {QStringLiteral("acs:sourceip"), QStringLiteral("sourceip")},
        {QStringLiteral("aws:sourceip"), QStringLiteral("sourceip")},
        {QStringLiteral("qcs:vpc"), QStringLiteral("sourcevpc")},
        {QStringLiteral("vpc:requester_vpc"), QStringLiteral("sourcevpc")},
        {QStringLiteral("acs:sourcevpc"), QStringLiteral("sourcevpc")},
        {QStringLiteral("aws:sourcevpc"), QStringLiteral("sourcevpc")},
        {QStringLiteral("aws:sourcevpce"), QStringLiteral("sourcevpce")},
        {QStringLiteral("cos:secure-transport"), QStringLiteral("securetransport")},
        {QStringLiteral("acs:securetransport"), QStringLiteral("securetransport")},
        {QStringLiteral("aws:securetransport"), QStringLiteral("securetransport")},
        {QStringLiteral("acs:referer"), QStringLiteral("referer")},
        {QStringLiteral("aws:referer"), QStringLiteral("referer")},
    };
    return aliases.value(lowerKey);
}

class Context
{
public:
    Context(const QHash<QString, QString> &context, const QStringList &unknown)
    {
        for (auto it = context.constBegin(); it != context.constEnd(); ++it)
            m_values.insert(it.key().toLower(), it.value());
        for (const QString &key : unknown)
            m_unknown.insert(key.toLower());
    }

    bool isUnknown(const QString &key) const
    {
        const QString lower = key.toLower();
        return m_unknown.contains(lower) || m_unknown.contains(genericKey(lower));
    }

    bool lookup(const QString &key, QString *value) const
    {
        const QString lower = key.toLower();
        auto it = m_values.constFind(lower);
        if (it == m_values.constEnd()) {
            const QString generic = genericKey(lower);
            if (!generic.isEmpty())
                it = m_values.constFind(generic);
        }
        if (it == m_values.constEnd())
            return false;
        *value = it.value();
        return true;
    }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_unknown;
};

bool inRange(const QString &address, const QString &range)
{
    const QHostAddress host(address.trimmed());
    if (host.isNull())
        return false;
    const QString trimmed = range.trimmed();
    if (!trimmed.contains(QLatin1Char('/')))
        return host.isEqual(QHostAddress(trimmed));
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(trimmed);
    return !subnet.first.isNull() && host.isInSubnet(subnet);
}

bool valueMatches(OpKind kind, const QString &pattern, const QString &actual)
{
    switch (kind) {
    case OpKind::Ip:
        return inRange(actual, pattern);
    case OpKind::String:
        return actual == pattern;
    case OpKind::StringIgnoreCase:
    case OpKind::Bool:
        return actual.compare(pattern, Qt::CaseInsensitive) == 0;
    case OpKind::Like:
        return Wildcard::match(pattern, actual, Qt::CaseSensitive, Wildcard::QuestionMark);
    case OpKind::Invalid:
        break;
    }
    return false;
}

// All operators and keys are ANDed, the values of one key ORed. A failed test beats an
// unsupported operator: the statement cannot match whatever that operator would say.
Stage evaluateCondition(Provider provider, const QJsonObject &condition, const Context &context, QString *detail)
{
    QString unsupported;
    QString unknown;
    for (auto opIt = condition.constBegin(); opIt != condition.constEnd(); ++opIt) {
        const Operator op = parseOperator(provider, opIt.key());
        if (op.kind == OpKind::Invalid) {
            if (unsupported.isEmpty())
                unsupported = opIt.key();
            continue;
        }
        const QJsonObject keys = opIt.value().toObject();
        for (auto keyIt = keys.constBegin(); keyIt != keys.constEnd(); ++keyIt) {
            QString actual;
            bool met = false;
            if (context.isUnknown(keyIt.key())) {
                if (unknown.isEmpty())
                    unknown = opIt.key() + QLatin1Char(' ') + keyIt.key();
                continue;
            }
            if (!context.lookup(keyIt.key(), &actual)) {
                met = op.ifExists || (op.negated && missingKeySatisfiesNegatedOperator(provider));
            } else {
                bool any = false;
                const QStringList patterns = textsOf(keyIt.value());
                for (const QString &pattern : patterns)
                    any = any || valueMatches(op.kind, pattern, actual);
                met = op.negated ? !any : any;
            }
            if (!met) {
                *detail = opIt.key() + QLatin1Char(' ') + keyIt.key();
                return Stage::ConditionFailed;
            }
        }
    }
    if (!unsupported.isEmpty()) {
        *detail = unsupported;
        return Stage::ConditionUnsupported;
    }
    if (!unknown.isEmpty()) {
        *detail = unknown;
        return Stage::ConditionUnknown;
    }
    return Stage::Matched;
}

// --- one statement -----------------------------------------------------------------------------

Evaluation evaluateStatement(Provider provider, const Statement &s, const PolicyRequest &request, const QString &action,
                             const Context &context)
{
    Evaluation e;
    if (!principalApplies(provider, s, request, &e.everyone)) {
        e.stage = Stage::PrincipalFailed;
        e.detail = request.principal.isEmpty() ? QStringLiteral("anonymous") : request.principal;
        return e;
    }
    const QString actionPattern = firstMatch(s.actions, action, PolicyEvaluator::actionCaseSensitivity(provider));
    if (actionPattern.isNull() != s.notAction) {
        e.stage = Stage::ActionFailed;
        e.detail = action;
        return e;
    }
    if (s.hasResource) {
        const bool hit = !matchingResource(provider, s.resources, request.resource).isNull();
        if (hit == s.notResource) {
            e.stage = Stage::ResourceFailed;
            e.detail = request.resource;
            return e;
        }
    }
    if (s.condition.isEmpty() && e.everyone && request.isBucketOwner && unconditionalWildcardSkipsOwner(provider)) {
        e.stage = Stage::OwnerSkipped;
        return e;
    }
    e.stage = evaluateCondition(provider, s.condition, context, &e.detail);
    if (e.stage == Stage::Matched)
        e.detail = s.notAction ? QStringLiteral("NotAction") : actionPattern;
    return e;
}

PolicyResult invalid(PolicyReason reason, const QString &detail = QString())
{
    PolicyResult r;
    r.decision = PolicyDecision::Invalid;
    r.reason = reason;
    r.detail = detail;
    return r;
}

// Reads the statements, or returns false with `error` set.
bool readStatements(const QJsonObject &root, QList<Statement> *out, PolicyResult *error)
{
    const QJsonValue statementValue = field(root, QStringLiteral("statement"));
    QJsonArray array;
    if (statementValue.isArray()) {
        array = statementValue.toArray();
    } else if (statementValue.isObject()) { // IAM allows a single statement object
        array.append(statementValue);
    } else {
        *error = invalid(PolicyReason::MissingStatement);
        return false;
    }
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QString::number(i) + QStringLiteral(": ");
        if (!array.at(i).isObject()) {
            *error = invalid(PolicyReason::InvalidStatement, where + QStringLiteral("not an object"));
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        Statement s;
        s.index = i;
        s.sid = field(object, QStringLiteral("sid")).toString();
        const QString effect = field(object, QStringLiteral("effect")).toString();
        if (effect.compare(QLatin1String("allow"), Qt::CaseInsensitive) == 0) {
            s.allow = true;
        } else if (effect.compare(QLatin1String("deny"), Qt::CaseInsensitive) != 0) {
            *error = invalid(PolicyReason::InvalidStatement, where + QStringLiteral("effect"));
            return false;
        }
        s.principal = field(object, QStringLiteral("principal"));
        if (s.principal.isUndefined()) {
            s.principal = field(object, QStringLiteral("notprincipal"));
            s.notPrincipal = !s.principal.isUndefined();
        }
        s.hasPrincipal = !s.principal.isUndefined();
        QJsonValue actions = field(object, QStringLiteral("action"));
        if (actions.isUndefined()) {
            actions = field(object, QStringLiteral("notaction"));
            s.notAction = true;
        }
        if (actions.isUndefined()) {
            *error = invalid(PolicyReason::InvalidStatement, where + QStringLiteral("action"));
            return false;
        }
        s.actions = textsOf(actions);
        QJsonValue resources = field(object, QStringLiteral("resource"));
        if (resources.isUndefined()) {
            resources = field(object, QStringLiteral("notresource"));
            s.notResource = !resources.isUndefined();
        }
        s.hasResource = !resources.isUndefined();
        s.resources = textsOf(resources);
        const QJsonValue condition = field(object, QStringLiteral("condition"));
        if (!condition.isUndefined() && !condition.isNull() && !condition.isObject()) {
            *error = invalid(PolicyReason::InvalidStatement, where + QStringLiteral("condition"));
            return false;
        }
        s.condition = condition.toObject();
        out->append(s);
    }
    return true;
}

PolicyResult decided(PolicyDecision decision, PolicyReason reason, const Statement &s, const QString &detail)
{
    PolicyResult r;
    r.decision = decision;
    r.reason = reason;
    r.statementIndex = s.index;
    r.sid = s.sid;
    r.detail = detail;
    return r;
}

PolicyReason implicitReason(Stage stage)
{
    switch (stage) {
    case Stage::PrincipalFailed:
        return PolicyReason::PrincipalNotMatched;
    case Stage::ActionFailed:
        return PolicyReason::ActionNotMatched;
    case Stage::ResourceFailed:
        return PolicyReason::ResourceNotMatched;
    case Stage::OwnerSkipped:
        return PolicyReason::OwnerNotCovered;
    case Stage::ConditionFailed:
    case Stage::ConditionUnknown:
    case Stage::ConditionUnsupported:
    case Stage::Matched:
        break;
    }
    return PolicyReason::ConditionNotMet;
}

} // namespace

namespace PolicyEvaluator {

bool cosSpecifiedUserOutranksEveryone()
{
    return false; // UNCONFIRMED: see the header
}

Qt::CaseSensitivity actionCaseSensitivity(Provider provider)
{
    return provider == Provider::Cos ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

PolicyResult evaluate(Provider provider, const QByteArray &policyJson, const PolicyRequest &request)
{
    if (policyJson.trimmed().isEmpty())
        return invalid(PolicyReason::NoConfiguration);
    if (request.action.trimmed().isEmpty())
        return invalid(PolicyReason::MissingAction);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(policyJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(PolicyReason::MalformedJson, parseError.errorString() + QStringLiteral(" at ") + QString::number(parseError.offset));
    if (!document.isObject())
        return invalid(PolicyReason::NotAnObject);
    const QJsonObject root = document.object();

    const QJsonValue versionValue = field(root, QStringLiteral("version"));
    if (!versionValue.isUndefined()) {
        const QString version = scalarText(versionValue);
        if (provider == Provider::Unknown)
            provider = providerFromVersion(version);
        if (!versionSupported(provider, version))
            return invalid(PolicyReason::UnsupportedVersion, version);
    }

    QList<Statement> statements;
    PolicyResult error;
    if (!readStatements(root, &statements, &error))
        return error;

    const QString action = normalisedAction(provider, request.action.trimmed());
    const Context context(request.context, request.unknownKeys);
    QList<Evaluation> evaluations;
    for (const Statement &s : std::as_const(statements))
        evaluations << evaluateStatement(provider, s, request, action, context);

    // The statements that take part in the decision.
    QList<bool> counts(statements.size(), true);
    bool specifiedMatched = false;
    bool everyoneMatched = false;
    for (int i = 0; i < statements.size(); ++i) {
        if (evaluations.at(i).stage == Stage::Matched)
            (evaluations.at(i).everyone ? everyoneMatched : specifiedMatched) = true;
    }
    if (provider == Provider::Cos && cosSpecifiedUserOutranksEveryone() && specifiedMatched) {
        for (int i = 0; i < statements.size(); ++i)
            counts[i] = !evaluations.at(i).everyone;
    }

    auto find = [&](bool allow, Stage stage) {
        for (int i = 0; i < statements.size(); ++i) {
            if (counts.at(i) && statements.at(i).allow == allow && evaluations.at(i).stage == stage)
                return i;
        }
        return -1;
    };

    PolicyResult r;
    int index = -1;
    if ((index = find(false, Stage::Matched)) >= 0) {
        r = decided(PolicyDecision::ExplicitDeny, PolicyReason::DeniedByStatement, statements.at(index), evaluations.at(index).detail);
    } else if ((index = find(false, Stage::ConditionUnsupported)) >= 0) {
        r = decided(PolicyDecision::Undetermined, PolicyReason::UnsupportedCondition, statements.at(index), evaluations.at(index).detail);
    } else if ((index = find(false, Stage::ConditionUnknown)) >= 0) {
        r = decided(PolicyDecision::Undetermined, PolicyReason::UnknownConditionValue, statements.at(index), evaluations.at(index).detail);
    } else if ((index = find(true, Stage::Matched)) >= 0) {
        r = decided(PolicyDecision::Allow, PolicyReason::AllowedByStatement, statements.at(index), evaluations.at(index).detail);
    } else if ((index = find(true, Stage::ConditionUnsupported)) >= 0) {
        r = decided(PolicyDecision::Undetermined, PolicyReason::UnsupportedCondition, statements.at(index), evaluations.at(index).detail);
    } else if ((index = find(true, Stage::ConditionUnknown)) >= 0) {
        r = decided(PolicyDecision::Undetermined, PolicyReason::UnknownConditionValue, statements.at(index), evaluations.at(index).detail);
    } else {
        // Implicit deny: point at the Allow that came closest, the first one on a tie.
        int closest = -1;
        for (int i = 0; i < statements.size(); ++i) {
            if (statements.at(i).allow && (closest < 0 || evaluations.at(i).stage > evaluations.at(closest).stage))
                closest = i;
        }
        if (closest < 0) {
            r.decision = PolicyDecision::ImplicitDeny;
            r.reason = PolicyReason::NoAllowStatement;
        } else {
            r = decided(PolicyDecision::ImplicitDeny, implicitReason(evaluations.at(closest).stage), statements.at(closest),
                        evaluations.at(closest).detail);
        }
    }

    for (int i = 0; i < statements.size(); ++i) {
        if (evaluations.at(i).stage == Stage::Matched)
            r.matched << PolicyStatementRef{i, statements.at(i).sid, statements.at(i).allow};
    }

    if (provider == Provider::Cos && specifiedMatched && everyoneMatched) {
        bool effectsDiffer = false;
        for (const PolicyStatementRef &a : std::as_const(r.matched)) {
            for (const PolicyStatementRef &b : std::as_const(r.matched))
                effectsDiffer = effectsDiffer || (a.allow != b.allow && evaluations.at(a.index).everyone != evaluations.at(b.index).everyone);
        }
        if (effectsDiffer)
            r.notes << PolicyNote::CosEveryoneRanksBelowSpecifiedUser;
    }
    if (provider == Provider::Cos && r.decision == PolicyDecision::Allow && evaluations.at(r.statementIndex).everyone)
        r.notes << PolicyNote::CosPolicyOverridesPrivateAcl;
    for (const Evaluation &e : std::as_const(evaluations)) {
        if (e.stage == Stage::OwnerSkipped) {
            r.notes << PolicyNote::OssOwnerSkippedUnconditionalWildcard;
            break;
        }
    }
    if (provider == Provider::S3 && r.decision == PolicyDecision::ImplicitDeny && !request.principal.isEmpty())
        r.notes << PolicyNote::S3IdentityPolicyMayAllow;
    return r;
}

} // namespace PolicyEvaluator
