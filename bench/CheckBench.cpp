// The live check suite against the COS/OSS store emulator with a delay injected before every
// response: wall time of the run, the sum of the checks' own times, and the longest chain of
// dependent checks. Prints a table; asserts nothing.
// Run: build/bench/bucketdoctor-check-bench [delay ms] [runs]
#include "CheckRunner.h"
#include "CheckSuite.h"
#include "StoreEmulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <algorithm>
#include <cstdio>

namespace {
struct Figures {
    qint64 wall = 0;
    qint64 sum = 0;
    qint64 critical = 0;
    int ran = 0;
};

Figures runOnce(const QString &scenarioName, const EmulatorScenario &scenario, int delayMs)
{
    StoreEmulator emulator(scenario);
    emulator.setExtraDelayMs(delayMs);
    if (!emulator.listen()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(scenarioName), qPrintable(emulator.errorString()));
        return {};
    }
    QNetworkAccessManager nam;
    CheckContext context;
    context.network = &nam;
    context.provider = Providers::id(scenario.provider);
    context.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(emulator.port());
    context.bucket = scenario.bucket;
    context.pathStyle = true;
    context.objectKey = scenario.objects.isEmpty() ? QString() : scenario.objects.first().key;
    for (const auto &key : scenario.keys) {
        if (key.owner) {
            context.accessKeyId = key.id;
            context.secretKey = key.secret;
        }
    }
    context.origin = QStringLiteral("https://app.example.com");
    context.requestMethod = QStringLiteral("GET");
    context.referer = QStringLiteral("https://www.example.com/page.html");
    context.allowWrite = true;
    context.requestTimeoutMs = 5000 + delayMs;
    context.checkTimeoutMs = 3 * context.requestTimeoutMs;

    CheckRunner runner;
    CheckSuite::addAll(runner);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::allFinished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.run(context);
    if (runner.isRunning())
        loop.exec();
    Figures f;
    f.wall = clock.elapsed();
    f.critical = runner.criticalPathMs();
    for (const CheckResult &r : runner.results()) {
        f.sum += r.durationMs;
        if (r.status != CheckResult::Status::Skipped)
            ++f.ran;
    }
    return f;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int delayMs = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int runs = std::max(1, argc > 2 ? QByteArray(argv[2]).toInt() : 3);
    std::printf("check suite against the store emulator, %d ms delay per response, median of %d runs\n", delayMs, runs);
    std::printf("%-16s %6s %9s %12s %15s\n", "scenario", "checks", "wall ms", "sum of checks", "critical path");
    for (const char *name : {"cos-healthy", "oss-healthy"}) {
        EmulatorScenario scenario;
        QString error;
        if (!EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/%1.json").arg(QLatin1String(name)), &scenario, &error)) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(error));
            continue;
        }
        QList<Figures> all;
        for (int i = 0; i < runs; ++i)
            all << runOnce(QLatin1String(name), scenario, delayMs);
        std::sort(all.begin(), all.end(), [](const Figures &a, const Figures &b) { return a.wall < b.wall; });
        const Figures &m = all.at(all.size() / 2);
        std::printf("%-16s %6d %9lld %12lld ms %12lld ms\n", name, m.ran, static_cast<long long>(m.wall), static_cast<long long>(m.sum),
                    static_cast<long long>(m.critical));
    }
    return 0;
}
