#include "diagnosis/DiagnosisEngine.h"

#include "common/LocalClock.h"
#include "common/UtcTime.h"
#include "rules/ClockSkew.h"

#include "diagnosis/PresignedUrlInspector.h"
#include "diagnosis/SignatureAnalyzer.h"
#include "paste/LargeInputFocus.h"
#include "paste/PasteParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace {
constexpr double kWeakSymptomFactor = 0.25;
constexpr double kFallbackFactor = 0.6;
constexpr double kListedShareOfBest = 0.08;
// How much of a paste's beginning decides its writing (Chinese or not) when no provider is named.
constexpr qsizetype kWritingScanChars = 64 * 1024;
constexpr double kSignatureFindingWeight = 6.0;
// A fact in the paste that proves a category, such as a presigned URL expired at the server's time.
constexpr double kPastedFactWeight = 10.0;

// Calibrated ranking: how far live-check findings and a signature comparison move a category's
// logit per unit of their weight; how much of its category's probability a cause gets that is not
// the category's best by tree score; and which features to name as evidence.
constexpr double kFindingLogitPerWeight = 0.6;
constexpr double kSignatureLogit = 4.0;
constexpr double kSecondaryCauseFactor = 0.1;
constexpr double kShownFeatureContribution = 0.4;
constexpr int kShownFeatures = 3;

// The error codes among the features (their ids without "code:"), as calibratedEvidence needs
// them: made once per diagnosis, not once per category shown.
QSet<QString> codeFeatures(const QList<Feature> &features)
{
    QSet<QString> codes;
    for (const Feature &f : features) {
        if (f.id.startsWith(QLatin1String("code:")))
            codes.insert(f.id.mid(5));
    }
    return codes;
}

// The features of the paste that raised a category most, as evidence for its best cause: not the
// provider, the tree's own view (the symptom evidence says it), the script or the parser's format
// names (no words for a user), nor a word that repeats the error code; and nothing the cause's
// evidence already states, nor one word twice ("referer" as a concept and as a word).
QList<Evidence> calibratedEvidence(const CalibrationModel &model, Category category, const QList<Feature> &features,
                                   const QSet<QString> &codeFeatures, const CalibrationModel::WeightRows &rows,
                                   const QList<Evidence> &already, const QList<Signal> &signalList)
{
    const QList<double> weights = rows.contains(category) ? rows.value(category) : model.weights(category, features);
    QList<QPair<double, const Feature *>> raised;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const Feature &f = features.at(i);
        const double contribution = weights.at(i) * f.value;
        // Most features have no weight here: the word's code form is made only for those that count.
        if (contribution >= kShownFeatureContribution && !f.id.startsWith(QLatin1String("provider:"))
            && !f.id.startsWith(QLatin1String("tree")) && !f.id.startsWith(QLatin1String("script:"))
            && !f.id.startsWith(QLatin1String("format:"))
            && !(f.id.startsWith(QLatin1String("word:")) && codeFeatures.contains(FeatureExtractor::normaliseCode(f.id.mid(5)))))
            raised.append({contribution, &f});
    }
    std::stable_sort(raised.begin(), raised.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QSet<QString> stated;
    for (const Evidence &e : already) {
        if (e.what.id == QLatin1String("signal") && !e.what.args.isEmpty())
            stated.insert(QStringLiteral("signal:") + e.what.args.first());
    }
    QList<Evidence> shown;
    for (qsizetype i = 0; i < raised.size() && shown.size() < kShownFeatures; ++i) {
        const Feature &f = *raised.at(i).second;
        const bool isWord = f.id.startsWith(QLatin1String("word:")) || f.id.startsWith(QLatin1String("term:"));
        if (stated.contains(f.id) || (isWord && stated.contains(QStringLiteral("said:") + f.detail)))
            continue;
        stated.insert(f.id);
        if (isWord)
            stated.insert(QStringLiteral("said:") + f.detail);
        QStringList args{f.id, f.detail};
        // A signal feature is worded as its signal is: said in the text, or shown by the paste.
        if (f.id.startsWith(QLatin1String("signal:"))) {
            const QStringView signalId = QStringView(f.id).mid(7);
            for (const Signal &s : signalList) {
                if (s.id == signalId) {
                    if (s.fromText)
                        args << SignalExtractor::kFromText;
                    break;
                }
            }
        }
        shown << Evidence{{QStringLiteral("calibrated"), args}};
    }
    return shown;
}

// std::stable_sort of the causes, moving each cause once: sorting the list itself moved every
// RankedCause (a dozen strings and lists) at each step of the merge, a fourteenth of a diagnosis.
template<typename Before>
void stableSortCauses(QList<RankedCause> &causes, Before before)
{
    QList<qsizetype> order(causes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) { return before(causes.at(x), causes.at(y)); });
    QList<RankedCause> sorted;
    sorted.reserve(causes.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(std::move(causes[i]));
    causes = std::move(sorted);
}

int stateRank(CauseState state)
{
    return state == CauseState::Confirmed ? 0 : state == CauseState::Open ? 1 : 2;
}
}

QString CauseStates::id(CauseState state)
{
    switch (state) {
    case CauseState::Confirmed:
        return QStringLiteral("confirmed");
    case CauseState::RuledOut:
        return QStringLiteral("ruled_out");
    case CauseState::Open:
        break;
    }
    return QStringLiteral("open");
}

QString DiagnosisEngine::fold(const QString &text)
{
    // Written into a buffer as long as the text (folding never lengthens it), then cut: appending
    // character by character was a tenth of a diagnosis.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *p = begin;
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = p != begin;
            continue;
        }
        if (space) {
            *p++ = u' ';
            space = false;
        }
        // Typographic quotes and apostrophes as the servers' plain ones.
        if (c >= u'A' && c <= u'Z')
            *p++ = QChar(c.unicode() + (u'a' - u'A'));
        else if (c.unicode() < 0x80 && c != u'`')
            *p++ = c;
        else if (c == u'‘' || c == u'’' || c == u'`')
            *p++ = u'\'';
        else if (c == u'“' || c == u'”')
            *p++ = u'"';
        else
            *p++ = c.toLower();
    }
    qsizetype size = p - begin;
    while (size > 0 && (begin[size - 1] == u'.' || begin[size - 1] == u'。'))
        --size;
    out.truncate(size);
    return out;
}

DiagnosisEngine::DiagnosisEngine()
    : DiagnosisEngine(CalibrationModel::builtIn())
{
    CalibrationModel::builtIn(&m_calibrationError);
}

DiagnosisEngine::DiagnosisEngine(const CalibrationModel &model)
    : m_model(model)
{
}

QString DiagnosisEngine::loadError() const
{
    QString last = m_calibrationError;
    for (const Provider provider : {Provider::Cos, Provider::Oss, Provider::S3}) {
        const QString error = loadError(provider);
        if (!error.isEmpty())
            last = error;
    }
    return last;
}

QString DiagnosisEngine::loadError(Provider provider) const
{
    QString error;
    DecisionTree::shared(provider, &error);
    return error.isEmpty() ? m_calibrationError : error;
}

const DecisionTree &DiagnosisEngine::tree(Provider provider) const
{
    return DecisionTree::shared(provider);
}

DiagnosisEngine::FoldedMatch DiagnosisEngine::foldMatch(const TreeMatch &match)
{
    FoldedMatch folded;
    for (const QString &c : match.codes)
        folded.codes << fold(c);
    for (const QString &m : match.messages) {
        folded.messages << fold(m);
        folded.messageMatchers << QStringMatcher(folded.messages.constLast());
    }
    for (const QString &t : match.tokens)
        folded.tokens << fold(t);
    return folded;
}

const DiagnosisEngine::TreeReading &DiagnosisEngine::reading(Provider provider)
{
    // What the engine reads off a provider's shared tree: its symptoms' match lists folded, and the
    // error codes its guide knows (to find one named in prose).
    auto make = [](Provider p) {
        // An error code's shape: a capital, then five or more ASCII letters and digits (a pattern
        // for this compiled and ran at every start, 44 k instructions of a CLI run).
        auto codeShaped = [](const QString &c) {
            auto ascii = [](QChar ch) { return ch.unicode() < 128 && ch.isLetterOrNumber(); };
            return c.size() >= 6 && c.front().unicode() >= u'A' && c.front().unicode() <= u'Z' && std::all_of(c.cbegin(), c.cend(), ascii);
        };
        TreeReading r;
        QSet<QString> codes;
        for (const TreeSymptom &s : DecisionTree::shared(p).symptoms()) {
            r.folded << foldMatch(s.match);
            for (const QStringList *list : {&s.match.codes, &s.match.tokens}) {
                for (const QString &c : *list) {
                    if (codeShaped(c))
                        codes.insert(c);
                }
            }
        }
        r.knownCodes = QStringList(codes.begin(), codes.end());
        r.knownCodes.sort();
        return r;
    };
    // One static per provider, made the first time its provider is diagnosed; the providers map to
    // trees as in DecisionTree::shared.
    switch (provider) {
    case Provider::Cos: {
        static const TreeReading cos = make(Provider::Cos);
        return cos;
    }
    case Provider::Oss: {
        static const TreeReading oss = make(Provider::Oss);
        return oss;
    }
    case Provider::S3:
    case Provider::Unknown:
        break;
    }
    static const TreeReading s3 = make(Provider::S3);
    return s3;
}

double DiagnosisEngine::matchStrength(const TreeMatch &match, const ParsedInput &input, const WholeWordIndex &foldedIndex)
{
    return matchStrength(match, foldMatch(match), input, FoldedInput{fold(input.code), fold(input.message)}, foldedIndex);
}

double DiagnosisEngine::matchStrength(const TreeMatch &match, const FoldedMatch &folded, const ParsedInput &input,
                                      const FoldedInput &foldedInput, const WholeWordIndex &foldedIndex)
{
    const QString &foldedText = foldedIndex.text();
    const QString &code = foldedInput.code;
    const QString &message = foldedInput.message;
    int kinds = 0;
    double total = 0;
    bool anyHit = false;

    if (!match.codes.isEmpty()) {
        ++kinds;
        const double hit = codeHit(folded, foldedInput, foldedIndex);
        total += hit;
        anyHit |= hit > 0;
    }
    if (!match.messages.isEmpty()) {
        ++kinds;
        const double hit = messageHit(folded, foldedInput, foldedIndex);
        total += hit;
        anyHit |= hit > 0;
    }
    if (!match.tokens.isEmpty()) {
        ++kinds;
        double hit = 0;
        for (const QString &wanted : folded.tokens) {
            if ((!code.isEmpty() && code == wanted) || (!message.isEmpty() && message == wanted))
                hit = std::max(hit, 1.0);
            else if (foldedIndex.contains(wanted))
                hit = std::max(hit, 0.8);
        }
        total += hit;
        anyHit |= hit > 0;
    }
    if (!match.ec.isEmpty()) {
        ++kinds;
        double hit = 0;
        for (const QString &e : match.ec) {
            if (!input.ec.isEmpty() && input.ec.trimmed() == e)
                hit = 1.0;
            else if (input.ec.isEmpty() && foldedText.contains(e))
                hit = std::max(hit, 0.9);
        }
        total += hit;
        anyHit |= hit > 0;
    }
    if (!anyHit || kinds == 0)
        return 0;
    double strength = total / kinds;
    // An EC or a full message match is decisive on its own, even when the code differs in form.
    if (!match.ec.isEmpty() && !input.ec.isEmpty() && match.ec.contains(input.ec.trimmed()))
        strength = std::max(strength, 0.95);
    if (!match.status.isEmpty() && input.httpStatus != 0 && !match.status.contains(input.httpStatus))
        strength *= 0.5;
    return strength;
}

double DiagnosisEngine::codeHit(const FoldedMatch &folded, const FoldedInput &foldedInput, const WholeWordIndex &foldedIndex)
{
    const QString &code = foldedInput.code;
    double hit = 0;
    for (const QString &wanted : folded.codes) {
        if (!code.isEmpty() && code == wanted)
            hit = std::max(hit, 1.0);
        else if (code.isEmpty() && foldedIndex.contains(wanted))
            hit = std::max(hit, 0.8);
    }
    return hit;
}

double DiagnosisEngine::messageHit(const FoldedMatch &folded, const FoldedInput &foldedInput, const WholeWordIndex &foldedIndex)
{
    const QString &message = foldedInput.message;
    double hit = 0;
    for (qsizetype i = 0; i < folded.messages.size(); ++i) {
        const QString &wanted = folded.messages.at(i);
        if (wanted.isEmpty())
            continue;
        if (!message.isEmpty() && message == wanted)
            hit = std::max(hit, 1.0);
        else if (!message.isEmpty() && folded.messageMatchers.at(i).indexIn(message) >= 0) // message.contains(wanted)
            hit = std::max(hit, 0.9);
        else if (foldedIndex.containsSubstring(wanted))
            hit = std::max(hit, 0.85);
    }
    return hit;
}

DiagnosisEngine::Analysis DiagnosisEngine::analyse(const QString &fullText, const DiagnoseOptions &options) const
{
    Analysis a;
    Diagnosis &result = a.result;
    // A whole log file is read around its errors only; the note tells the user so.
    const bool large = LargeInputFocus::isLarge(fullText);
    const QString text = large ? LargeInputFocus::focus(fullText) : fullText;
    QString lowered;
    result.input = PasteParser::parse(text, &lowered);
    result.input.warnings = options.inputWarnings + result.input.warnings;
    if (large)
        result.input.warnings << QStringLiteral("large_input");
    // Each text is indexed once for the many whole-word tests below (signals, symptoms, features).
    // The parser lower-cased the text with CRLF made LF: the same string when there is no CRLF.
    const WholeWordIndex lower(text.contains(QLatin1String("\r\n")) ? text.toLower() : lowered);
    const WholeWordIndex folded(fold(text));
    const QDateTime now = options.now.isValid() ? options.now : LocalClock::nowUtc();
    result.signalList = SignalExtractor::extract(result.input, text, lower, now);

    // Which tree: the one asked for, else the detected provider's, else the best-matching one.
    Provider provider = options.provider;
    result.providerKnown = provider != Provider::Unknown;
    if (provider == Provider::Unknown && result.input.provider != Provider::Unknown) {
        provider = result.input.provider;
        result.providerKnown = true;
    }
    const FoldedInput foldedInput{fold(result.input.code), fold(result.input.message)};
    auto bestStrength = [&](Provider p) {
        double best = 0;
        const QList<TreeSymptom> &symptoms = tree(p).symptoms();
        const QList<FoldedMatch> &foldedMatches = reading(p).folded;
        for (qsizetype i = 0; i < symptoms.size(); ++i) {
            if (!symptoms.at(i).fallback)
                best = std::max(best, matchStrength(symptoms.at(i).match, foldedMatches.at(i), result.input, foldedInput, folded));
        }
        return best;
    };
    if (provider == Provider::Unknown) {
        // Nothing in the text names one provider: the tree whose symptoms match it best, and on a
        // tie (often nothing matches in any tree) the likelier provider for a report in that
        // writing; when the text speaks for two providers equally, only they are weighed. Of the
        // real-world reports that named none (2026-12-03, 61 of 528), those written in Chinese were
        // mostly COS (18 of 30), the others AWS S3 or an S3-compatible store (27 of 31): with COS
        // first for every text the guide was right for 24 of the 61, now for 38. The writing shows
        // in a report's first lines: a huge log is not read to its end for it.
        const QStringView head = QStringView(text).left(kWritingScanChars);
        const bool chinese = std::any_of(head.cbegin(), head.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
        QList<Provider> order = chinese ? QList<Provider>{Provider::Cos, Provider::Oss, Provider::S3}
                                        : QList<Provider>{Provider::S3, Provider::Oss, Provider::Cos};
        const QList<Provider> &tied = result.input.providerCandidates;
        if (!tied.isEmpty())
            order.removeIf([&tied](Provider p) { return !tied.contains(p); });
        provider = order.front();
        double best = -1;
        for (const Provider p : std::as_const(order)) {
            const double strength = bestStrength(p);
            if (strength > best + 1e-9) {
                best = strength;
                provider = p;
            }
        }
        // The provider picked, then the ones the text spoke for alike, if it named several.
        QStringList args{Providers::id(provider)};
        for (const Provider p : tied)
            args << Providers::id(p);
        result.notes << Statement{QStringLiteral("provider_assumed"), args};
    }
    result.provider = provider;
    const DecisionTree &t = tree(provider);
    a.tree = &t;

    // Symptom strengths.
    QList<QPair<const TreeSymptom *, double>> matched;
    double best = 0;
    const QList<FoldedMatch> &foldedMatches = reading(provider).folded;
    for (qsizetype i = 0; i < t.symptoms().size(); ++i) {
        const TreeSymptom &s = t.symptoms().at(i);
        if (s.fallback)
            continue;
        const double strength = matchStrength(s.match, foldedMatches.at(i), result.input, foldedInput, folded);
        if (strength > 0) {
            matched.append({&s, strength});
            best = std::max(best, strength);
        }
    }
    const bool useFallback = matched.isEmpty();
    if (useFallback) {
        for (const TreeSymptom &s : t.symptoms()) {
            if (s.fallback)
                matched.append({&s, kFallbackFactor});
        }
    }
    double bestSeen = -1;
    for (const auto &[symptom, strength] : matched) {
        if (strength > bestSeen) {
            bestSeen = strength;
            result.matchedSymptom = symptom->id;
        }
    }

    QHash<QString, Contribution> &contributions = a.contributions;
    for (const TreeCause &cause : t.causes())
        contributions[cause.id].raw = 0.5 * cause.prior;
    for (const auto &[symptom, strength] : matched) {
        const bool strongest = useFallback || strength >= best - 1e-9;
        const double factor = (useFallback ? 1.0 : strength) * (strongest ? 1.0 : kWeakSymptomFactor);
        // A symptom named by its code and message, matched by one of them (the paste shows another
        // message, or none; or the message in prose without the code): the evidence says which,
        // rather than claim the part the paste does not show.
        const qsizetype index = symptom - t.symptoms().constData();
        const bool messageShown = symptom->match.messages.isEmpty() || messageHit(foldedMatches.at(index), foldedInput, folded) > 0;
        const bool codeShown = symptom->match.codes.isEmpty() || codeHit(foldedMatches.at(index), foldedInput, folded) > 0;
        const QStringList args{Providers::id(provider), symptom->title, symptom->source};
        const Statement said = useFallback ? Statement{QStringLiteral("fallback"), {Providers::id(provider)}}
            : !messageShown                ? Statement{QStringLiteral("symptom_without_message"), args}
            : !codeShown                   ? Statement{QStringLiteral("symptom_without_code"), args}
                                           : Statement{QStringLiteral("symptom"), args};
        QSet<QString> evidenced;
        for (const TreeNode &node : symptom->nodes) {
            Contribution &c = contributions[node.cause];
            c.raw += factor * node.weight;
            if (strongest)
                c.checks.append({node.question, node.check});
            if (!evidenced.contains(node.cause) && node.weight > 0) {
                evidenced.insert(node.cause);
                c.evidence << Evidence{said};
            }
        }
    }
    for (const TreeCause &cause : t.causes()) {
        Contribution &c = contributions[cause.id];
        for (const Signal &signal : std::as_const(result.signalList)) {
            const double weight = cause.signalWeights.value(signal.id, 0);
            if (weight == 0)
                continue;
            c.raw += weight;
            QStringList args{signal.id, signal.detail};
            if (signal.fromText)
                args << SignalExtractor::kFromText;
            c.evidence << Evidence{{QStringLiteral("signal"), args}, weight < 0};
        }
    }

    // The server's time of failure, when the paste has it: its ServerTime, else its Date header.
    QDateTime at = UtcTime::parse(result.input.serverTime);
    if (!at.isValid())
        at = UtcTime::parse(result.input.responseHeader(QStringLiteral("Date")));

    // Facts in the paste that prove a category on their own, at the server's time (category id ->
    // basis): a presigned URL past its expiry when the server's clock says so (decided with the
    // X-ray below, which also ranks it), or RequestTimeTooSkewed with request and server times more
    // than 15 minutes apart (the clock_skew signal is only raised beyond that).
    QHash<QString, QList<Statement>> &proven = a.proven;

    // The X-ray of a presigned URL, judged at the server's time of failure when the paste has it.
    if (!result.input.presignedUrl.isEmpty()) {
        result.presignedUrl = PresignedUrlInspector::inspect(result.input.presignedUrl, at.isValid() ? at.toUTC() : now,
                                                             result.input.method);
        for (const UrlWarning &warning : std::as_const(result.presignedUrl.warnings))
            result.notes << Statement{QStringLiteral("url_warning"), QStringList{warning.id, Providers::id(result.presignedUrl.provider)} + warning.args};
        // Judged at the server's own time, an expired or not-yet-valid URL is a pasted fact that
        // names the cause by itself, whatever the body says (Ceph RGW answers a bare AccessDenied).
        const UrlInspection &u = result.presignedUrl;
        const bool expired = u.status == UrlInspection::Status::Expired;
        if (at.isValid() && (expired || u.status == UrlInspection::Status::NotYetValid)) {
            const Category named = expired ? Category::PresignExpired : Category::ClockSkew;
            const Evidence evidence{{expired ? QStringLiteral("url_expired_at_server") : QStringLiteral("url_not_yet_valid_at_server"),
                                     {u.expiresAt.toString(Qt::ISODate), u.signedAt.toString(Qt::ISODate), at.toUTC().toString(Qt::ISODate)}}};
            // Expired at the server's time proves the cause; not yet valid only ranks clock skew
            // (the signer's clock or the server's may be the one that is off).
            if (expired)
                proven[Categories::id(Category::PresignExpired)] << Statement{QStringLiteral("fact_url_expired"),
                                                                            {u.expiresAt.toString(Qt::ISODate)}};
            bool first = true;
            for (const TreeCause &cause : t.causes()) {
                if (cause.category != named)
                    continue;
                Contribution &c = contributions[cause.id];
                c.raw += first ? kPastedFactWeight : kPastedFactWeight / 2;
                c.evidence << evidence;
                first = false;
            }
        }
    }

    // A signature comparison names a category outright: raise the tree's causes of that category.
    result.signature = SignatureAnalyzer::analyze(result.input, options.secretKey);
    for (const QString &causeId : std::as_const(result.signature.causes)) {
        const QString categoryId = SignatureAnalyzer::causeCategory(causeId);
        const Evidence evidence{{QStringLiteral("signature"), {causeId, result.signature.detail}}};
        bool first = true;
        for (const TreeCause &cause : t.causes()) {
            if (categoryId.isEmpty() || Categories::id(cause.category) != categoryId)
                continue;
            Contribution &c = contributions[cause.id];
            c.raw += first ? kSignatureFindingWeight : kSignatureFindingWeight / 2;
            c.evidence << evidence;
            first = false;
        }
    }
    for (auto it = contributions.begin(); it != contributions.end(); ++it)
        it->rawBeforeFindings = it->raw;

    {
        for (const Signal &signal : std::as_const(result.signalList)) {
            if (signal.id == QLatin1String("presign_expired") && !result.input.expires.isEmpty()
                && UtcTime::parse(result.input.serverTime).isValid() && !proven.contains(QStringLiteral("presign_expired")))
                proven[QStringLiteral("presign_expired")] << Statement{QStringLiteral("fact_expires_before_server_time"), {signal.detail}};
            if (signal.id == QLatin1String("clock_skew")
                && (result.input.code.compare(QLatin1String("RequestTimeTooSkewed"), Qt::CaseInsensitive) == 0
                    || lower.text().contains(QLatin1String("requesttimetooskewed")))) {
                // The server proves the request's time was off, not that the clock was: with the
                // clock shown in sync, a request signed long before it was sent (a long multipart
                // upload, retries, a queue) is the other way to that answer, so it stays a ranking.
                const QString synced = SignalExtractor::syncedClockReading(lower.text());
                if (synced.isEmpty())
                    proven[QStringLiteral("clock_skew")] << Statement{QStringLiteral("fact_time_too_skewed"), {signal.detail}};
                else
                    result.notes << Statement{QStringLiteral("clock_shown_in_sync"), {synced.trimmed()}};
            }
        }
    }

    // The calibration's view of the paste, before any live check: the tree's share of each category
    // is one of its features.
    QHash<Category, double> categoryBest;
    for (const TreeCause &cause : t.causes()) {
        const double raw = std::max(0.0, contributions.value(cause.id).raw);
        categoryBest[cause.category] = std::max(categoryBest.value(cause.category, 0.0), raw);
        if (!a.sample.categories.contains(cause.category))
            a.sample.categories << cause.category;
    }
    std::sort(a.sample.categories.begin(), a.sample.categories.end());
    double bestMax = 0;
    for (const double v : std::as_const(categoryBest))
        bestMax = std::max(bestMax, v);
    FeatureInput featureInput;
    featureInput.provider = provider;
    featureInput.input = &result.input;
    featureInput.signalList = &result.signalList;
    featureInput.matchedSymptom = useFallback ? QString() : result.matchedSymptom;
    for (auto it = categoryBest.begin(); it != categoryBest.end(); ++it)
        featureInput.treeShare.insert(it.key(), bestMax > 0 ? it.value() / bestMax : 0.0);
    featureInput.knownCodes = reading(provider).knownCodes;
    featureInput.lowerText = lower;
    a.sample.provider = provider;
    a.sample.features = FeatureExtractor::extract(featureInput);
    return a;
}

CalibrationSample DiagnosisEngine::sample(const QString &fullText, const DiagnoseOptions &options) const
{
    return analyse(fullText, options).sample;
}

Diagnosis DiagnosisEngine::diagnose(const QString &fullText, const DiagnoseOptions &options) const
{
    Analysis a = analyse(fullText, options);
    Diagnosis &result = a.result;
    const DecisionTree &t = *a.tree;
    const Provider provider = result.provider;
    QHash<QString, Contribution> &contributions = a.contributions;
    QHash<QString, QList<Statement>> &proven = a.proven;
    QHash<QString, QList<Statement>> excluded;
    const bool calibrated = options.calibrated && !m_model.isEmpty();

    // Outside evidence moves the calibrated categories: a signature comparison, then the live
    // checks' findings.
    QMap<Category, double> offsetsBeforeFindings;
    for (const QString &causeId : std::as_const(result.signature.causes)) {
        Category category;
        if (Categories::fromId(SignatureAnalyzer::causeCategory(causeId), &category))
            offsetsBeforeFindings[category] += kSignatureLogit;
    }
    QMap<Category, double> offsets = offsetsBeforeFindings;
    // A live check's verdict names a category too: the first cause of it gets the full weight, the
    // others half; a check that rules a category down lowers all of its causes.
    QHash<QString, Finding> provenBy; // category id -> the decisive finding that named one of its causes
    for (const Finding &finding : options.findings) {
        Category findingCategory;
        if (Categories::fromId(finding.categoryId, &findingCategory))
            offsets[findingCategory] += kFindingLogitPerWeight * finding.weight;
        // A finding that names a cause this tree lacks speaks for the whole category.
        Finding scoped = finding;
        if (!finding.causeKey.isEmpty()
            && std::none_of(t.causes().cbegin(), t.causes().cend(), [&](const TreeCause &c) { return finding.names(c.id); }))
            scoped.causeKey.clear();
        if (finding.decisive) {
            (finding.weight > 0 ? proven : excluded)[finding.categoryId] << finding.evidence;
            if (finding.weight > 0 && !scoped.causeKey.isEmpty())
                provenBy.insert(finding.categoryId, scoped);
        }
        bool first = true;
        for (const TreeCause &cause : t.causes()) {
            if (Categories::id(cause.category) != finding.categoryId)
                continue;
            if (!scoped.names(cause.id))
                continue;
            Contribution &c = contributions[cause.id];
            const double weight = finding.weight > 0 && !first ? finding.weight / 2 : finding.weight;
            c.raw += weight;
            c.evidence << Evidence{finding.evidence, weight < 0};
            first = false;
        }
    }
    if (result.signature.present && result.signature.ours.isEmpty())
        result.notes << Statement{QStringLiteral("signature_no_request"), {}};
    if (provider == Provider::Cos && !result.signature.present
        && (result.input.code.compare(QLatin1String("SignatureDoesNotMatch"), Qt::CaseInsensitive) == 0
            || result.input.message.compare(QLatin1String("SignatureDoesNotMatch"), Qt::CaseInsensitive) == 0))
        result.notes << Statement{QStringLiteral("cos_no_server_string"), {}};

    // The best cause of each category by tree score: it carries the category's probability.
    QHash<Category, QString> categoryTop;
    QHash<Category, double> categoryTopRaw;
    for (const TreeCause &cause : t.causes()) {
        const double raw = std::max(0.0, contributions.value(cause.id).raw);
        if (!categoryTop.contains(cause.category) || raw > categoryTopRaw.value(cause.category) + 1e-12) {
            categoryTop.insert(cause.category, cause.id);
            categoryTopRaw.insert(cause.category, raw);
        }
    }
    QMap<Category, double> probabilityBeforeFindings;
    // Each feature's weight in each category, looked up once for both rankings and the evidence.
    const CalibrationModel::WeightRows weightRows =
        calibrated ? m_model.weights(a.sample.categories, a.sample.features) : CalibrationModel::WeightRows{};
    if (calibrated) {
        result.categoryProbability = m_model.probabilities(a.sample.features, a.sample.categories, offsets, weightRows);
        probabilityBeforeFindings = m_model.probabilities(a.sample.features, a.sample.categories, offsetsBeforeFindings, weightRows);
    }
    auto calibratedScore = [&](const TreeCause &cause, double raw, const QMap<Category, double> &probability) {
        const double p = probability.value(cause.category, 0.0);
        if (categoryTop.value(cause.category) == cause.id)
            return p;
        const double topRaw = categoryTopRaw.value(cause.category, 0.0);
        return p * kSecondaryCauseFactor * (topRaw > 0 ? raw / topRaw : 0.0);
    };

    const QSet<QString> codes = calibrated ? codeFeatures(a.sample.features) : QSet<QString>{};
    QList<RankedCause> ranked;
    for (const TreeCause &cause : t.causes()) {
        Contribution &c = contributions[cause.id];
        RankedCause r;
        r.id = cause.id;
        r.category = cause.category;
        const double raw = std::max(0.0, c.raw);
        r.evidence = c.evidence;
        if (calibrated) {
            r.rawScore = calibratedScore(cause, raw, result.categoryProbability);
            c.rawBeforeFindings = calibratedScore(cause, std::max(0.0, c.rawBeforeFindings), probabilityBeforeFindings);
            if (categoryTop.value(cause.category) == cause.id)
                r.evidence << calibratedEvidence(m_model, cause.category, a.sample.features, codes, weightRows, r.evidence,
                                                 result.signalList);
        } else {
            r.rawScore = raw;
        }
        r.treeTitle = cause.title;
        r.treeWhy = cause.why;
        r.treeSteps = cause.steps;
        if (r.evidence.isEmpty())
            r.evidence = {{{QStringLiteral("prior"), {}}}};
        r.checks = c.checks;
        r.source = cause.source;
        const QString categoryId = Categories::id(cause.category);
        if (excluded.contains(categoryId) && !proven.contains(categoryId)) {
            r.state = CauseState::RuledOut;
            r.stateBasis = excluded.value(categoryId);
        }
        ranked.append(r);
    }
    // Stable: equal scores keep the tree's order, which follows the guide.
    stableSortCauses(ranked, [](const RankedCause &x, const RankedCause &y) { return x.rawScore > y.rawScore; });
    // A proven category confirms its best cause, or the cause its check named; the others of that
    // category stay open.
    for (auto it = proven.cbegin(); it != proven.cend(); ++it) {
        const Finding named = provenBy.value(it.key()); // names every cause when none was named
        for (RankedCause &r : ranked) {
            if (Categories::id(r.category) == it.key() && named.names(r.id)) {
                r.state = CauseState::Confirmed;
                r.stateBasis = it.value();
                break;
            }
        }
    }
    // A proven cause ranks first, and by score too (the contract sorts causes by score): its raw
    // score is lifted to the best open one's when a paste pointed elsewhere.
    double bestOpen = 0;
    for (const RankedCause &r : std::as_const(ranked)) {
        if (r.state == CauseState::Open)
            bestOpen = std::max(bestOpen, r.rawScore);
    }
    for (RankedCause &r : ranked) {
        if (r.state == CauseState::Confirmed)
            r.rawScore = std::max(r.rawScore, bestOpen);
    }
    stableSortCauses(ranked, [](const RankedCause &x, const RankedCause &y) { return stateRank(x.state) < stateRank(y.state); });
    double top = 0;
    double topBeforeFindings = 0;
    for (const RankedCause &r : std::as_const(ranked)) {
        if (r.state != CauseState::RuledOut)
            top = std::max(top, r.rawScore);
        topBeforeFindings = std::max(topBeforeFindings, contributions.value(r.id).rawBeforeFindings);
    }
    // Ruled-out causes are listed after the others, beyond maxCauses, when the paste alone would have
    // listed them: the user sees what the checks excluded.
    double sum = 0;
    QList<RankedCause> ruledOut;
    for (const RankedCause &r : std::as_const(ranked)) {
        if (r.state == CauseState::RuledOut) {
            const double before = contributions.value(r.id).rawBeforeFindings;
            if (before > 0 && before >= kListedShareOfBest * topBeforeFindings && ruledOut.size() < options.maxCauses)
                ruledOut.append(r);
            continue;
        }
        if (result.causes.size() >= options.maxCauses)
            continue;
        if (!result.causes.isEmpty() && r.state == CauseState::Open && (r.rawScore <= 0 || r.rawScore < kListedShareOfBest * top))
            continue;
        result.causes.append(r);
        sum += r.rawScore;
    }
    if (result.causes.isEmpty() && ruledOut.isEmpty() && !ranked.isEmpty())
        ruledOut.append(ranked.first()); // never an empty list
    result.causes.append(ruledOut);
    qsizetype counted = 0;
    for (const RankedCause &r : std::as_const(result.causes))
        counted += r.state != CauseState::RuledOut ? 1 : 0;
    for (RankedCause &r : result.causes) {
        if (r.state == CauseState::RuledOut)
            r.score = 0;
        else if (calibrated)
            // The calibrated probability itself, not a share of the listed causes: a share made the
            // only listed cause "100 % likely" however thin its lead (on the corpus, cross-validated,
            // 135 first causes shown at 100 % were right 88 % of the time; shown as the probability,
            // each fifth of the scale is right at least as often as it says).
            r.score = std::clamp(r.rawScore, 0.0, 1.0);
        else
            r.score = sum > 0 ? r.rawScore / sum : (counted > 0 ? 1.0 / counted : 0);
    }

    for (const QString &warning : std::as_const(result.input.warnings))
        result.notes << Statement{QStringLiteral("input_warning"), {warning}};
    return result;
}
