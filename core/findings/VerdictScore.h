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
// The same per kind of store as well, keyed "state, kind": cos, oss, aws, or s3-compatible (a
// provider-s3 report from any other store). A "likely" earned on AWS's wordings may not be on the
// S3-compatible stores', whose bodies often carry only a Code.
QMap<QString, CorpusScore> byStateAndStore(const QList<HeldOutResult> &results);

// Whether the share shown beside the first cause ("47 % likely") is what it says: the first causes
// grouped by that share in steps of a fifth (0: under 20 %, … 4: 80 % and more), each step with its
// count, the mean share shown and how often the first cause's category was the labelled one.
struct ShareStep {
    int n = 0;
    int right = 0;
    double sharedSum = 0; // sum of the shares shown, 0..1
};
QMap<int, ShareStep> byShownShare(const QList<HeldOutResult> &results);

// Whether the question an undetermined verdict names is the one to ask: of the undetermined
// verdicts with a discriminator (`n`), how many have the labelled category among the causes the
// question separates (`covered`).
struct QuestionScore {
    int n = 0;
    int covered = 0;
};
QuestionScore byQuestion(const QList<HeldOutResult> &results);
}
