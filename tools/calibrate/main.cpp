// bucketdoctor-calibrate: fits the calibrated ranking to the corpus of real reports and writes
// resources/calibration/weights.json (scripts/calibrate.sh runs it; README there).
//
//   bucketdoctor-calibrate --source-dir DIR [--out FILE] [--check FILE] [--cross-validate K [--repeats N]]
//                          [--held-out FILE] [--trees-only] [--misses] [--iterations N --rate R --l2 L --min-count C --fixture-weight W --tree-logit T]
//                          [--features ID|all]
//
// --out writes the weights; --check compares FILE with what the fit produces and exits 1 when
// they differ (the CalibrationUpToDate test); --cross-validate prints the k-fold table, over several
// splits of the reports with --repeats N;
// --held-out fits on every report whose id is not in FILE (a corpus file of the same form) and
// prints the table of FILE's reports: a slice collected after a fit, measured as new reports;
// --features prints what the model sees of one record, or of every record and guide fixture with
// "all" (the before/after comparison of a change to the feature extraction, byte for byte).
// Deterministic: the same corpus and trees give the same bytes.
#include "diagnosis/CalibrationCorpus.h"
#include "findings/VerdictScore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString sourceDir = QStringLiteral(".");
    QString out;
    QString check;
    int folds = 0;
    int repeats = 1;
    bool misses = false;
    QString featuresOf;
    bool fixtureMisses = false;
    bool treesOnly = false;
    QString heldOutFile;
    FitSettings settings;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--source-dir"))
            sourceDir = next, ++i;
        else if (a == QLatin1String("--out"))
            out = next, ++i;
        else if (a == QLatin1String("--check"))
            check = next, ++i;
        else if (a == QLatin1String("--cross-validate"))
            folds = next.toInt(), ++i;
        else if (a == QLatin1String("--repeats"))
            repeats = next.toInt(), ++i;
        else if (a == QLatin1String("--features"))
            featuresOf = next, ++i;
        else if (a == QLatin1String("--misses"))
            misses = true;
        else if (a == QLatin1String("--fixture-misses"))
            fixtureMisses = true;
        else if (a == QLatin1String("--held-out"))
            heldOutFile = next, ++i;
        else if (a == QLatin1String("--trees-only"))
            treesOnly = true;
        // Settings other than the defaults, to explore; the committed weights use the defaults.
        else if (a == QLatin1String("--iterations"))
            settings.iterations = next.toInt(), ++i;
        else if (a == QLatin1String("--rate"))
            settings.learningRate = next.toDouble(), ++i;
        else if (a == QLatin1String("--l2"))
            settings.l2 = next.toDouble(), ++i;
        else if (a == QLatin1String("--min-count"))
            settings.minCount = next.toInt(), ++i;
        else if (a == QLatin1String("--keep-above"))
            settings.keepAbove = next.toDouble(), ++i;
        else if (a == QLatin1String("--fixture-weight"))
            settings.fixtureWeight = next.toDouble(), ++i;
        else if (a == QLatin1String("--tree-logit"))
            settings.treeLogit = next.toDouble(), ++i;
        else {
            std::fprintf(stderr, "usage: bucketdoctor-calibrate --source-dir DIR [--out FILE] [--check FILE] [--cross-validate K [--repeats N]]\n");
            return 2;
        }
    }
    QString error;
    const QList<LabelledText> reports = CalibrationCorpus::loadRealReports(sourceDir + QStringLiteral("/tests/fixtures/realworld/cases.json"), &error);
    const QList<LabelledText> fixtures = error.isEmpty() ? CalibrationCorpus::loadGuideFixtures(sourceDir + QStringLiteral("/tests/fixtures/diagnose"), &error)
                                                         : QList<LabelledText>{};
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    if (!featuresOf.isEmpty()) { // what the calibration sees of one record, and what the tree says
        const DiagnosisEngine engine{CalibrationCorpus::fitAll(reports, fixtures, settings)};
        for (const LabelledText &r : reports + fixtures) {
            if (r.id != featuresOf && featuresOf != QLatin1String("all"))
                continue;
            DiagnoseOptions options;
            options.provider = r.provider;
            options.now = CalibrationCorpus::fixedNow();
            const CalibrationSample sample = engine.sample(r.text, options);
            std::printf("%s label %s\n", qPrintable(r.id), qPrintable(Categories::id(r.category)));
            for (const Feature &f : sample.features)
                std::printf("  %-40s %.3f  %s\n", qPrintable(f.id), f.value, qPrintable(f.detail));
            const Diagnosis d = engine.diagnose(r.text, options);
            for (auto it = d.categoryProbability.begin(); it != d.categoryProbability.end(); ++it)
                if (it.value() > 0.02)
                    std::printf("  p %-36s %.3f\n", qPrintable(Categories::id(it.key())), it.value());
            for (const RankedCause &c : d.causes)
                std::printf("  cause %-40s %.3f\n", qPrintable(c.id), c.score);
        }
        return 0;
    }
    if (fixtureMisses) { // the guide fixtures under the fitted model, as TestDiagnosisEngine runs them
        const DiagnosisEngine engine{CalibrationModel::fromJson(CalibrationCorpus::fitAll(reports, fixtures, settings).toJson(), &error)};
        int missed = 0;
        for (const LabelledText &f : fixtures) {
            const QList<Category> ranked = CalibrationCorpus::heldOut(engine, f).ranked;
            if (ranked.isEmpty() || ranked.first() != f.category) {
                ++missed;
                std::printf("fixture miss %-60s %-28s -> %s\n", qPrintable(f.id), qPrintable(Categories::id(f.category)),
                            qPrintable(ranked.isEmpty() ? QString() : Categories::id(ranked.first())));
            }
        }
        std::printf("guide fixtures: %d of %lld missed\n", missed, static_cast<long long>(fixtures.size()));
    }
    auto printMisses = [&](const QList<HeldOutResult> &results) {
        for (const HeldOutResult &r : results) {
            if (!r.ranked.isEmpty() && r.ranked.first() == r.report.category)
                continue;
            QStringList ranked;
            for (const Category c : r.ranked)
                ranked << Categories::id(c);
            std::printf("miss %-10s %-30s -> %s\n", qPrintable(r.report.id), qPrintable(Categories::id(r.report.category)),
                        qPrintable(ranked.join(u',')));
        }
    };
    auto printTable = [](const QMap<QString, CorpusScore> &table) {
        std::printf("%-44s %5s %7s %7s\n", "group", "n", "top-1", "top-3");
        for (auto it = table.begin(); it != table.end(); ++it)
            std::printf("%-44s %5d %6.1f%% %6.1f%%\n", qPrintable(it.key()), it->n, 100.0 * it->top1 / it->n, 100.0 * it->top3 / it->n);
    };
    QList<LabelledText> heldOut;
    if (!heldOutFile.isEmpty()) {
        heldOut = CalibrationCorpus::loadRealReports(heldOutFile, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
    }
    // Per verdict state: how many reports got it and how often its category was right.
    auto printVerdicts = [](const QList<HeldOutResult> &results) {
        const auto states = VerdictScore::byState(results);
        std::printf("%-44s %5s %7s %7s\n", "verdict state", "n", "right", "top-3");
        // Each state, then each state per kind of store, in one table.
        for (const auto &table : {states, VerdictScore::byStateAndStore(results)}) {
            for (auto it = table.begin(); it != table.end(); ++it)
                std::printf("%-44s %5d %6.1f%% %6.1f%%\n", qPrintable(it.key()), it->n, 100.0 * it->top1 / it->n, 100.0 * it->top3 / it->n);
        }
        const VerdictScore::QuestionScore question = VerdictScore::byQuestion(results);
        if (question.n > 0)
            std::printf("%-44s %5d %6.1f%%  (the labelled category among the causes the question separates)\n",
                        "undetermined, with a question", question.n, 100.0 * question.covered / question.n);
        // Whether the share shown beside the first cause is what it says.
        std::printf("%-44s %5s %7s %7s\n", "first cause shown as", "n", "shown", "right");
        const auto steps = VerdictScore::byShownShare(results);
        for (auto it = steps.begin(); it != steps.end(); ++it)
            std::printf("%2d-%3d %% likely%30s %5d %6.1f%% %6.1f%%\n", it.key() * 20, it.key() * 20 + 20, "", it->n,
                        100.0 * it->sharedSum / it->n, 100.0 * it->right / it->n);
    };
    if (treesOnly) {
        // With --held-out, the trees on the held-out reports (what the guides alone make of them).
        const QList<LabelledText> &scored = heldOutFile.isEmpty() ? reports : heldOut;
        const DiagnosisEngine engine{CalibrationModel{}};
        QList<HeldOutResult> results;
        for (const LabelledText &r : scored)
            results.append(CalibrationCorpus::heldOut(engine, r));
        if (misses)
            printMisses(results);
        std::printf("trees only (no calibration), %s:\n", heldOutFile.isEmpty() ? "whole corpus" : "held-out reports");
        printTable(CalibrationCorpus::score(results));
    }
    if (!heldOutFile.isEmpty()) {
        QSet<QString> heldOutIds;
        for (const LabelledText &r : heldOut)
            heldOutIds.insert(r.id);
        QList<LabelledText> training;
        for (const LabelledText &r : reports) {
            if (!heldOutIds.contains(r.id))
                training << r;
        }
        // Through the JSON, as the engine would load it.
        const DiagnosisEngine engine{CalibrationModel::fromJson(CalibrationCorpus::fitAll(training, fixtures, settings).toJson(), &error)};
        QList<HeldOutResult> results;
        for (const LabelledText &r : heldOut)
            results.append(CalibrationCorpus::heldOut(engine, r));
        if (misses)
            printMisses(results);
        std::printf("held out (%lld reports; fitted on the other %lld and the guide fixtures):\n",
                    static_cast<long long>(heldOut.size()), static_cast<long long>(training.size()));
        printTable(CalibrationCorpus::score(results));
        printVerdicts(results);
    }
    if (folds > 1 && repeats <= 1) {
        const QList<HeldOutResult> results = CalibrationCorpus::crossValidate(reports, fixtures, settings, folds);
        if (misses)
            printMisses(results);
        const auto table = CalibrationCorpus::score(results);
        std::printf("%d-fold cross-validation:\n", folds);
        printTable(table);
        printVerdicts(results);
    }
    // Repeated: the same cross-validation over `repeats` splits of the reports (salts 0 .. N-1; 0 is
    // the committed split), each group's counts summed, and the spread of "all" between the splits.
    // One split moves by half a point when a single fixture or symptom changes; the mean over several
    // tells such noise from an effect.
    if (folds > 1 && repeats > 1) {
        QMap<QString, CorpusScore> sum;
        QList<double> top1s, top3s;
        for (int salt = 0; salt < repeats; ++salt) {
            const auto table = CalibrationCorpus::score(
                CalibrationCorpus::crossValidate(reports, fixtures, settings, folds, static_cast<quint32>(salt)));
            for (auto it = table.cbegin(); it != table.cend(); ++it) {
                CorpusScore &s = sum[it.key()];
                s.n += it->n;
                s.top1 += it->top1;
                s.top3 += it->top3;
            }
            const CorpusScore all = table.value(QStringLiteral("all"));
            top1s << 100.0 * all.top1 / all.n;
            top3s << 100.0 * all.top3 / all.n;
            std::printf("split %d: top-1 %.1f%%, top-3 %.1f%%\n", salt, top1s.last(), top3s.last());
        }
        std::printf("%d-fold cross-validation over %d splits (their pooled counts; top-1 %.1f-%.1f%%, top-3 %.1f-%.1f%% between splits):\n",
                    folds, repeats, *std::min_element(top1s.cbegin(), top1s.cend()), *std::max_element(top1s.cbegin(), top1s.cend()),
                    *std::min_element(top3s.cbegin(), top3s.cend()), *std::max_element(top3s.cbegin(), top3s.cend()));
        printTable(sum);
    }
    if (out.isEmpty() && check.isEmpty())
        return 0;
    const QByteArray json = CalibrationCorpus::fitAll(reports, fixtures, settings).toJson();
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 3;
        }
        std::printf("wrote %s (%lld bytes)\n", qPrintable(out), static_cast<long long>(json.size()));
    }
    if (!check.isEmpty()) {
        QFile file(check);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != json) {
            std::fprintf(stderr, "%s differs from what the fit produces: run scripts/calibrate.sh and commit the result\n", qPrintable(check));
            return 1;
        }
        std::printf("%s is up to date\n", qPrintable(check));
    }
    return 0;
}
