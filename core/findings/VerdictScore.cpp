#include "findings/VerdictScore.h"

#include "findings/Verdict.h"

#include <algorithm>

namespace {
// The verdict of each diagnosis with causes (a paste alone: no live check has run on a corpus
// report), counted in the group `keyOf` names: how many, right first, right within three.
template <typename KeyOf>
QMap<QString, CorpusScore> countVerdicts(const QList<HeldOutResult> &results, KeyOf keyOf)
{
    QMap<QString, CorpusScore> groups;
    for (const HeldOutResult &r : results) {
        if (r.diagnosis.causes.isEmpty())
            continue;
        const Verdict verdict = Verdict::of(r.diagnosis);
        CorpusScore &s = groups[keyOf(r, verdict)];
        ++s.n;
        s.top1 += verdict.category == r.report.category;
        s.top3 += r.ranked.mid(0, 3).contains(r.report.category);
    }
    return groups;
}
}

QMap<QString, CorpusScore> VerdictScore::byState(const QList<HeldOutResult> &results)
{
    return countVerdicts(results, [](const HeldOutResult &, const Verdict &verdict) { return Verdict::stateId(verdict.state); });
}

QMap<QString, CorpusScore> VerdictScore::byStateAndStore(const QList<HeldOutResult> &results)
{
    return countVerdicts(results, [](const HeldOutResult &r, const Verdict &verdict) {
        QString kind = r.report.store;
        if (r.report.provider == Provider::Cos)
            kind = QStringLiteral("cos");
        else if (r.report.provider == Provider::Oss)
            kind = QStringLiteral("oss");
        else if (kind != QLatin1String("aws"))
            kind = QStringLiteral("s3-compatible");
        return Verdict::stateId(verdict.state) + QStringLiteral(", ") + kind;
    });
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
