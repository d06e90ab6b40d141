#pragma once

#include "common/Category.h"
#include "common/Provider.h"
#include "common/WholeWordIndex.h"
#include "diagnosis/SignalExtractor.h"
#include "paste/ParsedInput.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One interpretable piece of evidence about a paste, as the calibrated ranking sees it. The id
// says what kind and which (`code:accessdenied`, `term:expired`, `signal:token`, `tree:cors` …,
// see resources/calibration/README.md); `value` is 1 for a present fact, or the tree's share of a
// category for `tree:` features; `detail` is what was seen, for the evidence shown to the user.
struct Feature {
    QString id;
    double value = 1;
    QString detail;
};

// The context vocabulary (resources/calibration/vocabulary.json): concept → words.
struct Vocabulary {
    QList<QPair<QString, QStringList>> terms; // in the file's order

    static Vocabulary fromJson(const QByteArray &json, QString *error);
    static const Vocabulary &builtIn();
};

// What the feature extractor reads: the parse, the signals, the tree's view, the text.
struct FeatureInput {
    Provider provider = Provider::Unknown;
    const ParsedInput *input = nullptr;
    const QList<Signal> *signalList = nullptr;
    QString matchedSymptom;   // empty when the tree's fallback was used
    QHash<Category, double> treeShare; // the tree's score share per category, 0..1
    QStringList knownCodes;   // error codes the trees know, to find one in prose
    WholeWordIndex lowerText; // the text in lower case
};

// Turns a paste into features. Deterministic; the list is sorted by id, each id once.
namespace FeatureExtractor {
QList<Feature> extract(const FeatureInput &in, const Vocabulary &vocabulary = Vocabulary::builtIn());
// "AccessDenied" → "accessdenied": lower case, letters and digits only.
QString normaliseCode(const QString &code);
}
