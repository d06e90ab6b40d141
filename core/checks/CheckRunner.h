#pragma once

#include "checks/LiveCheck.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

// Runs live checks in dependency order, every check whose dependencies are done at once, each
// with its own deadline. Cancelling stops what runs and reports the rest as skipped.
//
// Usage:
//   CheckRunner runner;
//   runner.add(std::make_unique<TimeCheck>());
//   connect(&runner, &CheckRunner::allFinished, …);
//   runner.run(context, {"time", "anonymous"});   // an empty list runs every check
//
//   endpoint ──► time ──► key ──► acl, policy, object, encryption
//            └─► anonymous, cors, referer          (the real graph comes from dependsOn())
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    void add(std::unique_ptr<LiveCheck> check);
    QStringList ids() const;
    // What every check would send for this context, before anything runs.
    QHash<QString, QList<PlannedRequest>> plannedRequests(const CheckContext &context) const;
    // Returns false (and runs nothing) when `only` names an unknown check or the graph has a cycle.
    bool run(const CheckContext &context, const QStringList &only = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // Serial: one check at a time, in the order `only` lists them (a dependency that is not done
    // yet goes first). The wizard's guided walk runs so, to stop at the first confirmed cause.
    void setSerial(bool serial) { m_serial = serial; }
    QList<CheckResult> results() const;

    // The longest chain of dependent checks, in milliseconds, from the last run's durations.
    qint64 criticalPathMs() const;

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkFinished(const CheckResult &result);
    void allFinished(const QList<CheckResult> &results);

private:
    struct Entry {
        std::unique_ptr<LiveCheck> check;
        std::unique_ptr<QTimer> deadline;
        bool selected = false;
        bool started = false;
        bool done = false;
        CheckResult result;
    };
    void startReady();
    bool ready(const Entry &entry);
    void startEntry(Entry &entry);
    void finish(Entry &entry, CheckResult result);
    Entry *find(const QString &id);
    bool hasCycle() const;

    std::vector<Entry> m_entries;
    CheckContext m_context;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_serial = false;
    QStringList m_order;
    bool m_initializing = false; // run() is still deciding what to skip
};
