#pragma once

#include "diagnosis/Calibration.h"
#include "diagnosis/DecisionTree.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/FeatureExtractor.h"
#include "diagnosis/Finding.h"

#include <QDateTime>
#include <QHash>
#include <QStringMatcher>

struct DiagnoseOptions {
    Provider provider = Provider::Unknown; // Unknown: detect from the text
    QDateTime now;                         // the local clock; invalid means the current time
    QStringList inputWarnings;             // from InputDecoder
    QString secretKey;                     // optional: lets the signature check tell a wrong key pair
    int maxCauses = 8;
    QList<Finding> findings;               // e.g. live check verdicts, raising or lowering cause categories
    bool calibrated = true;                // false: rank by the trees' own weights only (for comparison)
};

// What the calibrated ranking sees of one paste: its features and the categories its tree has.
struct CalibrationSample {
    Provider provider = Provider::Unknown;
    QList<Feature> features;
    QList<Category> categories;
};

// Ranks the causes of a 403 from a pasted text. The built-in trees are read when first needed,
// once per process, and shared by every engine (DecisionTree::shared): a paste whose provider is
// known reads one tree. diagnose() is const and keeps no state between calls.
//
// Usage:
//   DiagnosisEngine engine;
//   const Diagnosis d = engine.diagnose(text);
//   d.causes.first().category …
//
// Scoring, in two parts. The tree: a cause's tree score is half its prior, plus for each matching
// symptom the weight of the symptom's nodes that point at it (times the match strength; weaker
// symptoms than the best count a quarter), plus the weights of the signals found in the text. The
// calibration: the paste's features (FeatureExtractor, among them the tree's share of each
// category) give each category of the tree a probability through the model fitted to real reports
// (resources/calibration/weights.json); live-check findings and a signature comparison move those
// logits. A cause's score is its category's probability, for the category's best cause by tree
// score, and a fraction of it for the others; so categories rank by the calibration and the tree
// picks the cause within each. Listed are the causes within reach of the best; their scores are
// shares of the listed total.
class DiagnosisEngine
{
public:
    DiagnosisEngine();
    // With another calibration (cross-validation); an empty model ranks by the trees alone.
    explicit DiagnosisEngine(const CalibrationModel &model);

    // Whether all three built-in trees load (reads all three), and the reason when one does not.
    bool isValid() const { return loadError().isEmpty(); }
    QString loadError() const;
    // Whether this provider's tree loads (reads that one only): empty when it does.
    QString loadError(Provider provider) const;
    const DecisionTree &tree(Provider provider) const;

    Diagnosis diagnose(const QString &fullText, const DiagnoseOptions &options = {}) const;
    // The features of a paste and its tree's categories, as diagnose() computes them.
    CalibrationSample sample(const QString &fullText, const DiagnoseOptions &options = {}) const;
    const CalibrationModel &calibration() const { return m_model; }

    // How strongly a symptom matches the input, 0..1; `foldedText` indexes fold(text). Public for tests.
    static double matchStrength(const TreeMatch &match, const ParsedInput &input, const WholeWordIndex &foldedText);
    static QString fold(const QString &text);

private:
    // A symptom's codes, messages and tokens folded, and the input's code and message: folded once
    // (per tree, per diagnosis) rather than in every symptom's test.
    struct FoldedMatch {
        QStringList codes;
        QStringList messages;
        QList<QStringMatcher> messageMatchers; // one per message: its search tables made once, with the tree
        QStringList tokens;
    };
    struct FoldedInput {
        QString code;
        QString message;
    };
    static FoldedMatch foldMatch(const TreeMatch &match);
    // Read off the provider's shared tree once: one folded match per symptom, in the tree's order,
    // and the error codes its guide knows, sorted.
    struct TreeReading {
        QList<FoldedMatch> folded;
        QStringList knownCodes;
    };
    static const TreeReading &reading(Provider provider);
    static double matchStrength(const TreeMatch &match, const FoldedMatch &folded, const ParsedInput &input,
                                const FoldedInput &foldedInput, const WholeWordIndex &foldedText);
    // How well the input shows one of the symptom's messages, 0..1 (0 also when it names none).
    static double messageHit(const FoldedMatch &folded, const FoldedInput &foldedInput, const WholeWordIndex &foldedText);
    // How well the paste shows one of a symptom's codes: 1 as its Code, 0.8 named in the text, else 0.
    static double codeHit(const FoldedMatch &folded, const FoldedInput &foldedInput, const WholeWordIndex &foldedText);

    struct Contribution {
        double raw = 0;
        double rawBeforeFindings = 0; // from the paste alone: decides whether a ruled-out cause is listed
        QList<Evidence> evidence;
        QList<GuideCheck> checks;
    };
    struct Analysis {
        Diagnosis result;
        const DecisionTree *tree = nullptr;
        QHash<QString, Contribution> contributions;
        CalibrationSample sample;
        QHash<QString, QList<Statement>> proven; // category id -> the pasted facts that prove it
    };
    Analysis analyse(const QString &fullText, const DiagnoseOptions &options) const;

    CalibrationModel m_model;
    QString m_calibrationError; // the built-in calibration's, for the default engine
};
