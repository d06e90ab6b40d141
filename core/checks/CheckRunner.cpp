#include "checks/CheckRunner.h"

#include <QSet>
#include <functional>

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{
}

CheckRunner::~CheckRunner()
{
    // Checks must not report into a runner that is going away.
    for (Entry &e : m_entries) {
        if (e.check)
            e.check->disconnect(this);
        if (e.started && !e.done && e.check)
            e.check->cancel();
    }
}

void CheckRunner::add(std::unique_ptr<LiveCheck> check)
{
    Entry entry;
    entry.check = std::move(check);
    m_entries.push_back(std::move(entry));
}

QStringList CheckRunner::ids() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list << e.check->id();
    return list;
}

QHash<QString, QList<PlannedRequest>> CheckRunner::plannedRequests(const CheckContext &context) const
{
    QHash<QString, QList<PlannedRequest>> planned;
    for (const Entry &e : m_entries)
        planned.insert(e.check->id(), e.check->plannedRequests(context));
    return planned;
}

CheckRunner::Entry *CheckRunner::find(const QString &id)
{
    for (Entry &e : m_entries) {
        if (e.check->id() == id)
            return &e;
    }
    return nullptr;
}

bool CheckRunner::hasCycle() const
{
    QHash<QString, QStringList> edges;
    for (const Entry &e : m_entries)
        edges.insert(e.check->id(), e.check->dependsOn());
    QSet<QString> done;
    QSet<QString> visiting;
    std::function<bool(const QString &)> visit = [&](const QString &id) {
        if (done.contains(id))
            return false;
        if (visiting.contains(id))
            return true;
        visiting.insert(id);
        for (const QString &dep : edges.value(id)) {
            if (edges.contains(dep) && visit(dep))
                return true;
        }
        visiting.remove(id);
        done.insert(id);
        return false;
    };
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (visit(it.key()))
            return true;
    }
    return false;
}

bool CheckRunner::run(const CheckContext &context, const QStringList &only)
{
    if (m_running || hasCycle())
        return false;
    for (const QString &id : only) {
        if (!find(id))
            return false;
    }
    m_context = context;
    m_order = only;
    m_running = true;
    m_clock.start();
    for (Entry &e : m_entries) {
        e.selected = only.isEmpty() || only.contains(e.check->id());
        e.started = false;
        e.done = false;
        e.result = CheckResult();
        e.result.id = e.check->id();
    }
    // Checks left out of --only, and checks without their input, are reported as skipped at once.
    m_initializing = true;
    for (Entry &e : m_entries) {
        if (!e.selected) {
            CheckResult skipped;
            skipped.id = e.check->id();
            skipped.reason = QStringLiteral("not_selected");
            e.started = true;
            finish(e, skipped);
            continue;
        }
        const QString reason = e.check->cannotRun(m_context);
        if (!reason.isEmpty()) {
            CheckResult skipped;
            skipped.id = e.check->id();
            skipped.reason = reason;
            e.started = true;
            finish(e, skipped);
        }
    }
    m_initializing = false;
    startReady();
    return true;
}

bool CheckRunner::ready(const Entry &entry)
{
    for (const QString &dep : entry.check->dependsOn()) {
        const Entry *d = find(dep);
        if (d && !d->done)
            return false;
    }
    return true;
}

void CheckRunner::startReady()
{
    if (!m_running)
        return;
    if (m_serial) {
        for (const Entry &e : m_entries) {
            if (e.started && !e.done)
                return; // one at a time
        }
        Entry *next = nullptr;
        for (const QString &id : std::as_const(m_order)) {
            Entry *e = find(id);
            if (e && !e->started && ready(*e)) {
                next = e;
                break;
            }
        }
        for (Entry &e : m_entries) {
            if (!next && !e.started && ready(e))
                next = &e;
        }
        if (next)
            startEntry(*next);
        return;
    }
    for (Entry &e : m_entries) {
        if (!e.started && ready(e))
            startEntry(e);
    }
}

void CheckRunner::startEntry(Entry &e)
{
    e.started = true;
    QHash<QString, CheckResult> earlier;
    for (const QString &dep : e.check->dependsOn()) {
        if (const Entry *d = find(dep))
            earlier.insert(dep, d->result);
    }
    const qint64 startedAt = m_clock.elapsed();
    LiveCheck *check = e.check.get();
    const QString id = check->id();
    connect(check, &LiveCheck::finished, this, [this, id, startedAt](const CheckResult &result) {
        Entry *entry = find(id);
        if (!entry || entry->done)
            return;
        CheckResult r = result;
        r.id = id;
        r.startedMs = startedAt;
        r.durationMs = m_clock.elapsed() - startedAt;
        finish(*entry, r);
    }, Qt::QueuedConnection);
    // A check that hangs past its own deadline ends as an error, and the run goes on.
    e.deadline = std::make_unique<QTimer>();
    e.deadline->setSingleShot(true);
    connect(e.deadline.get(), &QTimer::timeout, this, [this, id, startedAt] {
        Entry *entry = find(id);
        if (!entry || entry->done)
            return;
        entry->check->cancel();
        CheckResult r;
        r.id = id;
        r.status = CheckResult::Status::Error;
        r.reason = QStringLiteral("timeout");
        r.startedMs = startedAt;
        r.durationMs = m_clock.elapsed() - startedAt;
        finish(*entry, r);
    });
    e.deadline->start(m_context.checkTimeoutMs);
    Q_EMIT checkStarted(id);
    check->start(m_context, earlier);
}

void CheckRunner::finish(Entry &entry, CheckResult result)
{
    if (entry.done)
        return;
    entry.done = true;
    if (entry.deadline)
        entry.deadline->stop();
    entry.check->disconnect(this);
    entry.result = result;
    Q_EMIT checkFinished(result);
    bool all = true;
    for (const Entry &e : m_entries)
        all &= e.done;
    if (m_initializing && !all)
        return;
    if (all) {
        m_running = false;
        Q_EMIT allFinished(results());
        return;
    }
    startReady();
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    for (Entry &e : m_entries) {
        if (e.done)
            continue;
        if (e.started)
            e.check->cancel();
        CheckResult r;
        r.id = e.check->id();
        r.reason = QStringLiteral("cancelled");
        e.started = true;
        e.done = true;
        if (e.deadline)
            e.deadline->stop();
        e.check->disconnect(this);
        e.result = r;
        Q_EMIT checkFinished(r);
    }
    m_running = false;
    Q_EMIT allFinished(results());
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> list;
    for (const Entry &e : m_entries)
        list << e.result;
    return list;
}

qint64 CheckRunner::criticalPathMs() const
{
    QHash<QString, qint64> memo;
    std::function<qint64(const QString &)> longest = [&](const QString &id) -> qint64 {
        if (memo.contains(id))
            return memo.value(id);
        const Entry *e = nullptr;
        for (const Entry &candidate : m_entries) {
            if (candidate.check->id() == id)
                e = &candidate;
        }
        if (!e)
            return 0;
        qint64 before = 0;
        for (const QString &dep : e->check->dependsOn())
            before = std::max(before, longest(dep));
        const qint64 total = before + e->result.durationMs;
        memo.insert(id, total);
        return total;
    };
    qint64 best = 0;
    for (const Entry &e : m_entries)
        best = std::max(best, longest(e.check->id()));
    return best;
}
