#pragma once

#include "common/Provider.h"

#include <QList>
#include <QString>
#include <QStringList>

// One CORSRule, as the provider stores it (providers.md §4, §6). Methods are upper case; the other
// lists keep the configuration's own spelling.
struct CorsRule {
    QString id;
    QStringList allowedOrigins;
    QStringList allowedMethods;
    QStringList allowedHeaders;
    QStringList exposeHeaders;
    int maxAgeSeconds = -1; // -1: the rule has no MaxAgeSeconds
};

// A bucket's CORS configuration. `present` is false when the bucket has none (empty input, or the
// 404 NoSuchCORSConfiguration error body of GET ?cors).
struct CorsConfiguration {
    bool present = false;
    QList<CorsRule> rules;
    bool responseVary = false; // COS and OSS <ResponseVary>; S3 has no such element
};

// What parse() found wrong. Each value is one distinct problem; `detail` names the element, the
// pattern or the parser message.
enum class CorsParseError {
    None,
    MalformedXml, // XML syntax error; detail: "line:column: message"
    MalformedJson, // JSON syntax error or a shape that is not a CORS configuration
    UnexpectedRoot, // the document is not a CORSConfiguration; detail: root element name
    ErrorResponse, // an <Error> body other than NoSuchCORSConfiguration; detail: its Code
    TooManyRules, // more rules than the provider accepts; detail: "count/limit"
    RuleWithoutOrigin, // detail: rule index
    RuleWithoutMethod, // detail: rule index
    UnknownMethod, // an AllowedMethod the provider does not know; detail: the method
    TooManyWildcards, // more than one `*` in an origin (or header, where the provider says so); detail: the entry
    WildcardNotAllowed, // `*` in ExposeHeader (OSS); detail: the entry
    ForbiddenCharacter, // OSS: < > & ' " in AllowedHeader / ExposeHeader; detail: the entry
    InvalidMaxAge, // MaxAgeSeconds not a non-negative integer; detail: the text
};

struct CorsParseResult {
    CorsParseError error = CorsParseError::None;
    QString detail;
    CorsConfiguration configuration;
    bool ok() const { return error == CorsParseError::None; }
};

// The request the browser makes. For a preflight, `method` is Access-Control-Request-Method and
// `requestHeaders` is Access-Control-Request-Headers (entries may themselves be comma-separated).
// An actual (non-preflight) request is checked on origin and method only: browsers send no header
// list with it.
struct CorsRequest {
    QString origin;
    QString method;
    QStringList requestHeaders;
    bool preflight = true;
};

// The CORS headers the server would send for an allowed request, for comparison with a live OPTIONS
// response. Compare the lists as case-insensitive sets: the providers' order and spacing differ.
struct CorsResponseHeaders {
    QString allowOrigin; // Access-Control-Allow-Origin: the origin echoed, or "*"
    bool allowCredentials = false; // Access-Control-Allow-Credentials: true
    QStringList allowMethods; // preflight only: all of the rule's methods
    QStringList allowHeaders; // preflight only: the requested headers
    QStringList exposeHeaders; // Access-Control-Expose-Headers
    int maxAgeSeconds = -1; // preflight only; -1: no Access-Control-Max-Age
    QString vary; // Vary value, empty when none is expected (or, on S3, not known)
};

struct CorsDecision {
    enum class Outcome {
        Allowed,
        Refused,
        NotCorsRequest, // no Origin: CORS does not apply
        InvalidConfiguration, // the configuration did not parse; see parseError
    };
    enum class Reason {
        RuleMatched, // detail: the AllowedOrigin pattern that matched
        NoConfiguration, // no CORS configuration, or one without rules
        MissingOrigin,
        MissingRequestMethod, // preflight without Access-Control-Request-Method
        UnsupportedMethod, // a method no CORS rule of this provider can allow; detail: the method
        OriginNotAllowed, // no rule's AllowedOrigin matches; detail: the origin
        MethodNotAllowed, // a rule matches the origin but none also the method; detail: the method
        HeaderNotAllowed, // origin and method match but a requested header does not; detail: the header
        ConfigurationError, // detail: parse detail; parseError says which
    };

    Outcome outcome = Outcome::Refused;
    Reason reason = Reason::NoConfiguration;
    QString detail;
    int ruleIndex = -1; // the deciding rule (0-based), -1 when no rule decides
    int closestRuleIndex = -1; // refused: the first rule that got furthest (origin, then method, then headers)
    CorsParseError parseError = CorsParseError::None;

    CorsResponseHeaders headers; // filled when allowed
    // Refused preflight: what the server answers (providers.md §6). 0 / empty when not predicted,
    // e.g. an actual request, where the providers only leave the CORS headers out.
    int expectedStatus = 0;
    QString expectedErrorCode;
    QString expectedErrorMessage; // exact provider string where documented, otherwise empty

    bool allowed() const { return outcome == Outcome::Allowed; }
    // Stable ids for JSON and reports: "rule_matched", "origin_not_allowed", …
    static QString reasonId(Reason reason);
};

// Offline CORS evaluator: given a bucket's CORS configuration and a browser request, says whether the
// provider lets it through, which rule decides, and what the server would answer.
//
// Usage:
//   const CorsParseResult parsed = CorsEvaluator::parse(Provider::Cos, xmlFromGetBucketCors);
//   CorsRequest request{QStringLiteral("https://app.example.com"), QStringLiteral("PUT"), {QStringLiteral("content-type")},
//   true}; const CorsDecision d = CorsEvaluator::evaluate(Provider::Cos, parsed.configuration, request);
//   // d.outcome, d.ruleIndex, d.reason, d.detail, d.headers …
//
// parse() accepts the CORSConfiguration XML of GET ?cors (any namespace), its NoSuchCORSConfiguration
// error body, empty text, and the JSON of `aws s3api get-bucket-cors` / the COS JS SDK ({"CORSRules": […]}).
// Semantics: rules are tried in order and the first that matches origin, method and every requested
// header wins; an origin pattern may hold one `*` matching zero or more characters anywhere; header
// patterns match case-insensitively with `*`.
namespace CorsEvaluator {
CorsParseResult parse(Provider provider, const QString &text);
CorsDecision evaluate(Provider provider, const CorsConfiguration &configuration, const CorsRequest &request);
// parse() then evaluate(); a parse error gives Outcome::InvalidConfiguration.
CorsDecision evaluate(Provider provider, const QString &configurationText, const CorsRequest &request);

// The HTTP methods a CORSRule may list on this provider.
QStringList allowedMethods(Provider provider);
// The most CORSRule elements the provider accepts.
int maxRules(Provider provider);
}
