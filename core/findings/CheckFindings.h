#pragma once

#include "checks/CheckResult.h"
#include "diagnosis/Finding.h"

#include <QList>

// What the live checks' verdicts say about the causes: the one place that maps a check's status
// and reason to a cause category, raised or ruled down. Each finding's evidence is the check's
// result as a statement (CheckResult::toStatement), worded at the edge like the check itself.
namespace CheckFindings {
QList<Finding> fromResults(const QList<CheckResult> &results, bool tokenGiven, bool keyGiven);
}
