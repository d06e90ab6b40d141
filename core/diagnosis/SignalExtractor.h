#pragma once

#include "common/WholeWordIndex.h"
#include "paste/ParsedInput.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>

// One piece of evidence found in the pasted text, beyond the error code and message. The ids are
// the vocabulary that the decision trees use to raise or lower causes (resources/trees/README.md).
struct Signal {
    QString id;
    QString detail; // what was seen, e.g. the header name or the two times; shown in the evidence
    // The detail is a word of the reporter's text ("token", "vue", "上传"), not something the
    // paste's request, response or URL shows: the evidence then says the text speaks of it.
    bool fromText = false;
};

// Computes the signals of a parsed paste. `now` is the local clock, used only when a presigned
// URL must be judged and the text carries no server time. `lowerText` indexes the text in lower case.
namespace SignalExtractor {
// The detail of the "anonymous" signal when a dumped request head carries no Authorization header
// and its URL no signature; otherwise its detail is the word of the text that raised it ("匿名",
// "--no-sign-request", "public-read"), which speaks of unsigned or public access without showing
// the request.
inline constexpr QLatin1String kUnsignedRequestHead("no Authorization");
// The third argument of a signal's evidence statement ("signal", and "calibrated" for a signal
// feature) when the signal's detail is a word of the text (Signal::fromText).
inline constexpr QLatin1String kFromText("text");
QList<Signal> extract(const ParsedInput &input, const QString &text, const WholeWordIndex &lowerText, const QDateTime &now);
QStringList knownIds();
// Every word the word-raised signals look for (tests: each in lower case, as the text is searched).
QStringList words();
// A reading in the paste that shows the local clock in sync with a time server: ntpdate's or
// ntpd's "offset" under a second, chrony's "System time : … seconds fast|slow" under a second, or
// timedatectl's "System clock synchronized: yes". Returns the reading as pasted, or an empty
// string. `lower` is the paste in lower case.
QString syncedClockReading(const QString &lower);
// Where the reporter says in words that a clock or the time is off ("my clock was a minute slow",
// "服务器时间快了", "시계가 느려"): the phrase as written, or an empty string. A clock noun must stand
// within a few words of a word of deviation, in the same sentence. `lower` indexes the paste in
// lower case.
QString clockSaidOff(const WholeWordIndex &lower);
}
