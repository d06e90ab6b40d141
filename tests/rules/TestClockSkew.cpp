#include "rules/ClockSkew.h"

#include "common/UtcTime.h"

#include <QTest>

class TestClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimate_data();
    void estimate();
    void unreadableDate();
    void presignedWindowAtTheServer();
};

void TestClockSkew::estimate_data()
{
    QTest::addColumn<int>("localOffsetSeconds"); // local clock minus true time
    QTest::addColumn<int>("rttMs");
    QTest::addColumn<int>("verdict");
    QTest::newRow("in sync, fast") << 0 << 40 << int(ClockSkew::Verdict::InSync);
    QTest::newRow("in sync, slow link") << 2 << 3000 << int(ClockSkew::Verdict::InSync);
    QTest::newRow("five minutes ahead") << 300 << 80 << int(ClockSkew::Verdict::Drifting);
    QTest::newRow("sixteen minutes behind") << -960 << 80 << int(ClockSkew::Verdict::TooSkewed);
    QTest::newRow("eight hours ahead: a time zone set as UTC") << 8 * 3600 << 120 << int(ClockSkew::Verdict::TooSkewed);
    QTest::newRow("just inside the window") << 14 * 60 << 50 << int(ClockSkew::Verdict::Drifting);
}

void TestClockSkew::estimate()
{
    QFETCH(int, localOffsetSeconds);
    QFETCH(int, rttMs);
    QFETCH(int, verdict);
    const QDateTime trueSent(QDate(2026, 11, 23), QTime(10, 0, 0, 300), Qt::UTC);
    const QDateTime serverTime = trueSent.addMSecs(rttMs / 2);
    const QString date = QLocale::c().toString(serverTime, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    const QDateTime sentAt = trueSent.addSecs(localOffsetSeconds);
    const ClockSkew s = ClockSkew::estimate(sentAt, sentAt.addMSecs(rttMs), date);
    QVERIFY(s.valid);
    QCOMPARE(int(s.verdict), verdict);
    // The true skew lies inside the stated error.
    QVERIFY2(std::llabs(s.skewMs - (-localOffsetSeconds * 1000LL)) <= s.errorMs,
             qPrintable(QStringLiteral("%1 ± %2").arg(s.skewMs).arg(s.errorMs)));
}

void TestClockSkew::unreadableDate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!ClockSkew::estimate(now, now.addMSecs(10), QStringLiteral("yesterday")).valid);
    QVERIFY(!ClockSkew::estimate(now, now.addMSecs(-10), QStringLiteral("Mon, 23 Nov 2026 10:00:00 GMT")).valid);
    QCOMPARE(UtcTime::parse(QStringLiteral("Wed, 28 Dec 2022 10:27:41 GMT")),
             QDateTime(QDate(2022, 12, 28), QTime(10, 27, 41), Qt::UTC));
}

void TestClockSkew::presignedWindowAtTheServer()
{
    const QDateTime from(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    const QDateTime until = from.addSecs(900);
    const QDateTime localNow = from.addSecs(600);
    QVERIFY(ClockSkew::windowOpenAtServer(from, until, localNow, 0));
    // Locally valid, but the server is ten minutes ahead: already expired there.
    QVERIFY(!ClockSkew::windowOpenAtServer(from, until, localNow, 10 * 60 * 1000));
    // Signed by a client whose clock runs ahead: not yet valid at the server.
    QVERIFY(!ClockSkew::windowOpenAtServer(from, until, from.addSecs(1), -120 * 1000));
}

QTEST_GUILESS_MAIN(TestClockSkew)
#include "TestClockSkew.moc"
