#include "rules/RefererEvaluator.h"

#include <QSet>
#include <QTest>

// Rows are built from the examples of providers.md §7; every provider difference stated there is
// one or more rows. Rows that depend on an UNCONFIRMED constant compute their expectation from it,
// so flipping the constant after a live probe keeps the suite meaningful.
class TestRefererEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void parseErrors_data();
    void parseErrors();
    void parsedDefaults();
    void ossComparedReferer_data();
    void ossComparedReferer();
    void documentedExamples_data();
    void documentedExamples();
    void everyReasonIsTested();

private:
    QSet<QString> m_testedReasons;
};

namespace {
using Reason = RefererVerdict::Reason;

// <RefererConfiguration> for COS; an empty argument leaves the element out.
QString cosXml(const QString &status, const QString &type, const QStringList &domains, const QString &empty = QString())
{
    QString xml = QStringLiteral("<RefererConfiguration>");
    if (!status.isEmpty())
        xml += QStringLiteral("<Status>%1</Status>").arg(status);
    if (!type.isEmpty())
        xml += QStringLiteral("<RefererType>%1</RefererType>").arg(type);
    xml += QStringLiteral("<DomainList>");
    for (const QString &d : domains)
        xml += QStringLiteral("<Domain>%1</Domain>").arg(d);
    xml += QStringLiteral("</DomainList>");
    if (!empty.isEmpty())
        xml += QStringLiteral("<EmptyReferConfiguration>%1</EmptyReferConfiguration>").arg(empty);
    return xml + QStringLiteral("</RefererConfiguration>");
}

QString cosWhite(const QStringList &domains, const QString &empty = QString())
{
    return cosXml(QStringLiteral("Enabled"), QStringLiteral("White-List"), domains, empty);
}

// <RefererConfiguration> for OSS, in the shape GetBucketReferer returns.
QString ossXml(const QStringList &white, const QStringList &black = {}, const QString &allowEmpty = QString(),
               const QString &truncateQuery = QString(), const QString &truncatePath = QString())
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RefererConfiguration>");
    if (!allowEmpty.isEmpty())
        xml += QStringLiteral("<AllowEmptyReferer>%1</AllowEmptyReferer>").arg(allowEmpty);
    if (!truncateQuery.isEmpty())
        xml += QStringLiteral("<AllowTruncateQueryString>%1</AllowTruncateQueryString>").arg(truncateQuery);
    if (!truncatePath.isEmpty())
        xml += QStringLiteral("<TruncatePath>%1</TruncatePath>").arg(truncatePath);
    xml += QStringLiteral("<RefererList>");
    for (const QString &r : white)
        xml += QStringLiteral("<Referer>%1</Referer>").arg(r);
    xml += QStringLiteral("</RefererList>");
    if (!black.isEmpty()) {
        xml += QStringLiteral("<RefererBlacklist>");
        for (const QString &r : black)
            xml += QStringLiteral("<Referer>%1</Referer>").arg(r);
        xml += QStringLiteral("</RefererBlacklist>");
    }
    return xml + QStringLiteral("</RefererConfiguration>");
}

QString id(Reason reason)
{
    return RefererVerdict::reasonId(reason);
}

const QString kAnon = QStringLiteral("anonymous");
const QString kHeader = QStringLiteral("header");
const QString kUrl = QStringLiteral("url");
const QString kAllowed = QStringLiteral("allowed");
const QString kDenied = QStringLiteral("denied");
const QString kWhite = QStringLiteral("whitelist");
const QString kBlack = QStringLiteral("blacklist");
}

void TestRefererEvaluator::evaluate_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("referer");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("list"); // "" when no entry decides
    QTest::addColumn<int>("index");

    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QStringList example{ QStringLiteral("www.example.com") };
    const QString evil = QStringLiteral("https://evil.example.net/page.html");

    // ---- COS (providers.md §7.1) ----
    QTest::newRow("cos no configuration (404 NoSuchRefererConfiguration)")
        << cos << QString() << evil << kAnon << kAllowed << id(Reason::NoConfiguration) << QString() << -1;
    QTest::newRow("cos status disabled")
        << cos << cosXml(QStringLiteral("Disabled"), QStringLiteral("White-List"), example) << evil << kAnon << kAllowed
        << id(Reason::Disabled) << QString() << -1;
    QTest::newRow("cos header-signed request not checked")
        << cos << cosWhite(example) << evil << kHeader << kAllowed << id(Reason::SignedRequestNotChecked) << QString() << -1;
    QTest::newRow("cos url-signed request not checked")
        << cos << cosWhite(example) << evil << kUrl << kAllowed << id(Reason::SignedRequestNotChecked) << QString() << -1;
    QTest::newRow("cos prefix www.example.com matches www.example.com/123")
        << cos << cosWhite(example) << QStringLiteral("http://www.example.com/123") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos prefix www.example.com matches www.example.com.cn")
        << cos << cosWhite(example) << QStringLiteral("https://www.example.com.cn/") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos entry without scheme matches http")
        << cos << cosWhite(example) << QStringLiteral("http://www.example.com/a.html") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos entry without scheme matches https")
        << cos << cosWhite(example) << QStringLiteral("https://www.example.com/a.html") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos https entry misses http referer")
        << cos << cosWhite({ QStringLiteral("https://www.example.com") }) << QStringLiteral("http://www.example.com/a.html")
        << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos entry without port matches port 8080")
        << cos << cosWhite(example) << QStringLiteral("http://www.example.com:8080/a.html") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos example.com:8080 matches that port")
        << cos << cosWhite({ QStringLiteral("example.com:8080") }) << QStringLiteral("http://example.com:8080/a.html")
        << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos example.com:8080 misses port 8081")
        << cos << cosWhite({ QStringLiteral("example.com:8080") }) << QStringLiteral("http://example.com:8081/a.html")
        << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos example.com:8080 misses default port")
        << cos << cosWhite({ QStringLiteral("example.com:8080") }) << QStringLiteral("http://example.com/a.html") << kAnon
        << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos *.example.com matches a.example.com")
        << cos << cosWhite({ QStringLiteral("*.example.com") }) << QStringLiteral("https://a.example.com/") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos *.example.com matches a.b.example.com/123")
        << cos << cosWhite({ QStringLiteral("*.example.com") }) << QStringLiteral("https://a.b.example.com/123") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    // https://www.tencentcloud.com/document/product/436/32466: *.example.com restricts example.com too.
    QTest::newRow("cos *.example.com covers example.com itself")
        << cos << cosWhite({ QStringLiteral("*.example.com") }) << QStringLiteral("https://example.com/123") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos *.example.com misses notexample.com")
        << cos << cosWhite({ QStringLiteral("*.example.com") }) << QStringLiteral("https://notexample.com/123") << kAnon
        << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos ip entry")
        << cos << cosWhite({ QStringLiteral("192.168.1.1") }) << QStringLiteral("http://192.168.1.1/index.html") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos ip:port entry")
        << cos << cosWhite({ QStringLiteral("192.168.1.1:8080") }) << QStringLiteral("http://192.168.1.1:8080/")
        << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos ip:port entry misses other port")
        << cos << cosWhite({ QStringLiteral("192.168.1.1:8080") }) << QStringLiteral("http://192.168.1.1:9090/")
        << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos path entry www.qq.com/example")
        << cos << cosWhite({ QStringLiteral("www.qq.com/example") }) << QStringLiteral("https://www.qq.com/example/a.jpg")
        << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("cos path entry misses other path")
        << cos << cosWhite({ QStringLiteral("www.qq.com/example") }) << QStringLiteral("https://www.qq.com/other/a.jpg")
        << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos second entry decides")
        << cos << cosWhite({ QStringLiteral("www.example.com"), QStringLiteral("*.qq.com") })
        << QStringLiteral("https://v.qq.com/x") << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite << 1;
    QTest::newRow("cos unrelated referer not in whitelist")
        << cos << cosWhite(example) << evil << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("cos empty referer default deny")
        << cos << cosWhite(example) << QString() << kAnon << kDenied << id(Reason::EmptyRefererDenied) << QString() << -1;
    QTest::newRow("cos empty referer allow")
        << cos << cosWhite(example, QStringLiteral("Allow")) << QString() << kAnon << kAllowed
        << id(Reason::EmptyRefererAllowed) << QString() << -1;
    QTest::newRow("cos black-list hit")
        << cos << cosXml(QStringLiteral("Enabled"), QStringLiteral("Black-List"), { QStringLiteral("evil.example.net") })
        << evil << kAnon << kDenied << id(Reason::BlacklistHit) << kBlack << 0;
    QTest::newRow("cos black-list miss")
        << cos << cosXml(QStringLiteral("Enabled"), QStringLiteral("Black-List"), { QStringLiteral("evil.example.net") })
        << QStringLiteral("https://www.example.com/") << kAnon << kAllowed << id(Reason::NotInBlacklist) << QString() << -1;
    {
        const bool applies = RefererEvaluator::kCosEmptyRuleAppliesToBlackList;
        QTest::newRow("cos black-list empty referer default deny")
            << cos << cosXml(QStringLiteral("Enabled"), QStringLiteral("Black-List"), { QStringLiteral("evil.example.net") })
            << QString() << kAnon << (applies ? kDenied : kAllowed)
            << id(applies ? Reason::EmptyRefererDenied : Reason::NotInBlacklist) << QString() << -1;
    }

    // ---- OSS (providers.md §7.2) ----
    const QStringList aliyun{ QStringLiteral("http://www.aliyun.com") };
    QTest::newRow("oss empty referer allowed by default")
        << oss << ossXml(aliyun) << QString() << kAnon << kAllowed << id(Reason::EmptyRefererAllowed) << QString() << -1;
    QTest::newRow("oss empty referer denied with whitelist")
        << oss << ossXml(aliyun, {}, QStringLiteral("false")) << QString() << kAnon << kDenied
        << id(Reason::EmptyRefererDenied) << QString() << -1;
    QTest::newRow("oss empty referer allowed when whitelist empty")
        << oss << ossXml({}, {}, QStringLiteral("false")) << QString() << kAnon << kAllowed
        << id(Reason::EmptyRefererAllowedNoWhitelist) << QString() << -1;
    QTest::newRow("oss empty referer allowed even with blacklist")
        << oss << ossXml({}, { QStringLiteral("*") }) << QString() << kAnon << kAllowed << id(Reason::EmptyRefererAllowed)
        << QString() << -1;
    QTest::newRow("oss authorization header not checked")
        << oss << ossXml(aliyun) << evil << kHeader << kAllowed << id(Reason::SignedRequestNotChecked) << QString() << -1;
    QTest::newRow("oss signed url is checked")
        << oss << ossXml(aliyun) << evil << kUrl << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("oss exact entry")
        << oss << ossXml(aliyun) << QStringLiteral("http://www.aliyun.com") << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("oss http://www.*.com matches www.aliyun.com")
        << oss << ossXml({ QStringLiteral("http://www.*.com") }) << QStringLiteral("http://www.aliyun.com") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("oss http://www.*.com misses https")
        << oss << ossXml({ QStringLiteral("http://www.*.com") }) << QStringLiteral("https://www.aliyun.com") << kAnon
        << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("oss ? matches exactly one character")
        << oss << ossXml({ QStringLiteral("https://www.?.aliyuncs.com") }) << QStringLiteral("https://www.a.aliyuncs.com")
        << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("oss ? misses two characters")
        << oss << ossXml({ QStringLiteral("https://www.?.aliyuncs.com") }) << QStringLiteral("https://www.ab.aliyuncs.com")
        << kAnon << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("oss *www.aliyun.com/ covers http")
        << oss << ossXml({ QStringLiteral("*www.aliyun.com/") }) << QStringLiteral("http://www.aliyun.com/") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("oss *www.aliyun.com/ covers https")
        << oss << ossXml({ QStringLiteral("*www.aliyun.com/") }) << QStringLiteral("https://www.aliyun.com/") << kAnon
        << kAllowed << id(Reason::WhitelistHit) << kWhite << 0;
    QTest::newRow("oss entry without scheme misses (unlike cos)")
        << oss << ossXml({ QStringLiteral("www.aliyun.com") }) << QStringLiteral("http://www.aliyun.com") << kAnon
        << kDenied << id(Reason::NotInWhitelist) << QString() << -1;
    QTest::newRow("oss blacklist before whitelist")
        << oss << ossXml({ QStringLiteral("https://*.example.net/*") }, { QStringLiteral("https://ok.example.net/*"), QStringLiteral("https://evil.example.net/*") })
        << evil << kAnon << kDenied << id(Reason::BlacklistHit) << kBlack << 1;
    QTest::newRow("oss blacklist only, miss")
        << oss << ossXml({}, { QStringLiteral("https://evil.example.net/*") }) << QStringLiteral("https://www.example.com/")
        << kAnon << kAllowed << id(Reason::NoWhitelist) << QString() << -1;
    QTest::newRow("oss blacklist only, hit")
        << oss << ossXml({}, { QStringLiteral("https://evil.example.net/*") }) << evil << kAnon << kDenied
        << id(Reason::BlacklistHit) << kBlack << 0;
    {
        // Prefix match, as the OSS pages state (kOssPrefixMatch).
        const bool prefix = RefererEvaluator::kOssPrefixMatch;
        QTest::newRow("oss http://www.aliyun.com vs a page under it")
            << oss << ossXml(aliyun) << QStringLiteral("http://www.aliyun.com/index.html") << kAnon
            << (prefix ? kAllowed : kDenied) << id(prefix ? Reason::WhitelistHit : Reason::NotInWhitelist)
            << (prefix ? kWhite : QString()) << (prefix ? 0 : -1);
    }
    const QStringList page{ QStringLiteral("https://www.example.com/a.html") };
    const QString withQuery = QStringLiteral("https://www.example.com/a.html?from=share");
    {
        // UNCONFIRMED: the AllowTruncateQueryString default (element left out).
        const bool allowed = RefererEvaluator::kOssAllowTruncateQueryStringDefault || RefererEvaluator::kOssPrefixMatch;
        QTest::newRow("oss query string, truncation default")
            << oss << ossXml(page) << withQuery << kAnon << (allowed ? kAllowed : kDenied)
            << id(allowed ? Reason::WhitelistHit : Reason::NotInWhitelist) << (allowed ? kWhite : QString())
            << (allowed ? 0 : -1);
    }
    QTest::newRow("oss query string, AllowTruncateQueryString true")
        << oss << ossXml(page, {}, QString(), QStringLiteral("true")) << withQuery << kAnon << kAllowed
        << id(Reason::WhitelistHit) << kWhite << 0;
    {
        const bool allowed = RefererEvaluator::kOssPrefixMatch;
        QTest::newRow("oss query string, AllowTruncateQueryString false")
            << oss << ossXml(page, {}, QString(), QStringLiteral("false")) << withQuery << kAnon
            << (allowed ? kAllowed : kDenied) << id(allowed ? Reason::WhitelistHit : Reason::NotInWhitelist)
            << (allowed ? kWhite : QString()) << (allowed ? 0 : -1);
    }
    const QStringList site{ QStringLiteral("https://www.example.com") };
    QTest::newRow("oss TruncatePath true")
        << oss << ossXml(site, {}, QString(), QStringLiteral("true"), QStringLiteral("true"))
        << QStringLiteral("https://www.example.com/a/b.html?x=1") << kAnon << kAllowed << id(Reason::WhitelistHit) << kWhite
        << 0;
    {
        const bool allowed = RefererEvaluator::kOssPrefixMatch;
        QTest::newRow("oss TruncatePath false")
            << oss << ossXml(site, {}, QString(), QStringLiteral("true"), QStringLiteral("false"))
            << QStringLiteral("https://www.example.com/a/b.html") << kAnon << (allowed ? kAllowed : kDenied)
            << id(allowed ? Reason::WhitelistHit : Reason::NotInWhitelist) << (allowed ? kWhite : QString())
            << (allowed ? 0 : -1);
    }

    // ---- S3 (providers.md §7.3) ----
    QTest::newRow("s3 has no referer feature")
        << QStringLiteral("s3") << QString() << evil << kAnon << QStringLiteral("not_applicable")
        << id(Reason::NotSupported) << QString() << -1;

    // ---- configuration that cannot be read ----
    QTest::newRow("cos malformed xml")
        << cos << QStringLiteral("<RefererConfiguration><Status>Enabled</Status>") << evil << kAnon
        << QStringLiteral("invalid") << id(Reason::MalformedConfiguration) << QString() << -1;
}

void TestRefererEvaluator::evaluate()
{
    QFETCH(QString, provider);
    QFETCH(QString, xml);
    QFETCH(QString, referer);
    QFETCH(QString, auth);
    QFETCH(QString, decision);
    QFETCH(QString, reason);
    QFETCH(QString, list);
    QFETCH(int, index);

    RefererRequest request;
    request.referer = referer;
    request.auth = auth == kHeader ? RefererRequest::Auth::AuthorizationHeader
        : auth == kUrl             ? RefererRequest::Auth::SignedUrl
                                   : RefererRequest::Auth::Anonymous;
    const RefererVerdict v = RefererEvaluator::evaluate(Providers::fromId(provider), xml, request);
    m_testedReasons.insert(reason);

    QCOMPARE(RefererVerdict::reasonId(v.reason), reason);
    QCOMPARE(RefererVerdict::decisionId(v.decision), decision);
    const QString gotList = v.list == RefererVerdict::List::Whitelist ? kWhite
        : v.list == RefererVerdict::List::Blacklist                   ? kBlack
                                                                      : QString();
    QCOMPARE(gotList, list);
    QCOMPARE(v.index, index);
    // The deciding entry is named whenever an entry decides.
    QCOMPARE(v.pattern.isEmpty(), index < 0);
}

void TestRefererEvaluator::parseErrors_data()
{
    using E = RefererVerdict::ParseError;
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detailContains");

    QTest::newRow("not xml") << QStringLiteral("cos") << QStringLiteral("{\"Status\":\"Enabled\"}")
                             << int(E::MalformedXml) << QString();
    QTest::newRow("unclosed element")
        << QStringLiteral("oss") << QStringLiteral("<RefererConfiguration><RefererList><Referer>x</Referer>")
        << int(E::MalformedXml) << QStringLiteral("line");
    QTest::newRow("wrong root (cors config pasted)")
        << QStringLiteral("cos") << QStringLiteral("<CORSConfiguration><CORSRule/></CORSConfiguration>")
        << int(E::WrongRootElement) << QStringLiteral("CORSConfiguration");
    QTest::newRow("cos missing Status")
        << QStringLiteral("cos") << QStringLiteral("<RefererConfiguration><RefererType>White-List</RefererType></RefererConfiguration>")
        << int(E::MissingElement) << QStringLiteral("Status");
    QTest::newRow("cos enabled without RefererType")
        << QStringLiteral("cos") << QStringLiteral("<RefererConfiguration><Status>Enabled</Status></RefererConfiguration>")
        << int(E::MissingElement) << QStringLiteral("RefererType");
    QTest::newRow("cos unknown RefererType")
        << QStringLiteral("cos")
        << QStringLiteral("<RefererConfiguration><Status>Enabled</Status><RefererType>Grey-List</RefererType></RefererConfiguration>")
        << int(E::InvalidValue) << QStringLiteral("Grey-List");
    QTest::newRow("cos unknown Status")
        << QStringLiteral("cos") << QStringLiteral("<RefererConfiguration><Status>On</Status></RefererConfiguration>")
        << int(E::InvalidValue) << QStringLiteral("Status=On");
    QTest::newRow("oss AllowEmptyReferer not a boolean")
        << QStringLiteral("oss") << QStringLiteral("<RefererConfiguration><AllowEmptyReferer>yes</AllowEmptyReferer></RefererConfiguration>")
        << int(E::InvalidValue) << QStringLiteral("AllowEmptyReferer=yes");
    QTest::newRow("s3 cannot be parsed") << QStringLiteral("s3") << QStringLiteral("<RefererConfiguration/>")
                                         << int(E::UnsupportedProvider) << QStringLiteral("s3");
}

void TestRefererEvaluator::parseErrors()
{
    QFETCH(QString, provider);
    QFETCH(QString, xml);
    QFETCH(int, error);
    QFETCH(QString, detailContains);

    const RefererParseResult r = RefererEvaluator::parse(Providers::fromId(provider), xml);
    QCOMPARE(int(r.error), error);
    QVERIFY(!r.ok());
    QVERIFY2(r.detail.contains(detailContains), qPrintable(r.detail));
    if (provider != QLatin1String("s3")) {
        const RefererVerdict v = RefererEvaluator::evaluate(Providers::fromId(provider), xml, RefererRequest());
        QCOMPARE(v.decision, RefererVerdict::Decision::Invalid);
        QCOMPARE(v.reason, RefererVerdict::Reason::MalformedConfiguration);
        QCOMPARE(int(v.error), error);
    }
}

void TestRefererEvaluator::parsedDefaults()
{
    // COS: EmptyReferConfiguration defaults to Deny; a namespace and unknown elements are tolerated.
    const RefererParseResult cos = RefererEvaluator::parse(
        Provider::Cos,
        QStringLiteral("<RefererConfiguration xmlns=\"http://example.invalid/ns\"><Status>Enabled</Status>"
                       "<RefererType>Black-List</RefererType><Future>1</Future><DomainList><Domain> a.com </Domain>"
                       "<Domain>*.b.com</Domain></DomainList></RefererConfiguration>"));
    QVERIFY2(cos.ok(), qPrintable(cos.detail));
    QVERIFY(cos.config.cosEnabled);
    QCOMPARE(cos.config.cosType, RefererConfig::ListType::BlackList);
    QCOMPARE(cos.config.cosDomains, QStringList({ QStringLiteral("a.com"), QStringLiteral("*.b.com") }));
    QVERIFY(!cos.config.cosAllowEmpty);

    // OSS: AllowEmptyReferer true, TruncatePath false, AllowTruncateQueryString the UNCONFIRMED default.
    const RefererParseResult oss = RefererEvaluator::parse(Provider::Oss, QStringLiteral("<RefererConfiguration/>"));
    QVERIFY2(oss.ok(), qPrintable(oss.detail));
    QVERIFY(oss.config.ossAllowEmpty);
    QCOMPARE(oss.config.ossTruncateQueryString, RefererEvaluator::kOssAllowTruncateQueryStringDefault);
    QVERIFY(!oss.config.ossTruncatePath);
    QVERIFY(oss.config.ossWhitelist.isEmpty());
    QVERIFY(oss.config.ossBlacklist.isEmpty());
}

void TestRefererEvaluator::ossComparedReferer_data()
{
    QTest::addColumn<QString>("referer");
    QTest::addColumn<bool>("truncateQuery");
    QTest::addColumn<bool>("truncatePath");
    QTest::addColumn<QString>("expected");

    const QString full = QStringLiteral("https://www.example.com:8443/a/b.html?x=1");
    QTest::newRow("no truncation") << full << false << false << full;
    QTest::newRow("query string") << full << true << false << QStringLiteral("https://www.example.com:8443/a/b.html");
    QTest::newRow("path") << full << false << true << QStringLiteral("https://www.example.com:8443");
    QTest::newRow("path, query only") << QStringLiteral("https://www.example.com?x=1") << false << true
                                      << QStringLiteral("https://www.example.com");
}

void TestRefererEvaluator::ossComparedReferer()
{
    QFETCH(QString, referer);
    QFETCH(bool, truncateQuery);
    QFETCH(bool, truncatePath);
    QFETCH(QString, expected);
    QCOMPARE(RefererEvaluator::ossComparedReferer(referer, truncateQuery, truncatePath), expected);
}

// The providers' own worked examples, each row under the page that states its outcome. Only the
// decision is compared: that is what the pages state.
void TestRefererEvaluator::documentedExamples_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("referer");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("decision");
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const auto cosBlack = [](const QStringList &domains) {
        return cosXml(QStringLiteral("Enabled"), QStringLiteral("Black-List"), domains, QStringLiteral("Allow"));
    };

    // https://www.tencentcloud.com/document/product/436/13319 (Setting Hotlink Protection): an entry is
    // a prefix ("www.example.com" covers www.example.com/123 and www.example.com.cn); "*.example.com"
    // covers a.b.example.com/123 and a.example.com; a signed request (URL or header) is not checked;
    // User A's allowlist *.example.com shows the image on http://www.example.com/index.html.
    QTest::newRow("cos 13319 prefix covers a path") << cos << cosWhite({QStringLiteral("www.example.com")})
                                                    << QStringLiteral("https://www.example.com/123") << kAnon << kAllowed;
    QTest::newRow("cos 13319 prefix covers a longer host") << cos << cosWhite({QStringLiteral("www.example.com")})
                                                           << QStringLiteral("https://www.example.com.cn/") << kAnon << kAllowed;
    QTest::newRow("cos 13319 *.example.com covers a.b.example.com/123")
        << cos << cosWhite({QStringLiteral("*.example.com")}) << QStringLiteral("https://a.b.example.com/123") << kAnon << kAllowed;
    QTest::newRow("cos 13319 *.example.com covers a.example.com")
        << cos << cosWhite({QStringLiteral("*.example.com")}) << QStringLiteral("https://a.example.com") << kAnon << kAllowed;
    QTest::newRow("cos 13319 allowlist shows www.example.com/index.html")
        << cos << cosWhite({QStringLiteral("*.example.com")}) << QStringLiteral("http://www.example.com/index.html") << kAnon << kAllowed;
    QTest::newRow("cos 13319 blocklist *.fake.com refuses www.fake.com")
        << cos << cosBlack({QStringLiteral("*.fake.com")}) << QStringLiteral("http://www.fake.com/index.html") << kAnon << kDenied;
    QTest::newRow("cos 13319 signed URL not checked")
        << cos << cosBlack({QStringLiteral("*.fake.com")}) << QStringLiteral("http://www.fake.com/index.html") << kUrl << kAllowed;
    QTest::newRow("cos 13319 signed header not checked")
        << cos << cosBlack({QStringLiteral("*.fake.com")}) << QStringLiteral("http://www.fake.com/index.html") << kHeader << kAllowed;
    // https://www.tencentcloud.com/document/product/436/32466 (Hotlink Protection Practice): "example.com"
    // hits https://example.com and http://example.com and example.com:8080; "example.com:8080" does not
    // hit example.com. Case study: blocklist *.b.com stops https://b.com/test/test.html; allowlist
    // *.example.com keeps https://example.com/index.html working and stops https://b.com/test/test.html.
    QTest::newRow("cos 32466 entry without scheme, https") << cos << cosWhite({QStringLiteral("example.com")})
                                                           << QStringLiteral("https://example.com/index.html") << kAnon << kAllowed;
    QTest::newRow("cos 32466 entry without scheme, http") << cos << cosWhite({QStringLiteral("example.com")})
                                                          << QStringLiteral("http://example.com/index.html") << kAnon << kAllowed;
    QTest::newRow("cos 32466 entry without port hits a port") << cos << cosWhite({QStringLiteral("example.com")})
                                                              << QStringLiteral("http://example.com:8080/a.html") << kAnon << kAllowed;
    QTest::newRow("cos 32466 entry with port misses no port") << cos << cosWhite({QStringLiteral("example.com:8080")})
                                                              << QStringLiteral("http://example.com/a.html") << kAnon << kDenied;
    QTest::newRow("cos 32466 blocklist *.b.com stops b.com") << cos << cosBlack({QStringLiteral("*.b.com")})
                                                             << QStringLiteral("https://b.com/test/test.html") << kAnon << kDenied;
    QTest::newRow("cos 32466 allowlist *.example.com keeps example.com")
        << cos << cosWhite({QStringLiteral("*.example.com")}) << QStringLiteral("https://example.com/index.html") << kAnon << kAllowed;
    QTest::newRow("cos 32466 allowlist *.example.com stops b.com")
        << cos << cosWhite({QStringLiteral("*.example.com")}) << QStringLiteral("https://b.com/test/test.html") << kAnon << kDenied;

    const QStringList site{QStringLiteral("http://www.example.com"), QStringLiteral("https://www.example.com")};
    // https://www.alibabacloud.com/help/en/oss/user-guide/hotlink-protection (How it works): an empty
    // Referer passes when AllowEmptyReferer is true; when it is false, only if the whitelist is empty;
    // a blacklist match denies before the whitelist is read; a Referer no whitelist entry matches is denied.
    QTest::newRow("oss how-it-works empty allowed") << oss << ossXml(site, {}, QStringLiteral("true")) << QString() << kAnon << kAllowed;
    QTest::newRow("oss how-it-works empty, no whitelist") << oss << ossXml({}, {QStringLiteral("https://*.hack.com")}, QStringLiteral("false"))
                                                          << QString() << kAnon << kAllowed;
    QTest::newRow("oss how-it-works empty denied") << oss << ossXml(site, {}, QStringLiteral("false")) << QString() << kAnon << kDenied;
    QTest::newRow("oss how-it-works blacklist first") << oss << ossXml({QStringLiteral("*")}, {QStringLiteral("https://www.example.com*")})
                                                      << QStringLiteral("https://www.example.com/index.html") << kAnon << kDenied;
    QTest::newRow("oss how-it-works whitelist miss") << oss << ossXml(site) << QStringLiteral("https://www.other.com/index.html") << kAnon
                                                     << kDenied;
    // https://www.alibabacloud.com/help/en/oss/user-guide/common-examples-of-hotlink-protection: the
    // whitelist http://www.example.com + https://www.example.com lets webpages on www.example.com in
    // and blocks other webpages; whitelist * with blacklist *example.com blocks those domains only.
    QTest::newRow("oss examples own webpages") << oss << ossXml(site) << QStringLiteral("https://www.example.com/index.html") << kAnon
                                               << kAllowed;
    QTest::newRow("oss examples other webpages") << oss << ossXml(site) << QStringLiteral("https://www.other.net/page.html") << kAnon
                                                 << kDenied;
    QTest::newRow("oss examples blacklist *example.com") << oss << ossXml({QStringLiteral("*")}, {QStringLiteral("*example.com")})
                                                         << QStringLiteral("https://www.example.com/") << kAnon << kDenied;
    QTest::newRow("oss examples others unaffected") << oss << ossXml({QStringLiteral("*")}, {QStringLiteral("*example.com")})
                                                    << QStringLiteral("https://www.aliyun.com/") << kAnon << kAllowed;
    // https://www.alibabacloud.com/help/en/object-storage-service/latest/configure-hotlink-protection:
    // *www.aliyun.com/ allows http://www.aliyun.com/ and https://www.aliyun.com/; *.aliyun.com allows
    // help.aliyun.com and www.aliyun.com; only anonymous and signed-URL requests are checked.
    QTest::newRow("oss console *www.aliyun.com/ http") << oss << ossXml({QStringLiteral("*www.aliyun.com/")})
                                                       << QStringLiteral("http://www.aliyun.com/") << kAnon << kAllowed;
    QTest::newRow("oss console *www.aliyun.com/ https") << oss << ossXml({QStringLiteral("*www.aliyun.com/")})
                                                        << QStringLiteral("https://www.aliyun.com/") << kAnon << kAllowed;
    QTest::newRow("oss console *.aliyun.com help") << oss << ossXml({QStringLiteral("*.aliyun.com")})
                                                   << QStringLiteral("https://help.aliyun.com/") << kAnon << kAllowed;
    QTest::newRow("oss console *.aliyun.com www") << oss << ossXml({QStringLiteral("*.aliyun.com")})
                                                  << QStringLiteral("https://www.aliyun.com/") << kAnon << kAllowed;
    QTest::newRow("oss console Authorization header not checked") << oss << ossXml(site) << QStringLiteral("https://www.other.net/")
                                                                   << kHeader << kAllowed;
    QTest::newRow("oss console signed URL checked") << oss << ossXml(site) << QStringLiteral("https://www.other.net/") << kUrl << kDenied;
    // https://www.alibabacloud.com/help/en/oss/user-guide/how-to-configure-hotlink-protection-and-troubleshoot-common-errors:
    // "OSS checks the Referer field by matching the URL prefix": http://help.example.com admits what
    // starts with it; only http://help.example.com/index.html does not admit .../logo.html;
    // http://*.help.example.com admits http://example.help.example.com/index.html.
    QTest::newRow("oss troubleshoot prefix") << oss << ossXml({QStringLiteral("http://help.example.com")}, {}, QStringLiteral("false"))
                                             << QStringLiteral("http://help.example.com/index.html") << kAnon << kAllowed;
    QTest::newRow("oss troubleshoot other page") << oss
                                                 << ossXml({QStringLiteral("http://help.example.com/index.html")}, {}, QStringLiteral("false"))
                                                 << QStringLiteral("http://help.example.com/logo.html") << kAnon << kDenied;
    QTest::newRow("oss troubleshoot subdomain") << oss << ossXml({QStringLiteral("http://*.help.example.com")}, {}, QStringLiteral("false"))
                                                << QStringLiteral("http://example.help.example.com/index.html") << kAnon << kAllowed;
}

void TestRefererEvaluator::documentedExamples()
{
    QFETCH(QString, provider);
    QFETCH(QString, xml);
    QFETCH(QString, referer);
    QFETCH(QString, auth);
    QFETCH(QString, decision);
    RefererRequest request;
    request.referer = referer;
    request.auth = auth == kHeader ? RefererRequest::Auth::AuthorizationHeader
        : auth == kUrl             ? RefererRequest::Auth::SignedUrl
                                   : RefererRequest::Auth::Anonymous;
    const RefererVerdict v = RefererEvaluator::evaluate(Providers::fromId(provider), xml, request);
    QCOMPARE(RefererVerdict::decisionId(v.decision), decision);
}

void TestRefererEvaluator::everyReasonIsTested()
{
    // Runs after evaluate(): a new Reason without a row fails here.
    for (int r = int(Reason::NotSupported); r <= int(Reason::NoWhitelist); ++r) {
        const QString reason = RefererVerdict::reasonId(Reason(r));
        QVERIFY2(m_testedReasons.contains(reason), qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestRefererEvaluator)
#include "TestRefererEvaluator.moc"
