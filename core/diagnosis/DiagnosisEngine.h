#pragma once

#include "diagnosis/DecisionTree.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/Finding.h"

#include <QDateTime>

struct DiagnoseOptions {
    Provider provider = Provider::Unknown; // Unknown: detect from the text
    QDateTime now;                         // the local clock; invalid means the current time
    QStringList inputWarnings;             // from InputDecoder
    QString secretKey;                     // optional: lets the signature check tell a wrong key pair
    int maxCauses = 8;
    QList<Finding> findings;               // e.g. live check verdicts, raising or lowering cause categories
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
// Scoring: a cause's raw score is half its prior, plus for each matching symptom the weight of the
// symptom's nodes that point at it (times the match strength; weaker symptoms than the best count a
// quarter), plus the weights of the signals found in the text. Listed are the causes within reach
// of the best; their scores are shares of the listed total.
class DiagnosisEngine
{
public:
    DiagnosisEngine();

    // Whether all three built-in trees load (reads all three), and the reason when one does not.
    bool isValid() const { return loadError().isEmpty(); }
    QString loadError() const;
    // Whether this provider's tree loads (reads that one only): empty when it does.
    QString loadError(Provider provider) const;
    const DecisionTree &tree(Provider provider) const;

    Diagnosis diagnose(const QString &fullText, const DiagnoseOptions &options = {}) const;

    // How strongly a symptom matches the input, 0..1. Public for tests.
    static double matchStrength(const TreeMatch &match, const ParsedInput &input, const QString &foldedText);
    static QString fold(const QString &text);
};
