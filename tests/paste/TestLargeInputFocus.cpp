#include "paste/LargeInputFocus.h"

#include <QTest>

class TestLargeInputFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallInputIsNotLarge();
    void keepsLinesAroundAnchors();
    void withoutAnchorsKeepsStartAndEnd();
    void staysBounded();
    void anchorInAnyCaseOrScript_data();
    void anchorInAnyCaseOrScript();
};

namespace {
// Line numbers spelled with letters (0 = a … 9 = j), so that no ordinary line holds "403".
QString spelled(int number)
{
    QString digits = QString::number(number);
    for (QChar &c : digits)
        c = QChar(u'a' + (c.unicode() - u'0'));
    return digits;
}

QString logLines(int count, int tag)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("INFO tag%1 line %2 ok\n").arg(tag).arg(spelled(i));
    return out;
}
}

void TestLargeInputFocus::smallInputIsNotLarge()
{
    QVERIFY(!LargeInputFocus::isLarge(QStringLiteral("AccessDenied")));
    QVERIFY(LargeInputFocus::isLarge(QString(LargeInputFocus::kThreshold + 1, u'x')));
}

void TestLargeInputFocus::keepsLinesAroundAnchors()
{
    const QString text = logLines(50000, 1) + QStringLiteral("> Referer: https://shop.example.com/\n") + logLines(5, 2)
        + QStringLiteral("<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message></Error>\n")
        + logLines(50000, 3);
    QVERIFY(LargeInputFocus::isLarge(text));
    const QString focus = LargeInputFocus::focus(text);
    QVERIFY(focus.size() < 20000);
    QVERIFY(focus.contains(QLatin1String("You are denied by bucket referer rule")));
    QVERIFY(focus.contains(QLatin1String("Referer: https://shop.example.com/"))); // within the window
    QVERIFY(!focus.contains(QLatin1String("tag1 line baa ")));                    // far before
    QVERIFY(!focus.contains(QLatin1String("tag3 line eaaaa ")));                  // far after
}

void TestLargeInputFocus::withoutAnchorsKeepsStartAndEnd()
{
    const QString text = logLines(80000, 7);
    const QString focus = LargeInputFocus::focus(text);
    QVERIFY(focus.startsWith(QLatin1String("INFO tag7 line a ok")));
    QVERIFY(focus.trimmed().endsWith(QLatin1String("line hjjjj ok")));
    QVERIFY(focus.size() <= LargeInputFocus::kMaxFocus);
}

void TestLargeInputFocus::staysBounded()
{
    QString text;
    for (int i = 0; i < 200000; ++i)
        text += QStringLiteral("WARN request %1 got 403 Forbidden\n").arg(i);
    const QString focus = LargeInputFocus::focus(text);
    QVERIFY(focus.size() <= LargeInputFocus::kMaxFocus + 64 * 1024);
}

// The anchors are read in the text lower-cased, whatever the case and script of the line, and
// within one line; a line of data past 64 KiB is not a message.
void TestLargeInputFocus::anchorInAnyCaseOrScript_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("kept");
    QTest::newRow("code in camel case") << QStringLiteral("sdk said SignatureDoesNotMatch here") << true;
    QTest::newRow("upper case") << QStringLiteral("HTTP/1.1 FORBIDDEN") << true;
    QTest::newRow("status") << QStringLiteral("status=403") << true;
    QTest::newRow("header prefix") << QStringLiteral("X-Amz-Date: 20261203T000000Z") << true;
    QTest::newRow("chinese") << QStringLiteral("请求被拒绝了") << true;
    QTest::newRow("korean") << QStringLiteral("요청 거부됨") << true;
    QTest::newRow("kelvin sign lower-cases to k") << QStringLiteral("OSSAccess\u212AeyId=abc") << true;
    QTest::newRow("at the end of the line") << QStringLiteral("tail Invalid") << true;
    QTest::newRow("cut short") << QStringLiteral("tail inval") << false;
    QTest::newRow("split over two lines") << QStringLiteral("deni\ned") << false;
    QTest::newRow("nothing") << QStringLiteral("GET /static/app.js 200") << false;
    QTest::newRow("a data line past 64 KiB") << QString(70 * 1024, u'a') + QStringLiteral(" denied") << false;
}

void TestLargeInputFocus::anchorInAnyCaseOrScript()
{
    QFETCH(QString, line);
    QFETCH(bool, kept);
    // Far from the start and the end of the text, which are kept when no anchor is found.
    const QString text = logLines(60000, 1) + line + QStringLiteral("\n") + logLines(60000, 2) + QStringLiteral("last line ") + line;
    QVERIFY(LargeInputFocus::isLarge(text));
    const QString focus = LargeInputFocus::focus(text);
    const QString marker = logLines(60000, 1).section(u'\n', -2, -2); // the line before the anchor's
    QCOMPARE(focus.contains(marker), kept);
}

QTEST_GUILESS_MAIN(TestLargeInputFocus)
#include "TestLargeInputFocus.moc"
