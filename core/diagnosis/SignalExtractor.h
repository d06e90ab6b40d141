#pragma once

#include "common/WholeWordIndex.h"
#include "paste/ParsedInput.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One piece of evidence found in the pasted text, beyond the error code and message. The ids are
// the vocabulary that the decision trees use to raise or lower causes (resources/trees/README.md).
struct Signal {
    QString id;
    QString detail; // what was seen, e.g. the header name or the two times; shown in the evidence
};

// Computes the signals of a parsed paste. `now` is the local clock, used only when a presigned
// URL must be judged and the text carries no server time. `lowerText` indexes the text in lower case.
namespace SignalExtractor {
QList<Signal> extract(const ParsedInput &input, const QString &text, const WholeWordIndex &lowerText, const QDateTime &now);
QStringList knownIds();
}
