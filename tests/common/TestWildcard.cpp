// The one glob matcher, with each option its callers use: `?` (policies, OSS Referer), a star that
// needs a character (COS Referer hosts), prefix matching (COS and OSS Referer) and case rules.
#include "common/Wildcard.h"

#include <QTest>

class TestWildcard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void longInputStaysFast();
};

void TestWildcard::match_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("options");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("matches");
    const int q = Wildcard::QuestionMark;
    const int one = Wildcard::StarNeedsOne;
    const int prefix = Wildcard::Prefix;
    QTest::newRow("literal") << "abc" << "abc" << 0 << true << true;
    QTest::newRow("literal longer text") << "abc" << "abcd" << 0 << true << false;
    QTest::newRow("star empty") << "a*c" << "ac" << 0 << true << true;
    QTest::newRow("star run") << "a*c" << "abbbc" << 0 << true << true;
    QTest::newRow("star backtracks") << "*.example.com" << "a.example.com.example.com" << 0 << true << true;
    QTest::newRow("trailing stars") << "ab**" << "ab" << 0 << true << true;
    QTest::newRow("question off is literal") << "a?c" << "abc" << 0 << true << false;
    QTest::newRow("question literal itself") << "a?c" << "a?c" << 0 << true << true;
    QTest::newRow("question on") << "a?c" << "abc" << q << true << true;
    QTest::newRow("question needs a char") << "a?c" << "ac" << q << true << false;
    QTest::newRow("policy arn") << "arn:aws:s3:::bucket/*" << "arn:aws:s3:::bucket/a/b.jpg" << q << true << true;
    QTest::newRow("policy arn not bucket") << "arn:aws:s3:::bucket/*" << "arn:aws:s3:::bucket" << q << true << false;
    QTest::newRow("case insensitive") << "S3:Get*" << "s3:getobject" << 0 << false << true;
    QTest::newRow("case sensitive") << "S3:Get*" << "s3:getobject" << 0 << true << false;
    QTest::newRow("star needs one: subdomain") << "*.qq.com" << "www.qq.com" << one << true << true;
    QTest::newRow("star needs one: bare dot") << "*.qq.com" << ".qq.com" << one << true << false;
    QTest::newRow("star needs one: trailing") << "qq.*" << "qq." << one << true << false;
    QTest::newRow("prefix") << "www.example.com" << "www.example.com.cn" << prefix << true << true;
    QTest::newRow("prefix with star") << "https://*.example.com" << "https://a.example.com/x.jpg" << prefix << true << true;
    QTest::newRow("prefix too short text") << "www.example.com" << "www.example" << prefix << true << false;
    QTest::newRow("cjk") << "图片*" << "图片库" << 0 << true << true;
    QTest::newRow("empty pattern, empty text") << "" << "" << 0 << true << true;
    QTest::newRow("empty pattern, text") << "" << "a" << 0 << true << false;
}

void TestWildcard::match()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(int, options);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, matches);
    QCOMPARE(Wildcard::match(pattern, text, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, options), matches);
}

void TestWildcard::longInputStaysFast()
{
    // A regex-translated glob backtracks exponentially here; one backtrack point does not.
    const QString pattern = QStringLiteral("*a*a*a*a*a*a*a*a*b");
    const QString text(20000, u'a');
    QVERIFY(!Wildcard::match(pattern, text, Qt::CaseSensitive));
}

QTEST_GUILESS_MAIN(TestWildcard)
#include "TestWildcard.moc"
