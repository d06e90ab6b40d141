#pragma once

#include "diagnosis/CalibrationCorpus.h"

#include <QMap>
#include <QString>

// Whether the verdict's word is earned on real reports: over held-out diagnoses (the corpus's
// cross-validation or a held-out slice), how often each verdict state names the labelled category.
// A "likely" that is right no more often than an "undetermined" would be a word the evidence does
// not back.
//
// Usage:
//   const auto byState = VerdictScore::byState(CalibrationCorpus::crossValidate(reports, fixtures, settings, 5));
//   byState.value(QStringLiteral("likely")).top1 … // right first, of .n reports given that state
namespace VerdictScore {
// Keys: Verdict::stateId of each state that occurred; top1 counts the verdict's own category
// (the first open cause's), top3 the first three causes' categories.
QMap<QString, CorpusScore> byState(const QList<HeldOutResult> &results);
}
