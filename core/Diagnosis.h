#pragma once

#include "Category.h"
#include "ParsedInput.h"
#include "PresignedUrlInspector.h"
#include "SignalExtractor.h"
#include "SignatureAnalyzer.h"

#include <QList>
#include <QString>
#include <QStringList>

// A guide question that can confirm or rule out a cause, and the live check that answers it.
struct GuideCheck {
    QString question; // translated
    QString check;    // live check id, or empty
};

struct RankedCause {
    QString id;
    Category category = Category::Other;
    double score = 0;     // share of the listed causes' raw scores, 0..1
    double rawScore = 0;
    QString title;        // translated
    QString why;          // translated
    QStringList evidence; // translated sentences
    QStringList steps;    // translated
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
    QStringList notes;                     // translated notes about the input
    SignatureFinding signature;            // the server's signed string against the client's
    UrlInspection presignedUrl;            // the X-ray of the first presigned URL in the paste
    QList<RankedCause> causes;
};
