#pragma once

#include "CheckReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Turns a run of live checks and its Diagnosis into the files a user hands to support: Markdown,
// HTML, JSON (CheckReport's renderings, each piece redacted before rendering) and PDF (drawn from the HTML,
// so it holds real, searchable text). Every text passes through Redactor; files are written
// through QSaveFile, so a failed save never leaves half a report behind.
//
// Usage:
//   QString error;
//   if (!ReportExporter::save(path, ReportExporter::Format::Pdf, run, diagnosis, &error))
//       showError(error);
//   label->setText(ReportExporter::redactionSummary(ReportExporter::markdown(run, diagnosis)));
namespace ReportExporter {
enum class Format { Markdown, Html, Json, Pdf };

// App version, operating system and Qt version as (label, value) pairs for people, and as
// {"appVersion", "os", "qtVersion"} for programs.

QString markdown(const CheckRun &run, const Diagnosis &diagnosis);
QString html(const CheckRun &run, const Diagnosis &diagnosis);
QByteArray json(const CheckRun &run, const Diagnosis &diagnosis);
// The PDF bytes drawn from report HTML, A4 at 300 dpi; empty if it could not be drawn.
QByteArray pdf(const QString &html);

// Writes the report in `format`. Returns false with a sentence in *error.
bool save(const QString &path, Format format, const CheckRun &run, const Diagnosis &diagnosis, QString *error);
bool writeText(const QString &path, const QByteArray &bytes, QString *error);
bool writePdf(const QString &path, const QString &html, QString *error);
void copyToClipboard(const QString &markdown);

// The sentence listing what Redactor took out of a report text, for the preview.
QString redactionSummary(const QString &redactedText);
// The font family the PDF uses: one with Chinese and Korean glyphs when the system has one.
QString pdfFontFamily();
}
