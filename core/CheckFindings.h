#pragma once

#include "CheckResult.h"

#include <QList>
#include <QString>

// What a live check's verdict says about the causes: a cause category raised (weight > 0) or ruled
// down (weight < 0), with the check's summary as the evidence. The diagnosis engine adds these to
// the causes of that category, as it does with a signature comparison, so `check` and `diagnose`
// rank with one engine.
struct CheckFinding {
    QString checkId;
    QString categoryId; // a Category id: "referer", "clock_skew", …
    double weight = 0;
    QString evidence;   // translated
};

namespace CheckFindings {
QList<CheckFinding> fromResults(const QList<CheckResult> &results, bool tokenGiven, bool keyGiven);
}
