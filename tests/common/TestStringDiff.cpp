#include "common/StringDiff.h"

#include <QTest>

class TestStringDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalStrings();
    void firstDifferenceAndLine();
    void contextShowsInvisibleCharacters();
    void offsetCountsUtf8Bytes();
};

void TestStringDiff::equalStrings()
{
    QVERIFY(StringDiff::compare(QStringLiteral("GET\n/b/k"), QStringLiteral("GET\n/b/k")).equal);
}

void TestStringDiff::firstDifferenceAndLine()
{
    const StringDiff d = StringDiff::compare(QStringLiteral("PUT\n\n\nDate\n/b/k"), QStringLiteral("PUT\n\ntext/plain\nDate\n/b/k"));
    QVERIFY(!d.equal);
    QCOMPARE(d.offset, 5);
    QCOMPARE(d.line, 2);
    QCOMPARE(d.oursLine, QString());
    QCOMPARE(d.theirsLine, QStringLiteral("text/plain"));
}

void TestStringDiff::contextShowsInvisibleCharacters()
{
    const StringDiff d = StringDiff::compare(QStringLiteral("a\tb\nc"), QStringLiteral("a\tb\nd"));
    QCOMPARE(d.oursContext, QStringLiteral("a\\tb\\n⟦c⟧"));
    QCOMPARE(d.theirsContext, QStringLiteral("a\\tb\\n⟦d⟧"));
}

void TestStringDiff::offsetCountsUtf8Bytes()
{
    const StringDiff d = StringDiff::compare(QStringLiteral("/测试a"), QStringLiteral("/测试b"));
    QCOMPARE(d.offset, 7); // '/' plus two three-byte characters
    QVERIFY(d.oursContext.contains(QStringLiteral("测试⟦a⟧")));
}

QTEST_GUILESS_MAIN(TestStringDiff)
#include "TestStringDiff.moc"
