// The live check suite against the COS/OSS store emulator, in this process, with a delay injected
// before every response.
#include "CheckSuiteBench.h"

#include "checks/CheckRunner.h"
#include "checks/CheckSuite.h"
#include "StoreEmulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <algorithm>
#include <cstdio>

namespace {
CheckSuiteFigures runOnce(const QString &scenarioName, const EmulatorScenario &scenario, int delayMs)
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
    context.region = scenario.region; // OSS signs with V4, which names the region
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
    CheckSuiteFigures f;
    f.ok = true;
    f.wallMs = clock.elapsed();
    f.criticalMs = runner.criticalPathMs();
    for (const CheckResult &r : runner.results()) {
        f.sumMs += r.durationMs;
        if (r.status != CheckResult::Status::Skipped)
            ++f.checksRun;
    }
    return f;
}
}

CheckSuiteFigures measureCheckSuite(const QString &scenarioName, int delayMs, int runs)
{
    EmulatorScenario scenario;
    QString error;
    if (!EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/%1.json").arg(scenarioName), &scenario, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(scenarioName), qPrintable(error));
        return {};
    }
    QList<CheckSuiteFigures> all;
    for (int i = 0; i < std::max(1, runs); ++i)
        all << runOnce(scenarioName, scenario, delayMs);
    std::sort(all.begin(), all.end(), [](const CheckSuiteFigures &a, const CheckSuiteFigures &b) { return a.wallMs < b.wallMs; });
    return all.at(all.size() / 2);
}
