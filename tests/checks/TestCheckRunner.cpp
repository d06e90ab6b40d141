#include "checks/CheckRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// A check that answers after a delay, or never, with a fixed status.
class FakeCheck : public LiveCheck
{
public:
    FakeCheck(QString id, int delayMs, QStringList deps = {}, CheckResult::Status status = CheckResult::Status::Pass,
              QString cannotRunReason = {})
        : m_id(std::move(id))
        , m_delay(delayMs)
        , m_deps(std::move(deps))
        , m_status(status)
        , m_cannotRun(std::move(cannotRunReason))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            CheckResult r;
            r.status = m_status;
            Q_EMIT finished(r);
        });
    }
    QString id() const override { return m_id; }
    QStringList dependsOn() const override { return m_deps; }
    QList<PlannedRequest> plannedRequests(const CheckContext &) const override
    {
        return {{QStringLiteral("HEAD"), QStringLiteral("/"), QStringLiteral("none"), false}};
    }
    QString cannotRun(const CheckContext &) const override { return m_cannotRun; }
    void start(const CheckContext &, const QHash<QString, CheckResult> &earlier) override
    {
        seenEarlier = earlier.keys();
        startedAt = clock ? clock->elapsed() : 0;
        if (m_delay >= 0)
            m_timer.start(m_delay);
    }
    void cancel() override
    {
        cancelled = true;
        m_timer.stop();
    }

    QStringList seenEarlier;
    qint64 startedAt = -1;
    bool cancelled = false;
    const QElapsedTimer *clock = nullptr;

private:
    QString m_id;
    int m_delay;
    QStringList m_deps;
    CheckResult::Status m_status;
    QString m_cannotRun;
    QTimer m_timer;
};

class TestCheckRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void independentChecksRunInParallel();
    void serialRunsOneAtATimeInTheAskedOrder();
    void dependenciesRunFirstAndPassTheirResults();
    void aHangingCheckEndsAtItsDeadline();
    void cancelStopsEverything();
    void missingInputAndOnlyAreSkipped();
    void unknownIdAndCyclesAreRefused();
};

namespace {
QList<CheckResult> runToEnd(CheckRunner &runner, const CheckContext &context, const QStringList &only = {})
{
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    if (!runner.run(context, only))
        return {};
    if (done.isEmpty() && !done.wait(5000))
        return {};
    return runner.results();
}

CheckResult byId(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results) {
        if (r.id == id)
            return r;
    }
    return {};
}
}

void TestCheckRunner::independentChecksRunInParallel()
{
    CheckRunner runner;
    for (const char *id : {"cors", "referer", "anonymous"})
        runner.add(std::make_unique<FakeCheck>(QString::fromLatin1(id), 200));
    QElapsedTimer wall;
    wall.start();
    const QList<CheckResult> results = runToEnd(runner, CheckContext());
    QCOMPARE(results.size(), 3);
    // Three 200 ms checks side by side take far less than their 600 ms sum.
    QVERIFY2(wall.elapsed() < 500, qPrintable(QString::number(wall.elapsed())));
    for (const CheckResult &r : results) {
        QCOMPARE(r.status, CheckResult::Status::Pass);
        QVERIFY(r.durationMs >= 150);
    }
    QVERIFY(runner.criticalPathMs() < 400);
}

void TestCheckRunner::serialRunsOneAtATimeInTheAskedOrder()
{
    // The guided walk's order: referer before anonymous before cors, the dependency of cors first.
    CheckRunner runner;
    runner.setSerial(true);
    for (const char *id : {"cors", "anonymous", "referer", "endpoint"})
        runner.add(std::make_unique<FakeCheck>(QString::fromLatin1(id), 50,
                                               qstrcmp(id, "cors") == 0 ? QStringList{QStringLiteral("endpoint")} : QStringList{}));
    QStringList started;
    int running = 0;
    int mostAtOnce = 0;
    connect(&runner, &CheckRunner::checkStarted, this, [&](const QString &id) {
        started << id;
        mostAtOnce = std::max(mostAtOnce, ++running);
    });
    connect(&runner, &CheckRunner::checkFinished, this, [&](const CheckResult &) { --running; });
    const QList<CheckResult> results = runToEnd(runner, CheckContext(), {QStringLiteral("referer"), QStringLiteral("anonymous"),
                                                                         QStringLiteral("cors"), QStringLiteral("endpoint")});
    QCOMPARE(results.size(), 4);
    QCOMPARE(mostAtOnce, 1);
    QCOMPARE(started, (QStringList{QStringLiteral("referer"), QStringLiteral("anonymous"), QStringLiteral("endpoint"), QStringLiteral("cors")}));
}

void TestCheckRunner::dependenciesRunFirstAndPassTheirResults()
{
    CheckRunner runner;
    auto time = std::make_unique<FakeCheck>(QStringLiteral("time"), 100);
    auto key = std::make_unique<FakeCheck>(QStringLiteral("key"), 100, QStringList{QStringLiteral("time")});
    FakeCheck *keyPtr = key.get();
    runner.add(std::move(key)); // added first, still runs second
    runner.add(std::move(time));
    const QList<CheckResult> results = runToEnd(runner, CheckContext());
    QCOMPARE(keyPtr->seenEarlier, QStringList{QStringLiteral("time")});
    QVERIFY(byId(results, QStringLiteral("key")).startedMs >= byId(results, QStringLiteral("time")).durationMs);
    QVERIFY(runner.criticalPathMs() >= 180); // the chain time → key
}

void TestCheckRunner::aHangingCheckEndsAtItsDeadline()
{
    CheckRunner runner;
    auto hang = std::make_unique<FakeCheck>(QStringLiteral("object"), -1);
    FakeCheck *hangPtr = hang.get();
    runner.add(std::move(hang));
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("cors"), 10));
    CheckContext context;
    context.checkTimeoutMs = 300;
    QElapsedTimer wall;
    wall.start();
    const QList<CheckResult> results = runToEnd(runner, context);
    QVERIFY(wall.elapsed() < 2000);
    const CheckResult object = byId(results, QStringLiteral("object"));
    QCOMPARE(object.status, CheckResult::Status::Error);
    QCOMPARE(object.reason, QStringLiteral("timeout"));
    QVERIFY(hangPtr->cancelled);
    QCOMPARE(byId(results, QStringLiteral("cors")).status, CheckResult::Status::Pass);
}

void TestCheckRunner::cancelStopsEverything()
{
    CheckRunner runner;
    auto slow = std::make_unique<FakeCheck>(QStringLiteral("policy"), 5000);
    FakeCheck *slowPtr = slow.get();
    runner.add(std::move(slow));
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("acl"), 5000, QStringList{QStringLiteral("policy")}));
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    QVERIFY(runner.run(CheckContext()));
    QTimer::singleShot(50, &runner, &CheckRunner::cancel);
    QVERIFY(done.wait(2000));
    QVERIFY(slowPtr->cancelled);
    for (const CheckResult &r : runner.results()) {
        QCOMPARE(r.status, CheckResult::Status::Skipped);
        QCOMPARE(r.reason, QStringLiteral("cancelled"));
    }
    QVERIFY(!runner.isRunning());
}

void TestCheckRunner::missingInputAndOnlyAreSkipped()
{
    CheckRunner runner;
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("object"), 10, QStringList(), CheckResult::Status::Pass,
                                           QStringLiteral("missing_input:object")));
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("cors"), 10));
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("time"), 10, QStringList(), CheckResult::Status::Warn));
    const QList<CheckResult> results = runToEnd(runner, CheckContext(), {QStringLiteral("object"), QStringLiteral("time")});
    QCOMPARE(byId(results, QStringLiteral("object")).status, CheckResult::Status::Skipped);
    QCOMPARE(byId(results, QStringLiteral("object")).reason, QStringLiteral("missing_input:object"));
    QCOMPARE(byId(results, QStringLiteral("cors")).reason, QStringLiteral("not_selected"));
    QCOMPARE(byId(results, QStringLiteral("time")).status, CheckResult::Status::Warn);
}

void TestCheckRunner::unknownIdAndCyclesAreRefused()
{
    CheckRunner runner;
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("a"), 10, QStringList{QStringLiteral("b")}));
    runner.add(std::make_unique<FakeCheck>(QStringLiteral("b"), 10, QStringList{QStringLiteral("a")}));
    QVERIFY(!runner.run(CheckContext()));
    CheckRunner other;
    other.add(std::make_unique<FakeCheck>(QStringLiteral("cors"), 10));
    QVERIFY(!other.run(CheckContext(), {QStringLiteral("dns")}));
    QVERIFY(!other.isRunning());
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "TestCheckRunner.moc"
