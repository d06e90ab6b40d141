// The one reader of provider times: every form, always UTC, and a time without an offset taken
// as UTC whatever the machine's time zone.
#include "common/UtcTime.h"

#include <QTest>

class TestUtcTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
};

void TestUtcTime::initTestCase()
{
    // Far from UTC on purpose: a reading as local time would be off by eight hours.
    qputenv("TZ", "Asia/Shanghai");
}

void TestUtcTime::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO in UTC, or empty for invalid
    const QString t = QStringLiteral("2022-12-28T10:27:41Z");
    QTest::newRow("rfc1123 GMT") << QStringLiteral("Wed, 28 Dec 2022 10:27:41 GMT") << t;
    QTest::newRow("rfc1123 gmt lower case") << QStringLiteral("Wed, 28 Dec 2022 10:27:41 gmt") << t;
    QTest::newRow("rfc1123 GMT, weekday not the date's") << QStringLiteral("Thu, 28 Dec 2022 10:27:41 GMT") << QString();
    QTest::newRow("rfc1123 padded") << QStringLiteral("  Wed, 28 Dec 2022 10:27:41 GMT \n") << t;
    QTest::newRow("rfc2822 offset") << QStringLiteral("Wed, 28 Dec 2022 18:27:41 +0800") << t;
    QTest::newRow("iso Z") << QStringLiteral("2022-12-28T10:27:41Z") << t;
    QTest::newRow("iso millis Z") << QStringLiteral("2022-12-28T10:27:41.000Z") << t;
    QTest::newRow("iso offset") << QStringLiteral("2022-12-28T18:27:41+08:00") << t;
    QTest::newRow("iso without offset is UTC") << QStringLiteral("2022-12-28T10:27:41") << t;
    QTest::newRow("compact v4") << QStringLiteral("20221228T102741Z") << t;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("words") << QStringLiteral("yesterday at noon") << QString();
    QTest::newRow("compact without Z") << QStringLiteral("20221228T102741") << QString();
}

void TestUtcTime::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime got = UtcTime::parse(text);
    if (expected.isEmpty()) {
        QVERIFY2(!got.isValid(), qPrintable(got.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(got.isValid());
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QCOMPARE(got.toString(Qt::ISODate), expected);
}

QTEST_GUILESS_MAIN(TestUtcTime)
#include "TestUtcTime.moc"
