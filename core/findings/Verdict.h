#pragma once

#include "checks/CheckResult.h"
#include "common/Category.h"
#include "common/Statement.h"
#include "diagnosis/Diagnosis.h"

#include <QList>
#include <QString>
#include <QStringList>

// The one answer a diagnosis gives, as data: how settled it is, which cause, and why.
//
//   confirmed     a live check or a pasted fact proves the cause (its state is confirmed);
//   likely        nothing proves it, but the top open cause is clearly ahead: its raw score is at
//                 least kLikelyRatio times that of every open cause of another category, with a
//                 calibration the probability of its category is at least kLikelyProbability, and
//                 its evidence is more than the tree's prior or the fallback symptom;
//   undetermined  the leading causes are close, the evidence is thin, or every cause was ruled out.
//
// An undetermined verdict with a rival names the discriminator (the rivals: open causes of other
// categories within kLikelyRatio of the top, else the best of them): the guide question of the
// leading causes that differs between them, and the live check that answers it (preferring
// one that has not run, or ran without an answer). Skipped, errored and never-run checks count
// neither way: the states of the causes come from decisive findings only (findings/CheckFindings).
//
// Usage:
//   const Diagnosis d = engine.diagnose(text, options);
//   const Verdict v = Verdict::of(d, run.results);   // results may be empty: a paste alone
//   v.state == Verdict::State::Likely … UserText::verdictSentence(d.provider, v, d)
struct Verdict {
    enum class State { Confirmed, Likely, Undetermined };

    // A cause counts as clearly ahead when its raw score is at least this many times the runner-up's.
    // 1.5 keeps "likely" for a lead the paste itself made (a matching code or message adds its node
    // weights to one cause), while two causes the same symptom raises alike stay undetermined.
    static constexpr double kLikelyRatio = 1.5;
    // "Likely" needs the calibrated ranking to give the top category at least this share. Measured
    // on the real-world corpus, 5-fold cross-validated (2026-12-03, 462 reports): at 0.6 a likely
    // verdict names the right category 83 % of the time (247 reports); the score ratio alone gave
    // 74 % (345); 0.7 gives 88 % but for 190.
    static constexpr double kLikelyProbability = 0.6;

    struct Discriminator {
        QString question; // as the tree has it, in English (UserText::treeText translates)
        QStringList causes;
        QString check;    // a live check id, or empty
    };

    State state = State::Undetermined;
    Category category = Category::Other;
    QString causeId;
    QList<Statement> basis;
    bool hasDiscriminator = false;
    Discriminator discriminator;

    static QString stateId(State state); // "confirmed", "likely", "undetermined"
    static Verdict of(const Diagnosis &diagnosis, const QList<CheckResult> &results = {});
};
