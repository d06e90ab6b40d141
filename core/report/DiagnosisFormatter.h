#pragma once

#include "diagnosis/Diagnosis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Writes a Diagnosis for people (plain text, Markdown) and for programs (the JSON of the
// command-line contract). Labels come from UserText; nothing here decides anything.
namespace DiagnosisFormatter {
QJsonObject toJson(const Diagnosis &diagnosis);
QByteArray json(const Diagnosis &diagnosis);
QString text(const Diagnosis &diagnosis);
QString markdown(const Diagnosis &diagnosis);
// "Code AccessDenied · Message … · RequestId …": the recognised fields on one line.
QString recognisedSummary(const ParsedInput &input);
}
