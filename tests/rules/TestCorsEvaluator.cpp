#include "common/Wildcard.h"
#include "rules/CorsEvaluator.h"

#include <QTest>

// Rows are built from the providers' own documentation examples (providers.md §4, §6). A row whose
// name starts with a provider tests a difference between providers; "all:" rows run the same
// expectation on each provider.
class TestCorsEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void allowedResponseHeaders_data();
    void allowedResponseHeaders();
    void refusalResponse_data();
    void refusalResponse();
    void parses_data();
    void parses();
    void invalidConfigurationIsNotEvaluated();
    void wildcardMatch_data();
    void wildcardMatch();
    void documentedExamples_data();
    void documentedExamples();
};

namespace {
using Outcome = CorsDecision::Outcome;
using Reason = CorsDecision::Reason;

QString reasonName(Reason r)
{
    switch (r) {
    case Reason::RuleMatched:
        return QStringLiteral("RuleMatched");
    case Reason::NoConfiguration:
        return QStringLiteral("NoConfiguration");
    case Reason::MissingOrigin:
        return QStringLiteral("MissingOrigin");
    case Reason::MissingRequestMethod:
        return QStringLiteral("MissingRequestMethod");
    case Reason::UnsupportedMethod:
        return QStringLiteral("UnsupportedMethod");
    case Reason::OriginNotAllowed:
        return QStringLiteral("OriginNotAllowed");
    case Reason::MethodNotAllowed:
        return QStringLiteral("MethodNotAllowed");
    case Reason::HeaderNotAllowed:
        return QStringLiteral("HeaderNotAllowed");
    case Reason::ConfigurationError:
        return QStringLiteral("ConfigurationError");
    }
    return QStringLiteral("?");
}

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Allowed:
        return QStringLiteral("Allowed");
    case Outcome::Refused:
        return QStringLiteral("Refused");
    case Outcome::NotCorsRequest:
        return QStringLiteral("NotCorsRequest");
    case Outcome::InvalidConfiguration:
        return QStringLiteral("InvalidConfiguration");
    }
    return QStringLiteral("?");
}

QString errorName(CorsParseError e)
{
    switch (e) {
    case CorsParseError::None:
        return QStringLiteral("None");
    case CorsParseError::MalformedXml:
        return QStringLiteral("MalformedXml");
    case CorsParseError::MalformedJson:
        return QStringLiteral("MalformedJson");
    case CorsParseError::UnexpectedRoot:
        return QStringLiteral("UnexpectedRoot");
    case CorsParseError::ErrorResponse:
        return QStringLiteral("ErrorResponse");
    case CorsParseError::TooManyRules:
        return QStringLiteral("TooManyRules");
    case CorsParseError::RuleWithoutOrigin:
        return QStringLiteral("RuleWithoutOrigin");
    case CorsParseError::RuleWithoutMethod:
        return QStringLiteral("RuleWithoutMethod");
    case CorsParseError::UnknownMethod:
        return QStringLiteral("UnknownMethod");
    case CorsParseError::TooManyWildcards:
        return QStringLiteral("TooManyWildcards");
    case CorsParseError::WildcardNotAllowed:
        return QStringLiteral("WildcardNotAllowed");
    case CorsParseError::ForbiddenCharacter:
        return QStringLiteral("ForbiddenCharacter");
    case CorsParseError::InvalidMaxAge:
        return QStringLiteral("InvalidMaxAge");
    }
    return QStringLiteral("?");
}

QString rule(const QStringList &origins, const QStringList &methods, const QStringList &headers = {},
    const QStringList &expose = {}, int maxAge = -1)
{
    QString x = QStringLiteral("<CORSRule>");
    for (const QString &o : origins)
        x += QStringLiteral("<AllowedOrigin>%1</AllowedOrigin>").arg(o);
    for (const QString &m : methods)
        x += QStringLiteral("<AllowedMethod>%1</AllowedMethod>").arg(m);
    for (const QString &h : headers)
        x += QStringLiteral("<AllowedHeader>%1</AllowedHeader>").arg(h);
    for (const QString &h : expose)
        x += QStringLiteral("<ExposeHeader>%1</ExposeHeader>").arg(h);
    if (maxAge >= 0)
        x += QStringLiteral("<MaxAgeSeconds>%1</MaxAgeSeconds>").arg(maxAge);
    return x + QStringLiteral("</CORSRule>");
}

QString config(const QStringList &rules, const QString &tail = QString())
{
    return QStringLiteral("<CORSConfiguration>") + rules.join(QString()) + tail + QStringLiteral("</CORSConfiguration>");
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString S(const char *s)
{
    return QString::fromUtf8(s);
}

// The S3 developer guide's three-rule example: two origins with PUT/POST/DELETE and any header,
// then any origin with GET only.
QString s3DocExample()
{
    return config({ rule(L({ "http://www.example1.com" }), L({ "PUT", "POST", "DELETE" }), L({ "*" })),
        rule(L({ "http://www.example2.com" }), L({ "PUT", "POST", "DELETE" }), L({ "*" })), rule(L({ "*" }), L({ "GET" })) });
}

// The COS PUT Bucket cors example: one origin, every method, a meta header, Max-Age 600.
QString cosDocExample(const QString &vary = QStringLiteral("false"))
{
    return config({ rule(L({ "http://www.qq.com" }), L({ "PUT", "GET", "POST", "DELETE", "HEAD" }), L({ "x-cos-meta-test" }),
                      L({ "Content-Length", "ETag", "x-cos-meta-author" }), 600) },
        QStringLiteral("<ResponseVary>%1</ResponseVary>").arg(vary));
}

const QList<QPair<const char *, Provider>> kAll = { { "cos", Provider::Cos }, { "oss", Provider::Oss }, { "s3", Provider::S3 } };
}

void TestCorsEvaluator::decides_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<int>("closestRule");
    QTest::addColumn<QString>("detail");

    const QString s3 = s3DocExample();
    // S3 doc example: first matching rule wins.
    QTest::newRow("s3 doc: example1 PUT, rule 0")
        << Provider::S3 << s3 << S("http://www.example1.com") << S("PUT") << L({ "content-type" }) << true << S("Allowed")
        << S("RuleMatched") << 0 << -1 << S("http://www.example1.com");
    QTest::newRow("s3 doc: example2 DELETE with x-amz-date, rule 1")
        << Provider::S3 << s3 << S("http://www.example2.com") << S("DELETE") << L({ "x-amz-date" }) << true << S("Allowed")
        << S("RuleMatched") << 1 << -1 << S("http://www.example2.com");
    QTest::newRow("s3 doc: any origin GET, rule 2")
        << Provider::S3 << s3 << S("https://other.example.org") << S("GET") << QStringList() << true << S("Allowed")
        << S("RuleMatched") << 2 << -1 << S("*");
    QTest::newRow("s3 doc: any origin PUT, method refused by rule 2")
        << Provider::S3 << s3 << S("https://other.example.org") << S("PUT") << QStringList() << true << S("Refused")
        << S("MethodNotAllowed") << -1 << 2 << S("PUT");
    QTest::newRow("s3 doc: any origin GET with a header, rule 2 has no AllowedHeader")
        << Provider::S3 << s3 << S("https://other.example.org") << S("GET") << L({ "x-amz-date" }) << true << S("Refused")
        << S("HeaderNotAllowed") << -1 << 2 << S("x-amz-date");
    QTest::newRow("s3 doc: example1 GET falls through to rule 2")
        << Provider::S3 << s3 << S("http://www.example1.com") << S("GET") << QStringList() << true << S("Allowed")
        << S("RuleMatched") << 2 << -1 << S("*");

    // First match, not first origin match; and the earliest of two full matches.
    const QString two = config({ rule(L({ "https://app.example.com" }), L({ "GET" })),
        rule(L({ "https://app.example.com" }), L({ "GET", "PUT" }), L({ "*" })) });
    for (const auto &[name, p] : kAll) {
        QTest::addRow("all(%s): first rule matching origin and method and headers wins", name)
            << p << two << S("https://app.example.com") << S("PUT") << L({ "content-type" }) << true << S("Allowed")
            << S("RuleMatched") << 1 << -1 << S("https://app.example.com");
        QTest::addRow("all(%s): two full matches, the first decides", name)
            << p << two << S("https://app.example.com") << S("GET") << QStringList() << true << S("Allowed") << S("RuleMatched")
            << 0 << -1 << S("https://app.example.com");
    }

    // Origins: one `*` anywhere, matching zero or more characters; scheme and port matter.
    struct OriginRow {
        const char *name;
        const char *pattern;
        const char *origin;
        bool allowed;
    };
    const OriginRow origins[] = {
        { "star alone matches any origin", "*", "https://anything.example.net:8443", true },
        { "scheme matters (https pattern, http origin)", "https://www.example.com", "http://www.example.com", false },
        { "subdomain wildcard https://*.example.com (OSS doc)", "https://*.example.com", "https://img.example.com", true },
        { "subdomain wildcard matches nested subdomains", "https://*.example.com", "https://a.b.example.com", true },
        { "subdomain wildcard does not match the apex", "https://*.example.com", "https://example.com", false },
        { "subdomain wildcard keeps the scheme", "https://*.example.com", "http://img.example.com", false },
        { "star in the scheme", "*://www.example.com", "http://www.example.com", true },
        { "star in the port", "http://www.example.com:*", "http://www.example.com:8080", true },
        { "non-default port must be in the pattern", "http://www.example.com", "http://www.example.com:8080", false },
        { "explicit non-default port", "http://localhost:8080", "http://localhost:8080", true },
        { "star matches zero characters", "http://www.example.com*", "http://www.example.com", true },
        { "exact origin, no path", "http://www.qq.com", "http://www.qq.com", true },
    };
    for (const auto &[pname, p] : kAll) {
        for (const OriginRow &r : origins) {
            QTest::addRow("all(%s) origin: %s", pname, r.name)
                << p << config({ rule(L({ r.pattern }), L({ "GET" })) }) << S(r.origin) << S("GET") << QStringList() << true
                << (r.allowed ? S("Allowed") : S("Refused")) << (r.allowed ? S("RuleMatched") : S("OriginNotAllowed"))
                << (r.allowed ? 0 : -1) << -1 << (r.allowed ? S(r.pattern) : S(r.origin));
        }
    }

    // Headers: every requested header must match an entry, case-insensitively, `*` allowed.
    struct HeaderRow {
        const char *name;
        QStringList allowed;
        QStringList requested;
        const char *unmatched; // nullptr: allowed
    };
    const HeaderRow headerRows[] = {
        { "x-amz-* matches x-amz-date (S3 doc)", L({ "x-amz-*" }), L({ "x-amz-date" }), nullptr },
        { "x-amz-* does not match content-type", L({ "x-amz-*" }), L({ "x-amz-date", "content-type" }), "content-type" },
        { "case-insensitive: Content-Type entry, content-type request", L({ "Content-Type" }), L({ "content-type" }), nullptr },
        { "case-insensitive: lower entry, upper request", L({ "x-cos-meta-test" }), L({ "X-COS-META-TEST" }), nullptr },
        { "star allows every header", L({ "*" }), L({ "authorization", "x-oss-date", "content-md5" }), nullptr },
        { "every header must match: the second fails", L({ "content-type" }), L({ "content-type", "x-cos-meta-author" }),
            "x-cos-meta-author" },
        { "comma-separated Access-Control-Request-Headers", L({ "content-type", "x-oss-*" }), L({ "content-type, x-oss-date" }),
            nullptr },
        { "no AllowedHeader refuses any requested header", QStringList(), L({ "authorization" }), "authorization" },
        { "no requested header needs no AllowedHeader", QStringList(), QStringList(), nullptr },
    };
    for (const auto &[pname, p] : kAll) {
        for (const HeaderRow &r : headerRows) {
            QTest::addRow("all(%s) header: %s", pname, r.name)
                << p << config({ rule(L({ "https://app.example.com" }), L({ "PUT" }), r.allowed) })
                << S("https://app.example.com") << S("PUT") << r.requested << true << (r.unmatched ? S("Refused") : S("Allowed"))
                << (r.unmatched ? S("HeaderNotAllowed") : S("RuleMatched")) << (r.unmatched ? -1 : 0) << (r.unmatched ? 0 : -1)
                << (r.unmatched ? S(r.unmatched) : S("https://app.example.com"));
        }
    }

    const QString simple = config({ rule(L({ "https://app.example.com" }), L({ "GET", "PUT" })) });
    for (const auto &[pname, p] : kAll) {
        // Methods: the same five on all three; anything else can never be allowed.
        QTest::addRow("all(%s) method: PATCH is not a CORS method here", pname)
            << p << simple << S("https://app.example.com") << S("PATCH") << QStringList() << true << S("Refused")
            << S("UnsupportedMethod") << -1 << -1 << S("PATCH");
        QTest::addRow("all(%s) method: DELETE not in the rule", pname)
            << p << simple << S("https://app.example.com") << S("DELETE") << QStringList() << true << S("Refused")
            << S("MethodNotAllowed") << -1 << 0 << S("DELETE");
        QTest::addRow("all(%s) method: lower-case request method", pname)
            << p << simple << S("https://app.example.com") << S("put") << QStringList() << true << S("Allowed")
            << S("RuleMatched") << 0 << -1 << S("https://app.example.com");
        // An actual request carries no header list: only origin and method count.
        QTest::addRow("all(%s) actual request: headers are not checked", pname)
            << p << simple << S("https://app.example.com") << S("PUT") << L({ "x-custom" }) << false << S("Allowed")
            << S("RuleMatched") << 0 << -1 << S("https://app.example.com");
        QTest::addRow("all(%s) actual request: origin not allowed", pname)
            << p << simple << S("https://evil.example.net") << S("GET") << QStringList() << false << S("Refused")
            << S("OriginNotAllowed") << -1 << -1 << S("https://evil.example.net");
        QTest::addRow("all(%s) no Origin: not a CORS request", pname)
            << p << simple << QString() << S("GET") << QStringList() << true << S("NotCorsRequest") << S("MissingOrigin") << -1
            << -1 << QString();
        QTest::addRow("all(%s) preflight without Access-Control-Request-Method", pname)
            << p << simple << S("https://app.example.com") << QString() << QStringList() << true << S("Refused")
            << S("MissingRequestMethod") << -1 << -1 << QString();
        // No configuration: empty GET result, the 404 body, or a configuration without rules.
        QTest::addRow("all(%s) no configuration: empty", pname)
            << p << QString() << S("https://app.example.com") << S("GET") << QStringList() << true << S("Refused")
            << S("NoConfiguration") << -1 << -1 << QString();
        QTest::addRow("all(%s) no configuration: NoSuchCORSConfiguration body", pname)
            << p
            << S("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchCORSConfiguration</Code>"
                 "<Message>The CORS configuration does not exist</Message></Error>")
            << S("https://app.example.com") << S("GET") << QStringList() << true << S("Refused") << S("NoConfiguration") << -1
            << -1 << QString();
        QTest::addRow("all(%s) no configuration: no CORSRule", pname)
            << p << config({}) << S("https://app.example.com") << S("GET") << QStringList() << true << S("Refused")
            << S("NoConfiguration") << -1 << -1 << S("CORSConfiguration without CORSRule");
        // Closest rule: the one that got furthest, origin then method then headers.
        QTest::addRow("all(%s) closest rule is the one that got furthest", pname)
            << p
            << config({ rule(L({ "https://app.example.com" }), L({ "GET" })),
                   rule(L({ "https://app.example.com" }), L({ "PUT" }), L({ "content-type" })) })
            << S("https://app.example.com") << S("PUT") << L({ "x-oss-meta-a" }) << true << S("Refused") << S("HeaderNotAllowed")
            << -1 << 1 << S("x-oss-meta-a");
        QTest::addRow("all(%s) closest rule: of two that got as far, the first", pname)
            << p
            << config({ rule(L({ "https://app.example.com" }), L({ "PUT" }), L({ "content-type" })),
                   rule(L({ "*" }), L({ "PUT" }), L({ "x-oss-*" })) })
            << S("https://app.example.com") << S("PUT") << L({ "x-cos-meta-a" }) << true << S("Refused") << S("HeaderNotAllowed")
            << -1 << 0 << S("x-cos-meta-a");
        // UNCONFIRMED (originCaseSensitivity): AllowedOrigin compared case-sensitively.
        QTest::addRow("all(%s) origin: upper-case host in the pattern does not match", pname)
            << p << config({ rule(L({ "https://App.example.com" }), L({ "GET" })) }) << S("https://app.example.com") << S("GET")
            << QStringList() << true << S("Refused") << S("OriginNotAllowed") << -1 << -1 << S("https://app.example.com");
    }
}

void TestCorsEvaluator::decides()
{
    QFETCH(Provider, provider);
    QFETCH(QString, xml);
    QFETCH(QString, origin);
    QFETCH(QString, method);
    QFETCH(QStringList, headers);
    QFETCH(bool, preflight);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    QFETCH(int, ruleIndex);
    QFETCH(int, closestRule);
    QFETCH(QString, detail);

    const CorsParseResult parsed = CorsEvaluator::parse(provider, xml);
    QCOMPARE(errorName(parsed.error), QStringLiteral("None"));
    const CorsDecision d
        = CorsEvaluator::evaluate(provider, parsed.configuration, CorsRequest { origin, method, headers, preflight });
    QCOMPARE(outcomeName(d.outcome), outcome);
    QCOMPARE(reasonName(d.reason), reason);
    QCOMPARE(d.ruleIndex, ruleIndex);
    QCOMPARE(d.closestRuleIndex, closestRule);
    QCOMPARE(d.detail, detail);
    QCOMPARE(d.allowed(), outcome == QStringLiteral("Allowed"));
}

void TestCorsEvaluator::allowedResponseHeaders_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QString>("allowOrigin");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QStringList>("allowMethods");
    QTest::addColumn<QStringList>("allowHeaders");
    QTest::addColumn<QStringList>("exposeHeaders");
    QTest::addColumn<int>("maxAge");
    QTest::addColumn<QString>("vary");
    QTest::addColumn<int>("status");

    const QStringList all5 = L({ "PUT", "GET", "POST", "DELETE", "HEAD" });
    const QStringList expose = L({ "Content-Length", "ETag", "x-cos-meta-author" });
    QTest::newRow("cos doc: specific origin echoed, all methods, Max-Age 600")
        << Provider::Cos << cosDocExample() << S("http://www.qq.com") << true << L({ "x-cos-meta-test" })
        << S("http://www.qq.com") << true << all5 << L({ "x-cos-meta-test" }) << expose << 600 << QString() << 200;
    QTest::newRow("cos: ResponseVary true sends Vary: Origin")
        << Provider::Cos << cosDocExample(S("true")) << S("http://www.qq.com") << true << L({ "X-Cos-Meta-Test" })
        << S("http://www.qq.com") << true << all5 << L({ "X-Cos-Meta-Test" }) << expose << 600 << S("Origin") << 200;
    QTest::newRow("cos: actual request gets only origin, credentials and expose headers")
        << Provider::Cos << cosDocExample(S("true")) << S("http://www.qq.com") << false << L({ "x-cos-meta-test" })
        << S("http://www.qq.com") << true << QStringList() << QStringList() << expose << -1 << S("Origin") << 0;

    const QString oss = config({ rule(L({ "*" }), L({ "GET", "PUT" }), L({ "*" }), L({ "x-oss-request-id", "ETag" }), 100) },
        S("<ResponseVary>true</ResponseVary>"));
    QTest::newRow("oss: star origin answered with *, no credentials, Vary: Origin")
        << Provider::Oss << oss << S("https://app.example.com") << true << L({ "content-type", "x-oss-date" }) << S("*") << false
        << L({ "GET", "PUT" }) << L({ "content-type", "x-oss-date" }) << L({ "x-oss-request-id", "ETag" }) << 100 << S("Origin")
        << 200;

    // S3 has no ResponseVary; its Vary value is UNCONFIRMED, so none is predicted.
    const QString s3 = config({ rule(L({ "https://*.example.com" }), L({ "GET" }), L({ "x-amz-*" }), L({ "ETag" }), 3000) },
        S("<ResponseVary>true</ResponseVary>"));
    QTest::newRow("s3: wildcard pattern echoes the origin, Vary not predicted")
        << Provider::S3 << s3 << S("https://img.example.com") << true << L({ "x-amz-date" }) << S("https://img.example.com")
        << true << L({ "GET" }) << L({ "x-amz-date" }) << L({ "ETag" }) << 3000 << QString() << 200;
    QTest::newRow("s3: no MaxAgeSeconds, no Access-Control-Max-Age")
        << Provider::S3 << config({ rule(L({ "*" }), L({ "GET" }), L({ "*" })) }) << S("https://a.example") << true
        << QStringList() << S("*") << false << L({ "GET" }) << QStringList() << QStringList() << -1 << QString() << 200;
}

void TestCorsEvaluator::allowedResponseHeaders()
{
    QFETCH(Provider, provider);
    QFETCH(QString, xml);
    QFETCH(QString, origin);
    QFETCH(bool, preflight);
    QFETCH(QStringList, requested);
    QFETCH(QString, allowOrigin);
    QFETCH(bool, credentials);
    QFETCH(QStringList, allowMethods);
    QFETCH(QStringList, allowHeaders);
    QFETCH(QStringList, exposeHeaders);
    QFETCH(int, maxAge);
    QFETCH(QString, vary);
    QFETCH(int, status);

    const CorsDecision d
        = CorsEvaluator::evaluate(provider, xml, CorsRequest { origin, QStringLiteral("GET"), requested, preflight });
    QCOMPARE(reasonName(d.reason), QStringLiteral("RuleMatched"));
    QCOMPARE(d.headers.allowOrigin, allowOrigin);
    QCOMPARE(d.headers.allowCredentials, credentials);
    QCOMPARE(d.headers.allowMethods, allowMethods);
    QCOMPARE(d.headers.allowHeaders, allowHeaders);
    QCOMPARE(d.headers.exposeHeaders, exposeHeaders);
    QCOMPARE(d.headers.maxAgeSeconds, maxAge);
    QCOMPARE(d.headers.vary, vary);
    QCOMPARE(d.expectedStatus, status);
    QVERIFY(d.expectedErrorCode.isEmpty());
}

void TestCorsEvaluator::refusalResponse_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString s3NotEnabled = S("CORSResponse: CORS is not enabled for this bucket.");
    const QString s3NotAllowed
        = S("CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, "
            "request method / Access-Control-Request-Method or Access-Control-Request-Headers are not "
            "whitelisted by the resource's CORS spec.");
    const QString cosNotAllowed
        = S("CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, "
            "request method / Access-Control-Request-Method or Access-Control-Requet-Headers are not "
            "whitelisted by the resource's CORS spec");
    const QString noMatch = config({ rule(L({ "https://other.example.com" }), L({ "GET" })) });
    const QString code = S("AccessForbidden");

    // S3 tells "no configuration" apart; COS answers both with the same refusal.
    QTest::newRow("s3 no configuration: CORS is not enabled") << Provider::S3 << QString() << true << 403 << code << s3NotEnabled;
    QTest::newRow("s3 no matching rule: not allowed") << Provider::S3 << noMatch << true << 403 << code << s3NotAllowed;
    QTest::newRow("cos no configuration: same refusal as no match")
        << Provider::Cos << QString() << true << 403 << code << cosNotAllowed;
    QTest::newRow("cos no matching rule: typos kept") << Provider::Cos << noMatch << true << 403 << code << cosNotAllowed;
    // OSS: "same message family", exact text UNCONFIRMED: only the code is predicted.
    QTest::newRow("oss no configuration: code only") << Provider::Oss << QString() << true << 403 << code << QString();
    QTest::newRow("oss no matching rule: code only") << Provider::Oss << noMatch << true << 403 << code << QString();
    // OSS (stated; COS and S3 UNCONFIRMED, assumed the same): an actual request is not refused,
    // the CORS headers are just left out.
    for (const auto &[name, p] : kAll)
        QTest::addRow("%s actual request: no error predicted, headers omitted", name)
            << p << noMatch << false << 0 << QString() << QString();
}

void TestCorsEvaluator::refusalResponse()
{
    QFETCH(Provider, provider);
    QFETCH(QString, xml);
    QFETCH(bool, preflight);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const CorsDecision d = CorsEvaluator::evaluate(
        provider, xml, CorsRequest { QStringLiteral("https://app.example.com"), QStringLiteral("GET"), {}, preflight });
    QCOMPARE(outcomeName(d.outcome), QStringLiteral("Refused"));
    QCOMPARE(d.expectedStatus, status);
    QCOMPARE(d.expectedErrorCode, code);
    QCOMPARE(d.expectedErrorMessage, message);
    QVERIFY(d.headers.allowOrigin.isEmpty());
}

void TestCorsEvaluator::parses_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("rules");

    auto many = [](int n) {
        QStringList rules;
        for (int i = 0; i < n; ++i)
            rules << rule(L({ "*" }), L({ "GET" }));
        return config(rules);
    };

    for (const auto &[name, p] : kAll) {
        QTest::addRow("all(%s): malformed XML", name)
            << p << S("<CORSConfiguration><CORSRule>") << S("MalformedXml") << QString() << 0;
        QTest::addRow("all(%s): malformed JSON", name) << p << S("{\"CORSRules\": [") << S("MalformedJson") << QString() << 0;
        QTest::addRow("all(%s): JSON without rules", name)
            << p << S("{\"Rules\": []}") << S("MalformedJson") << S("no CORSRules") << 0;
        QTest::addRow("all(%s): a referer configuration is not CORS", name)
            << p << S("<RefererConfiguration><Status>Enabled</Status></RefererConfiguration>") << S("UnexpectedRoot")
            << S("RefererConfiguration") << 0;
        QTest::addRow("all(%s): GET ?cors denied", name)
            << p << S("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>") << S("ErrorResponse")
            << S("AccessDenied") << 0;
        QTest::addRow("all(%s): rule without AllowedOrigin", name)
            << p << config({ rule({}, L({ "GET" })) }) << S("RuleWithoutOrigin") << S("0") << 0;
        QTest::addRow("all(%s): rule without AllowedMethod", name)
            << p << config({ rule(L({ "*" }), L({ "GET" })), rule(L({ "*" }), {}) }) << S("RuleWithoutMethod") << S("1") << 0;
        QTest::addRow("all(%s): OPTIONS is not an AllowedMethod", name)
            << p << config({ rule(L({ "*" }), L({ "OPTIONS" })) }) << S("UnknownMethod") << S("OPTIONS") << 0;
        QTest::addRow("all(%s): two stars in one origin", name)
            << p << config({ rule(L({ "https://*.example.*" }), L({ "GET" })) }) << S("TooManyWildcards")
            << S("https://*.example.*") << 0;
        QTest::addRow("all(%s): MaxAgeSeconds not a number", name)
            << p
            << config({ S("<CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod>"
                          "<MaxAgeSeconds>ten</MaxAgeSeconds></CORSRule>") })
            << S("InvalidMaxAge") << S("ten") << 0;
        QTest::addRow("all(%s): MaxAgeSeconds beyond int (JSON)", name)
            << p << S("{\"CORSRules\":[{\"AllowedOrigin\":[\"*\"],\"AllowedMethod\":[\"GET\"],\"MaxAgeSeconds\":3e95}]}")
            << S("InvalidMaxAge") << S("3e+95") << 0;
        QTest::addRow("all(%s): 20 rules accepted", name) << p << many(20) << S("None") << QString() << 20;
        QTest::addRow("all(%s): S3 namespace and ID", name)
            << p
            << S("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                 "<CORSRule><ID>rule-1</ID><AllowedOrigin>*</AllowedOrigin><AllowedMethod>get</AllowedMethod></CORSRule>"
                 "</CORSConfiguration>")
            << S("None") << QString() << 1;
        QTest::addRow("all(%s): aws s3api get-bucket-cors JSON", name)
            << p
            << S("{\"CORSRules\": [{\"ID\": \"a\", \"AllowedHeaders\": [\"*\"], \"AllowedMethods\": [\"GET\", \"PUT\"],"
                 " \"AllowedOrigins\": [\"https://app.example.com\"], \"ExposeHeaders\": [\"ETag\"], \"MaxAgeSeconds\": 3000}]}")
            << S("None") << QString() << 1;
    }

    // Rule count: OSS accepts 20, COS and S3 100.
    QTest::newRow("oss: 21 rules refused") << Provider::Oss << many(21) << S("TooManyRules") << S("21/20") << 0;
    QTest::newRow("cos: 21 rules accepted") << Provider::Cos << many(21) << S("None") << QString() << 21;
    QTest::newRow("s3: 21 rules accepted") << Provider::S3 << many(21) << S("None") << QString() << 21;
    QTest::newRow("s3: 101 rules refused") << Provider::S3 << many(101) << S("TooManyRules") << S("101/100") << 0;
    QTest::newRow("cos: 101 rules refused") << Provider::Cos << many(101) << S("TooManyRules") << S("101/100") << 0;

    // AllowedHeader: one `*` per entry on OSS and S3; COS only says `*` is allowed.
    const QString twoStarHeader = config({ rule(L({ "*" }), L({ "GET" }), L({ "x-*-meta-*" })) });
    QTest::newRow("oss: two stars in AllowedHeader refused")
        << Provider::Oss << twoStarHeader << S("TooManyWildcards") << S("x-*-meta-*") << 0;
    QTest::newRow("s3: two stars in AllowedHeader refused")
        << Provider::S3 << twoStarHeader << S("TooManyWildcards") << S("x-*-meta-*") << 0;
    QTest::newRow("cos: two stars in AllowedHeader accepted") << Provider::Cos << twoStarHeader << S("None") << QString() << 1;

    // ExposeHeader: OSS forbids `*`; COS and S3 do not say so.
    const QString starExpose = config({ rule(L({ "*" }), L({ "GET" }), {}, L({ "*" })) });
    QTest::newRow("oss: star in ExposeHeader refused") << Provider::Oss << starExpose << S("WildcardNotAllowed") << S("*") << 0;
    QTest::newRow("cos: star in ExposeHeader accepted") << Provider::Cos << starExpose << S("None") << QString() << 1;
    QTest::newRow("s3: star in ExposeHeader accepted") << Provider::S3 << starExpose << S("None") << QString() << 1;

    // OSS forbids < > & ' " in AllowedHeader and ExposeHeader.
    const QString quoteHeader = config({ rule(L({ "*" }), L({ "GET" }), L({ "x-oss-'a'" })) });
    const QString ampExpose = config({ rule(L({ "*" }), L({ "GET" }), {}, L({ "a&amp;b" })) });
    QTest::newRow("oss: quote in AllowedHeader refused")
        << Provider::Oss << quoteHeader << S("ForbiddenCharacter") << S("x-oss-'a'") << 0;
    QTest::newRow("oss: ampersand in ExposeHeader refused")
        << Provider::Oss << ampExpose << S("ForbiddenCharacter") << S("a&b") << 0;
    QTest::newRow("s3: quote in AllowedHeader accepted") << Provider::S3 << quoteHeader << S("None") << QString() << 1;
    QTest::newRow("cos: ampersand in ExposeHeader accepted") << Provider::Cos << ampExpose << S("None") << QString() << 1;
}

void TestCorsEvaluator::parses()
{
    QFETCH(Provider, provider);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, detail);
    QFETCH(int, rules);

    const CorsParseResult r = CorsEvaluator::parse(provider, text);
    QCOMPARE(errorName(r.error), error);
    if (!detail.isNull())
        QCOMPARE(r.detail, detail);
    if (r.ok()) {
        QVERIFY(r.configuration.present);
        QCOMPARE(r.configuration.rules.size(), rules);
    } else {
        QVERIFY(!r.detail.isEmpty());
    }
}

void TestCorsEvaluator::invalidConfigurationIsNotEvaluated()
{
    const CorsRequest request { QStringLiteral("https://app.example.com"), QStringLiteral("GET"), {}, true };
    const CorsDecision d = CorsEvaluator::evaluate(Provider::Oss, QStringLiteral("<CORSConfiguration><CORSRule>"), request);
    QCOMPARE(outcomeName(d.outcome), QStringLiteral("InvalidConfiguration"));
    QCOMPARE(reasonName(d.reason), QStringLiteral("ConfigurationError"));
    QCOMPARE(errorName(d.parseError), QStringLiteral("MalformedXml"));
    QCOMPARE(d.ruleIndex, -1);
    QCOMPARE(d.expectedStatus, 0);

    // The JSON form keeps the details the XML form has: ID, Max-Age, expose headers, ResponseVary.
    const CorsParseResult json = CorsEvaluator::parse(Provider::Cos,
        QStringLiteral("{\"CORSRules\": [{\"ID\": \"r\", \"AllowedOrigin\": \"*\", \"AllowedMethod\": [\"get\"],"
                       " \"ExposeHeader\": \"ETag\", \"MaxAgeSeconds\": \"600\"}], \"ResponseVary\": \"true\"}"));
    QVERIFY(json.ok());
    QCOMPARE(json.configuration.rules.at(0).id, QStringLiteral("r"));
    QCOMPARE(json.configuration.rules.at(0).allowedMethods, QStringList { QStringLiteral("GET") });
    QCOMPARE(json.configuration.rules.at(0).exposeHeaders, QStringList { QStringLiteral("ETag") });
    QCOMPARE(json.configuration.rules.at(0).maxAgeSeconds, 600);
    QVERIFY(json.configuration.responseVary);
}

void TestCorsEvaluator::wildcardMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("matches");

    QTest::newRow("star alone, empty text") << S("*") << QString() << true << true;
    QTest::newRow("literal") << S("http://www.qq.com") << S("http://www.qq.com") << true << true;
    QTest::newRow("literal prefix is not a match") << S("http://www.qq.com") << S("http://www.qq.com.evil.net") << true << false;
    QTest::newRow("star in the middle, backtracking")
        << S("https://*.example.com") << S("https://a.example.com.example.com") << true << true;
    QTest::newRow("case-sensitive origin") << S("https://App.example.com") << S("https://app.example.com") << true << false;
    QTest::newRow("case-insensitive header") << S("X-Amz-*") << S("x-amz-date") << false << true;
    QTest::newRow("question mark is literal") << S("a?c") << S("abc") << true << false;
}

void TestCorsEvaluator::wildcardMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, matches);
    QCOMPARE(Wildcard::match(pattern, text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive), matches);
}

// AWS's own examples, each row under the page that states its outcome. Only whether the browser
// request is allowed is compared: that is what the page states.
void TestCorsEvaluator::documentedExamples_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<bool>("allowed");

    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/ManageCorsUsing.html, Example 1: the first
    // rule allows cross-origin PUT, POST and DELETE from http://www.example1.com and every header a
    // preflight asks for; the second the same for http://www.example2.com; the third cross-origin
    // GET from any origin.
    QTest::newRow("aws example 1, PUT from example1 with a header")
        << s3DocExample() << S("http://www.example1.com") << S("PUT") << L({"content-type", "x-amz-meta-owner"}) << true;
    QTest::newRow("aws example 1, DELETE from example2") << s3DocExample() << S("http://www.example2.com") << S("DELETE") << QStringList() << true;
    QTest::newRow("aws example 1, GET from any origin") << s3DocExample() << S("https://www.other.org") << S("GET") << QStringList() << true;
    QTest::newRow("aws example 1, PUT from any other origin") << s3DocExample() << S("https://www.other.org") << S("PUT") << QStringList() << false;
    // Same page, AllowedHeaders: each header of Access-Control-Request-Headers must match an entry;
    // <AllowedHeader>x-amz-*</AllowedHeader> enables all Amazon-specific headers.
    const QString amzHeaders = config({rule(L({"http://www.example.com"}), L({"PUT"}), L({"x-amz-*"}))});
    QTest::newRow("aws x-amz-* allows x-amz-date") << amzHeaders << S("http://www.example.com") << S("PUT") << L({"x-amz-date"}) << true;
    QTest::newRow("aws x-amz-* refuses content-type") << amzHeaders << S("http://www.example.com") << S("PUT") << L({"x-amz-date", "content-type"})
                                                      << false;
}

void TestCorsEvaluator::documentedExamples()
{
    QFETCH(QString, configuration);
    QFETCH(QString, origin);
    QFETCH(QString, method);
    QFETCH(QStringList, headers);
    QFETCH(bool, allowed);
    const CorsDecision d = CorsEvaluator::evaluate(Provider::S3, configuration, CorsRequest{origin, method, headers, true});
    QCOMPARE(d.allowed(), allowed);
}

QTEST_GUILESS_MAIN(TestCorsEvaluator)
#include "TestCorsEvaluator.moc"
