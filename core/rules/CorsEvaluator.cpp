#include "rules/CorsEvaluator.h"

#include "common/Wildcard.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace {

// providers.md §6: the discriminator all three share for a refused preflight.
const QString kErrorCode = QStringLiteral("AccessForbidden");

// S3, exact (providers.md §6).
const QString kS3NotEnabled = QStringLiteral("CORSResponse: CORS is not enabled for this bucket.");
const QString kS3NotAllowed = QStringLiteral(
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / "
    "Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.");
// COS, exact with its typos ("evalution", "Requet") and without the final period (providers.md §3.1);
// the same text whether the bucket has no configuration or no rule matches.
const QString kCosNotAllowed = QStringLiteral(
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / "
    "Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec");

// UNCONFIRMED: OSS says only "same message family"; its exact text is not documented, so no exact
// message is predicted for OSS (the live check should match the "CORSResponse:" prefix).
QString refusalMessage(Provider provider, bool noConfiguration)
{
    switch (provider) {
    case Provider::S3:
        return noConfiguration ? kS3NotEnabled : kS3NotAllowed;
    case Provider::Cos:
        return kCosNotAllowed;
    case Provider::Oss:
    case Provider::Unknown:
        break;
    }
    return QString();
}

// UNCONFIRMED: whether AllowedOrigin is compared case-sensitively is not documented by any provider.
// Browsers always send a lower-case scheme and host, so this only matters for a configuration that
// spells the host in upper case.
Qt::CaseSensitivity originCaseSensitivity(Provider)
{
    return Qt::CaseSensitive;
}

// COS doc: Allow-Origin echoes the origin, or is `*`. UNCONFIRMED that `*` is sent exactly when the
// matching pattern is `*` alone, and that OSS and S3 behave the same.
QString allowOriginValue(Provider, const QString &matchedPattern, const QString &origin)
{
    return matchedPattern == QStringLiteral("*") ? QStringLiteral("*") : origin;
}

// UNCONFIRMED (COS doc examples, an observation): Allow-Credentials: true appears only when a specific
// origin is echoed, never with `*`. Assumed the same on OSS and S3.
bool allowCredentials(Provider, const QString &allowOrigin)
{
    return allowOrigin != QStringLiteral("*");
}

// COS and OSS send "Vary: Origin" when ResponseVary is true. UNCONFIRMED for S3: not configurable and
// the actual value is unknown, so nothing is predicted.
QString varyValue(Provider provider, bool responseVary)
{
    if (provider == Provider::S3 || !responseVary)
        return QString();
    return QStringLiteral("Origin");
}

// OSS and S3 allow at most one `*` per AllowedHeader entry; COS only says `*` is allowed.
bool oneWildcardPerHeader(Provider provider)
{
    return provider == Provider::Oss || provider == Provider::S3;
}

// OSS: ExposeHeader must not hold `*`, and neither AllowedHeader nor ExposeHeader may hold < > & ' ".
bool ossCharacterRules(Provider provider)
{
    return provider == Provider::Oss;
}

bool containsForbiddenCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c == u'<' || c == u'>' || c == u'&' || c == u'\'' || c == u'"')
            return true;
    }
    return false;
}

CorsParseResult failure(CorsParseError error, const QString &detail)
{
    CorsParseResult r;
    r.error = error;
    r.detail = detail;
    return r;
}

QString readText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

// A non-negative integer MaxAgeSeconds into `out`; false leaves `out` alone.
bool parseMaxAge(const QString &text, int &out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

CorsParseResult parseXml(const QString &text)
{
    QXmlStreamReader xml(text);
    CorsParseResult result;
    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            return failure(CorsParseError::MalformedXml,
                QStringLiteral("%1:%2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
        return failure(CorsParseError::MalformedXml, QStringLiteral("no root element"));
    }

    const QString root = xml.name().toString();
    if (root == QStringLiteral("Error")) {
        QString code;
        while (xml.readNextStartElement()) {
            if (xml.name() == QStringLiteral("Code"))
                code = readText(xml);
            else
                xml.skipCurrentElement();
        }
        if (xml.hasError())
            return failure(CorsParseError::MalformedXml,
                QStringLiteral("%1:%2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
        // GET ?cors answers 404 NoSuchCORSConfiguration on all three when the bucket has none.
        if (code == QStringLiteral("NoSuchCORSConfiguration"))
            return result;
        return failure(CorsParseError::ErrorResponse, code);
    }
    if (root != QStringLiteral("CORSConfiguration"))
        return failure(CorsParseError::UnexpectedRoot, root);

    result.configuration.present = true;
    while (xml.readNextStartElement()) {
        if (xml.name() == QStringLiteral("CORSRule")) {
            CorsRule rule;
            while (xml.readNextStartElement()) {
                const auto name = xml.name();
                if (name == QStringLiteral("AllowedOrigin")) {
                    rule.allowedOrigins << readText(xml);
                } else if (name == QStringLiteral("AllowedMethod")) {
                    rule.allowedMethods << readText(xml).toUpper();
                } else if (name == QStringLiteral("AllowedHeader")) {
                    rule.allowedHeaders << readText(xml);
                } else if (name == QStringLiteral("ExposeHeader")) {
                    rule.exposeHeaders << readText(xml);
                } else if (name == QStringLiteral("ID")) {
                    rule.id = readText(xml);
                } else if (name == QStringLiteral("MaxAgeSeconds")) {
                    const QString v = readText(xml);
                    if (!parseMaxAge(v, rule.maxAgeSeconds))
                        return failure(CorsParseError::InvalidMaxAge, v);
                } else {
                    xml.skipCurrentElement();
                }
            }
            result.configuration.rules << rule;
        } else if (xml.name() == QStringLiteral("ResponseVary")) {
            result.configuration.responseVary = readText(xml).compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return failure(CorsParseError::MalformedXml,
            QStringLiteral("%1:%2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
    return result;
}

// A JSON value that is one string or an array of strings.
QStringList jsonStrings(const QJsonObject &o, const QString &singular, const QString &plural)
{
    QStringList out;
    const QJsonValue v = o.contains(plural) ? o.value(plural) : o.value(singular);
    if (v.isString()) {
        out << v.toString().trimmed();
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            out << e.toString().trimmed();
    }
    return out;
}

// `aws s3api get-bucket-cors` and the COS JS SDK: {"CORSRules": [{"AllowedOrigins": [...], ...}]};
// an xml2json form {"CORSConfiguration": {"CORSRule": [...]}} is read too.
CorsParseResult parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return failure(CorsParseError::MalformedJson, QStringLiteral("%1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return failure(CorsParseError::MalformedJson, QStringLiteral("not an object"));

    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("CORSConfiguration")).isObject())
        root = root.value(QStringLiteral("CORSConfiguration")).toObject();
    const QJsonValue rulesValue = root.contains(QStringLiteral("CORSRules")) ? root.value(QStringLiteral("CORSRules"))
                                                                             : root.value(QStringLiteral("CORSRule"));
    QJsonArray rules;
    if (rulesValue.isArray())
        rules = rulesValue.toArray();
    else if (rulesValue.isObject())
        rules.append(rulesValue);
    else
        return failure(CorsParseError::MalformedJson, QStringLiteral("no CORSRules"));

    CorsParseResult result;
    result.configuration.present = true;
    const QJsonValue vary = root.value(QStringLiteral("ResponseVary"));
    result.configuration.responseVary
        = vary.isBool() ? vary.toBool() : vary.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    for (const QJsonValue &rv : std::as_const(rules)) {
        if (!rv.isObject())
            return failure(CorsParseError::MalformedJson, QStringLiteral("rule is not an object"));
        const QJsonObject o = rv.toObject();
        CorsRule rule;
        rule.id = o.value(QStringLiteral("ID")).toString();
        rule.allowedOrigins = jsonStrings(o, QStringLiteral("AllowedOrigin"), QStringLiteral("AllowedOrigins"));
        const QStringList methods = jsonStrings(o, QStringLiteral("AllowedMethod"), QStringLiteral("AllowedMethods"));
        for (const QString &m : methods)
            rule.allowedMethods << m.toUpper();
        rule.allowedHeaders = jsonStrings(o, QStringLiteral("AllowedHeader"), QStringLiteral("AllowedHeaders"));
        rule.exposeHeaders = jsonStrings(o, QStringLiteral("ExposeHeader"), QStringLiteral("ExposeHeaders"));
        const QJsonValue maxAge = o.value(QStringLiteral("MaxAgeSeconds"));
        if (maxAge.isDouble()) {
            const double d = maxAge.toDouble();
            // Range first: casting a double outside int's range is undefined (the fuzzer found 3e95).
            if (!(d >= 0 && d <= std::numeric_limits<int>::max()) || d != std::floor(d))
                return failure(CorsParseError::InvalidMaxAge, QString::number(d));
            rule.maxAgeSeconds = static_cast<int>(d);
        } else if (maxAge.isString()) {
            if (!parseMaxAge(maxAge.toString().trimmed(), rule.maxAgeSeconds))
                return failure(CorsParseError::InvalidMaxAge, maxAge.toString());
        }
        result.configuration.rules << rule;
    }
    return result;
}

// What the provider's PUT ?cors would refuse: such a configuration cannot be what the bucket holds.
CorsParseResult validate(Provider provider, CorsParseResult result)
{
    const CorsConfiguration &c = result.configuration;
    const int limit = CorsEvaluator::maxRules(provider);
    if (c.rules.size() > limit)
        return failure(CorsParseError::TooManyRules, QStringLiteral("%1/%2").arg(c.rules.size()).arg(limit));
    const QStringList methods = CorsEvaluator::allowedMethods(provider);
    for (int i = 0; i < c.rules.size(); ++i) {
        const CorsRule &rule = c.rules.at(i);
        if (rule.allowedOrigins.isEmpty())
            return failure(CorsParseError::RuleWithoutOrigin, QString::number(i));
        if (rule.allowedMethods.isEmpty())
            return failure(CorsParseError::RuleWithoutMethod, QString::number(i));
        for (const QString &m : rule.allowedMethods) {
            if (!methods.contains(m))
                return failure(CorsParseError::UnknownMethod, m);
        }
        for (const QString &o : rule.allowedOrigins) {
            if (o.count(u'*') > 1)
                return failure(CorsParseError::TooManyWildcards, o);
        }
        for (const QString &h : rule.allowedHeaders) {
            if (oneWildcardPerHeader(provider) && h.count(u'*') > 1)
                return failure(CorsParseError::TooManyWildcards, h);
            if (ossCharacterRules(provider) && containsForbiddenCharacter(h))
                return failure(CorsParseError::ForbiddenCharacter, h);
        }
        for (const QString &h : rule.exposeHeaders) {
            if (ossCharacterRules(provider) && h.contains(u'*'))
                return failure(CorsParseError::WildcardNotAllowed, h);
            if (ossCharacterRules(provider) && containsForbiddenCharacter(h))
                return failure(CorsParseError::ForbiddenCharacter, h);
        }
    }
    return result;
}

QStringList splitHeaders(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u',');
        for (const QString &p : parts) {
            const QString h = p.trimmed();
            if (!h.isEmpty())
                out << h;
        }
    }
    return out;
}

QString matchingOrigin(Provider provider, const CorsRule &rule, const QString &origin)
{
    for (const QString &pattern : rule.allowedOrigins) {
        if (Wildcard::match(pattern, origin, originCaseSensitivity(provider)))
            return pattern;
    }
    return QString();
}

// The first requested header that no AllowedHeader entry matches, or an empty string.
QString firstUnmatchedHeader(const CorsRule &rule, const QStringList &headers)
{
    for (const QString &h : headers) {
        bool matched = false;
        for (const QString &pattern : rule.allowedHeaders) {
            if (Wildcard::match(pattern, h, Qt::CaseInsensitive)) {
                matched = true;
                break;
            }
        }
        if (!matched)
            return h;
    }
    return QString();
}

void setRefusal(Provider provider, CorsDecision &d, const CorsRequest &request, bool noConfiguration)
{
    d.outcome = CorsDecision::Outcome::Refused;
    // UNCONFIRMED for COS and S3, stated for OSS: an actual request that no rule allows is served
    // without CORS headers rather than refused with a 403, so only a preflight has an error to predict.
    if (!request.preflight)
        return;
    d.expectedStatus = 403;
    d.expectedErrorCode = kErrorCode;
    d.expectedErrorMessage = refusalMessage(provider, noConfiguration);
}

} // namespace

namespace CorsEvaluator {

QStringList allowedMethods(Provider)
{
    // providers.md §6: the same five on COS, OSS and S3 (OPTIONS, PATCH and others are not accepted).
    return { QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("POST"), QStringLiteral("DELETE"),
        QStringLiteral("HEAD") };
}

int maxRules(Provider provider)
{
    // providers.md §6: OSS accepts 20 rules (current PutBucketCors doc), COS and S3 100.
    return provider == Provider::Oss ? 20 : 100;
}

CorsParseResult parse(Provider provider, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return CorsParseResult(); // nothing configured
    if (trimmed.startsWith(u'{'))
        return validate(provider, parseJson(trimmed));
    return validate(provider, parseXml(trimmed));
}

CorsDecision evaluate(Provider provider, const QString &configurationText, const CorsRequest &request)
{
    const CorsParseResult parsed = parse(provider, configurationText);
    if (!parsed.ok()) {
        CorsDecision d;
        d.outcome = CorsDecision::Outcome::InvalidConfiguration;
        d.reason = CorsDecision::Reason::ConfigurationError;
        d.parseError = parsed.error;
        d.detail = parsed.detail;
        return d;
    }
    return evaluate(provider, parsed.configuration, request);
}

CorsDecision evaluate(Provider provider, const CorsConfiguration &configuration, const CorsRequest &request)
{
    CorsDecision d;
    const QString origin = request.origin.trimmed();
    const QString method = request.method.trimmed().toUpper();

    if (origin.isEmpty()) {
        d.outcome = CorsDecision::Outcome::NotCorsRequest;
        d.reason = CorsDecision::Reason::MissingOrigin;
        return d;
    }
    if (!configuration.present || configuration.rules.isEmpty()) {
        // S3 words this refusal differently from a non-matching request; COS and OSS do not.
        d.reason = CorsDecision::Reason::NoConfiguration;
        if (configuration.present)
            d.detail = QStringLiteral("CORSConfiguration without CORSRule");
        setRefusal(provider, d, request, true);
        return d;
    }
    if (method.isEmpty()) {
        d.reason = CorsDecision::Reason::MissingRequestMethod;
        setRefusal(provider, d, request, false);
        return d;
    }
    if (!allowedMethods(provider).contains(method)) {
        d.reason = CorsDecision::Reason::UnsupportedMethod;
        d.detail = method;
        setRefusal(provider, d, request, false);
        return d;
    }

    // Headers matter only for a preflight: an actual request carries no Access-Control-Request-Headers.
    const QStringList headers = request.preflight ? splitHeaders(request.requestHeaders) : QStringList();

    // Stages a rule can reach: 1 origin matched, 2 method too, 3 every header too (= match).
    int bestStage = 0;
    QString bestDetail = origin;
    for (int i = 0; i < configuration.rules.size(); ++i) {
        const CorsRule &rule = configuration.rules.at(i);
        const QString pattern = matchingOrigin(provider, rule, origin);
        if (pattern.isNull())
            continue;
        if (!rule.allowedMethods.contains(method)) {
            if (bestStage < 1) {
                bestStage = 1;
                d.closestRuleIndex = i;
                bestDetail = method;
            }
            continue;
        }
        const QString unmatched = firstUnmatchedHeader(rule, headers);
        if (!unmatched.isEmpty()) {
            if (bestStage < 2) {
                bestStage = 2;
                d.closestRuleIndex = i;
                bestDetail = unmatched;
            }
            continue;
        }

        // First match wins (stated for OSS and S3; UNCONFIRMED for COS, assumed the same).
        d.outcome = CorsDecision::Outcome::Allowed;
        d.reason = CorsDecision::Reason::RuleMatched;
        d.detail = pattern;
        d.ruleIndex = i;
        d.closestRuleIndex = -1;
        d.expectedStatus = request.preflight ? 200 : 0;
        CorsResponseHeaders &h = d.headers;
        h.allowOrigin = allowOriginValue(provider, pattern, origin);
        h.allowCredentials = allowCredentials(provider, h.allowOrigin);
        h.exposeHeaders = rule.exposeHeaders;
        h.vary = varyValue(provider, configuration.responseVary);
        if (request.preflight) {
            h.allowMethods = rule.allowedMethods;
            h.allowHeaders = headers; // S3 echoes only allowed requested headers: here, all of them
            h.maxAgeSeconds = rule.maxAgeSeconds;
        }
        return d;
    }

    d.reason = bestStage == 0 ? CorsDecision::Reason::OriginNotAllowed
        : bestStage == 1      ? CorsDecision::Reason::MethodNotAllowed
                              : CorsDecision::Reason::HeaderNotAllowed;
    d.detail = bestDetail;
    setRefusal(provider, d, request, false);
    return d;
}

} // namespace CorsEvaluator

QString CorsDecision::reasonId(Reason reason)
{
    switch (reason) {
    case Reason::RuleMatched:
        return QStringLiteral("rule_matched");
    case Reason::NoConfiguration:
        return QStringLiteral("no_configuration");
    case Reason::MissingOrigin:
        return QStringLiteral("missing_origin");
    case Reason::MissingRequestMethod:
        return QStringLiteral("missing_request_method");
    case Reason::UnsupportedMethod:
        return QStringLiteral("unsupported_method");
    case Reason::OriginNotAllowed:
        return QStringLiteral("origin_not_allowed");
    case Reason::MethodNotAllowed:
        return QStringLiteral("method_not_allowed");
    case Reason::HeaderNotAllowed:
        return QStringLiteral("header_not_allowed");
    case Reason::ConfigurationError:
        break;
    }
    return QStringLiteral("configuration_error");
}
