#include "findings/VerdictScore.h"

#include "findings/Verdict.h"

#include <algorithm>

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

QMap<QString, CorpusScore> VerdictScore::byStateAndStore(const QList<HeldOutResult> &results)
{
    QMap<QString, CorpusScore> groups;
    for (const HeldOutResult &r : results) {
        if (r.diagnosis.causes.isEmpty())
            continue;
        QString kind = r.report.store;
        if (r.report.provider == Provider::Cos)
            kind = QStringLiteral("cos");
        else if (r.report.provider == Provider::Oss)
            kind = QStringLiteral("oss");
        else if (kind != QLatin1String("aws"))
            kind = QStringLiteral("s3-compatible");
        const Verdict verdict = Verdict::of(r.diagnosis);
        CorpusScore &s = groups[Verdict::stateId(verdict.state) + QStringLiteral(", ") + kind];
        ++s.n;
        s.top1 += verdict.category == r.report.category;
        s.top3 += r.ranked.mid(0, 3).contains(r.report.category);
    }
    return groups;
}

QMap<int, VerdictScore::ShareStep> VerdictScore::byShownShare(const QList<HeldOutResult> &results)
{
    QMap<int, ShareStep> steps;
    for (const HeldOutResult &r : results) {
        if (r.diagnosis.causes.isEmpty())
            continue;
        const RankedCause &first = r.diagnosis.causes.first();
        ShareStep &s = steps[std::clamp(static_cast<int>(first.score * 5), 0, 4)];
        ++s.n;
        s.right += first.category == r.report.category;
        s.sharedSum += first.score;
    }
    return steps;
}

VerdictScore::QuestionScore VerdictScore::byQuestion(const QList<HeldOutResult> &results)
{
    QuestionScore score;
    for (const HeldOutResult &r : results) {
        if (r.diagnosis.causes.isEmpty())
            continue;
        const Verdict verdict = Verdict::of(r.diagnosis);
        if (verdict.state != Verdict::State::Undetermined || !verdict.hasDiscriminator)
            continue;
        ++score.n;
        for (const RankedCause &c : r.diagnosis.causes) {
            if (verdict.discriminator.causes.contains(c.id) && c.category == r.report.category) {
                ++score.covered;
                break;
            }
        }
    }
    return score;
}
