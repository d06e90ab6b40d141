#pragma once

#include "diagnosis/Diagnosis.h"
#include "findings/Verdict.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Writes a Diagnosis for people (plain text, Markdown) and for programs (the JSON of the
// command-line contract). Labels come from UserText; nothing here decides anything.
// Without a Verdict argument, the verdict is the paste's alone (Verdict::of(diagnosis)).
namespace DiagnosisFormatter {
QJsonObject toJson(const Diagnosis &diagnosis);
QJsonObject toJson(const Diagnosis &diagnosis, const Verdict &verdict);
QByteArray json(const Diagnosis &diagnosis);
QString text(const Diagnosis &diagnosis);
QString text(const Diagnosis &diagnosis, const Verdict &verdict);
QString markdown(const Diagnosis &diagnosis);
QString markdown(const Diagnosis &diagnosis, const Verdict &verdict);
// The contract's `verdict` object and, when present, `discriminator` (empty object otherwise).
QJsonObject verdictJson(const Diagnosis &diagnosis, const Verdict &verdict);
QJsonObject discriminatorJson(const Diagnosis &diagnosis, const Verdict &verdict);
// One cause's standing in words: its state for a settled cause, its share for an open one.
QString causeStanding(const RankedCause &cause);
// The verdict as the first lines of a text or Markdown output: the sentence, its basis and the
// question that would settle it.
QString verdictLines(const Diagnosis &diagnosis, const Verdict &verdict, bool markdown);
// The Markdown of a diagnosis without its title and verdict: provider, recognised fields, notes,
// the signature comparison and the causes. A check report places it after its own header.
QString markdownBody(const Diagnosis &diagnosis);
// "Code AccessDenied · Message … · RequestId …": the recognised fields on one line.
QString recognisedSummary(const ParsedInput &input);
}
