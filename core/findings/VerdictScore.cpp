#include "findings/VerdictScore.h"

#include "findings/Verdict.h"

QMap<QString, CorpusScore> VerdictScore::byState(const QList<HeldOutResult> &results)
{
    QMap<QString, CorpusScore> states;
    for (const HeldOutResult &r : results) {
        if (r.diagnosis.causes.isEmpty())
            continue;
        // A paste alone: no live check has run on a corpus report.
        const Verdict verdict = Verdict::of(r.diagnosis);
        CorpusScore &s = states[Verdict::stateId(verdict.state)];
        ++s.n;
        s.top1 += verdict.category == r.report.category;
        s.top3 += r.ranked.mid(0, 3).contains(r.report.category);
    }
    return states;
}
