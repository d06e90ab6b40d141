// The test hook of common/LocalClock: a simulated offset of this machine's clock, read once from
// the environment, moves every reading by exactly that much.
#include "common/LocalClock.h"

#include <QTest>

class TestLocalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offsetApplies();
};

void TestLocalClock::initTestCase()
{
    // Before the first reading: the hook is read once per process.
    qputenv("BUCKETDOCTOR_TEST_CLOCK_OFFSET_MS", "-1200000");
}

void TestLocalClock::offsetApplies()
{
    QCOMPARE(LocalClock::testOffsetMs(), qint64(-1200000));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime local = LocalClock::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(local.timeSpec(), Qt::UTC);
    QVERIFY(local >= before.addMSecs(-1200000));
    QVERIFY(local <= after.addMSecs(-1200000));
}

QTEST_GUILESS_MAIN(TestLocalClock)
#include "TestLocalClock.moc"
