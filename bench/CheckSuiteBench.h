#pragma once

#include <QString>

// The live check suite against the store emulator with a delay injected before every response.
struct CheckSuiteFigures {
    qint64 wallMs = 0;     // the run, start to last result
    qint64 sumMs = 0;      // the checks' own durations added up: what running them one by one costs
    qint64 criticalMs = 0; // the longest chain of dependent checks: the floor for any parallel run
    int checksRun = 0;
    bool ok = false;
};

// The median run (by wall time) of `runs`, for one scenario of tests/emulator/scenarios.
CheckSuiteFigures measureCheckSuite(const QString &scenario, int delayMs, int runs);
