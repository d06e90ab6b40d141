#include "findings/Verdict.h"

#include <QHash>
#include <QSet>

namespace {
bool thin(const RankedCause &cause)
{
    for (const Evidence &e : cause.evidence) {
        if (!e.against && e.what.id != QLatin1String("prior") && e.what.id != QLatin1String("fallback"))
            return false;
    }
    return true;
}

QList<Statement> supportingEvidence(const RankedCause &cause)
{
    QList<Statement> basis;
    for (const Evidence &e : cause.evidence) {
        if (!e.against && !basis.contains(e.what) && basis.size() < 3)
            basis << e.what;
    }
    return basis;
}

// A check answered when it passed, failed or warned; skipped and errored checks did not.
bool answered(const QList<CheckResult> &results, const QString &checkId)
{
    for (const CheckResult &r : results) {
        if (r.id == checkId)
            return r.status == CheckResult::Status::Pass || r.status == CheckResult::Status::Fail
                   || r.status == CheckResult::Status::Warn;
    }
    return false;
}
}

QString Verdict::stateId(State state)
{
    switch (state) {
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::Likely:
        return QStringLiteral("likely");
    case State::Undetermined:
        break;
    }
    return QStringLiteral("undetermined");
}

Verdict Verdict::of(const Diagnosis &diagnosis, const QList<CheckResult> &results)
{
    Verdict verdict;
    if (diagnosis.causes.isEmpty())
        return verdict;
    for (const RankedCause &cause : diagnosis.causes) {
        if (cause.state == CauseState::Confirmed) {
            verdict.state = State::Confirmed;
            verdict.category = cause.category;
            verdict.causeId = cause.id;
            verdict.basis = cause.stateBasis;
            return verdict;
        }
    }
    QList<const RankedCause *> open;
    for (const RankedCause &cause : diagnosis.causes) {
        if (cause.state == CauseState::Open)
            open << &cause;
    }
    if (open.isEmpty()) {
        const RankedCause &first = diagnosis.causes.constFirst();
        verdict.category = first.category;
        verdict.causeId = first.id;
        verdict.basis << Statement{QStringLiteral("verdict_all_ruled_out"), {}};
        return verdict;
    }
    const RankedCause &top = *open.constFirst();
    verdict.category = top.category;
    verdict.causeId = top.id;
    verdict.basis = supportingEvidence(top);

    // The close ones: up to two open causes of other categories within kLikelyRatio of the top;
    // and the best open cause of another category, the rival when none is that close.
    QList<const RankedCause *> close;
    const RankedCause *rival = nullptr;
    for (const RankedCause *cause : open.mid(1)) {
        if (cause->category == top.category)
            continue;
        if (!rival)
            rival = cause;
        if (top.rawScore < kLikelyRatio * cause->rawScore && close.size() < 2)
            close << cause;
    }
    // With a calibration, the top category's probability must also clear kLikelyProbability.
    const auto probability = diagnosis.categoryProbability.constFind(top.category);
    const bool probable = probability == diagnosis.categoryProbability.cend() || *probability >= kLikelyProbability;
    if (probable && close.isEmpty() && !thin(top)) {
        verdict.state = State::Likely;
        return verdict;
    }
    verdict.state = State::Undetermined;
    if (verdict.basis.isEmpty() || thin(top))
        verdict.basis = {Statement{QStringLiteral("verdict_thin"), {}}};
    // Ahead by score but not by probability (or thin): the best cause of another category is the rival.
    if (close.isEmpty() && rival)
        close << rival;
    if (close.isEmpty())
        return verdict;

    // The guide question of the leading causes that differs: asked for one of them and not the other.
    QList<const RankedCause *> leading{&top};
    leading << close;
    QSet<QString> shared;
    {
        QHash<QString, int> seen;
        for (const RankedCause *cause : std::as_const(leading)) {
            QSet<QString> own;
            for (const GuideCheck &g : cause->checks)
                own.insert(g.treeQuestion);
            for (const QString &q : std::as_const(own))
                seen[q] += 1;
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it.value() == leading.size())
                shared.insert(it.key());
        }
    }
    const GuideCheck *best = nullptr;
    int bestRank = 99;
    for (const RankedCause *cause : std::as_const(leading)) {
        for (const GuideCheck &g : cause->checks) {
            if (g.treeQuestion.isEmpty() || shared.contains(g.treeQuestion))
                continue;
            // A question a check can still answer first, then one the user answers, then a check already run.
            const int rank = g.check.isEmpty() ? 1 : answered(results, g.check) ? 2 : 0;
            if (rank < bestRank) {
                best = &g;
                bestRank = rank;
            }
        }
    }
    if (!best)
        return verdict;
    verdict.hasDiscriminator = true;
    verdict.discriminator.question = best->treeQuestion;
    verdict.discriminator.check = best->check;
    for (const RankedCause *cause : std::as_const(leading))
        verdict.discriminator.causes << cause->id;
    return verdict;
}
