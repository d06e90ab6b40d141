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

QTEST_GUILESS_MAIN(TestLargeInputFocus)
#include "TestLargeInputFocus.moc"
