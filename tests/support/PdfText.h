#pragma once

#include <QByteArray>
#include <QString>

// The text of a PDF as pdftotext (Debian poppler-utils) extracts it, in UTF-8: how the tests read an
// exported report back, to find its titles and make sure no secret is in it.
namespace PdfText {
bool available(); // pdftotext is on the PATH
// Returns false with *error set when pdftotext is missing, fails or does not finish.
bool extract(const QString &path, QByteArray *text, QString *error);
}
