#pragma once

#include "report/CheckReport.h"

#include <QByteArray>
#include <QString>

// Writes a run of live checks and its Diagnosis as the files a user hands to support: Markdown,
// HTML and JSON as CheckReport renders (and redacts) them, and PDF drawn from that HTML, so it
// holds real, searchable text. Files are written through QSaveFile, so a failed save never leaves
// half a report behind.
//
// Usage:
//   QString error;
//   if (!ReportExporter::save(path, ReportExporter::Format::Pdf, run, diagnosis, &error))
//       showError(error);
//   label->setText(ReportExporter::redactionSummary(CheckReport::markdown(run, diagnosis)));
namespace ReportExporter {
enum class Format { Markdown, Html, Json, Pdf };

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
