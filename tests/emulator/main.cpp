// bucketdoctor-emulator: serves one COS or OSS scenario on 127.0.0.1 for tests and the SDK check.
// Prints "listening http://127.0.0.1:PORT" once, then runs until stdin closes or SIGTERM arrives.

#include "EmulatorScenario.h"
#include "StoreEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
int g_signalPipe[2] = { -1, -1 };

void onTerminate(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bucketdoctor-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("COS/OSS store emulator for Bucket Doctor tests"));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"), QStringLiteral("Extra delay before each response."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(scenarioOption);
    parser.addOption(portOption);
    parser.addOption(delayOption);
    parser.process(app);

    if (!parser.isSet(scenarioOption)) {
        std::fprintf(stderr, "--scenario FILE is required\n");
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool delayOk = false;
    const int delay = parser.value(delayOption).toInt(&delayOk);
    if (!portOk || port > 65535 || !delayOk || delay < 0) {
        std::fprintf(stderr, "--port and --delay-ms take non-negative integers\n");
        return 2;
    }
    EmulatorScenario scenario;
    QString error;
    if (!EmulatorScenario::load(parser.value(scenarioOption), &scenario, &error)) {
        std::fprintf(stderr, "scenario: %s\n", qPrintable(error));
        return 2;
    }

    StoreEmulator emulator(scenario);
    emulator.setExtraDelayMs(delay);
    if (!emulator.listen(static_cast<quint16>(port))) {
        std::fprintf(stderr, "listen: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }

    if (::pipe(g_signalPipe) == 0) {
        auto *signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }
    // The parent closes our stdin to stop us, so a crashed test run leaves no server behind.
    auto *stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(stdinNotifier, &QSocketNotifier::activated, &app, [stdinNotifier] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinNotifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });

    std::printf("listening http://127.0.0.1:%u\n", static_cast<unsigned>(emulator.port()));
    std::fflush(stdout);
    return app.exec();
}
