#pragma once

#include "common/Category.h"
#include "common/Statement.h"
#include "diagnosis/PresignedUrlInspector.h"
#include "diagnosis/SignalExtractor.h"
#include "diagnosis/SignatureAnalyzer.h"
#include "paste/ParsedInput.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A guide question that can confirm or rule out a cause, and the live check that answers it.
struct GuideCheck {
    QString treeQuestion; // as the tree has it, in English (text/UserText::treeText translates)
    QString check;        // live check id, or empty
};

// One piece of evidence for a cause, or against it.
struct Evidence {
    Statement what;
    bool against = false;

    bool operator==(const Evidence &other) const { return what == other.what && against == other.against; }
};

// What the evidence says of a cause: a failing live check or a pasted fact proves it (confirmed),
// a passing check excludes it (ruled out), or nothing has settled it yet (open). A check that was
// skipped, ended in error or never ran counts neither way.
enum class CauseState { Open, Confirmed, RuledOut };

namespace CauseStates {
QString id(CauseState state); // "open", "confirmed", "ruled_out"
}

struct RankedCause {
    QString id;
    CauseState state = CauseState::Open;
    QList<Statement> stateBasis; // what confirmed or ruled it out: a check's result, a pasted fact
    Category category = Category::Other;
    // 0..1. With the calibrated ranking: the calibrated probability of the cause's category for its
    // best cause, a tenth of it (by tree score) for the category's other causes. Without it: the
    // share of the listed causes' raw scores. Ruled out: 0.
    double score = 0;
    double rawScore = 0;
    // Texts as the tree has them, in English: text/UserText::treeText translates them.
    QString treeTitle;
    QString treeWhy;
    QStringList treeSteps;
    QList<Evidence> evidence;
    QList<GuideCheck> checks;
    QString source;
};

// The result of diagnosing one paste: what was read, which provider's guide was used, and the
// causes from most to least likely (never empty).
struct Diagnosis {
    ParsedInput input;
    Provider provider = Provider::Unknown; // the tree that was used
    bool providerKnown = false;            // given by the user or detected in the text; false when assumed
    QString matchedSymptom;                // id of the best-matching symptom, or the fallback's
    QList<Signal> signalList;
    QList<Statement> notes;                // notes about the input
    SignatureFinding signature;            // the server's signed string against the client's
    UrlInspection presignedUrl;            // the X-ray of the first presigned URL in the paste
    // Sorted: confirmed causes first, then the open ones by score, then the ruled-out ones.
    QList<RankedCause> causes;
    QMap<Category, double> categoryProbability; // the calibrated share of each category of the tree
};
