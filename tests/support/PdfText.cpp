#include "support/PdfText.h"

#include <QProcess>
#include <QStandardPaths>

bool PdfText::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

bool PdfText::extract(const QString &path, QByteArray *text, QString *error)
{
    if (!available()) {
        *error = QStringLiteral("pdftotext is missing (Debian package poppler-utils)");
        return false;
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitStatus() != QProcess::NormalExit || pdftotext.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed on %1: %2").arg(path, QString::fromLocal8Bit(pdftotext.readAllStandardError()));
        return false;
    }
    *text = pdftotext.readAllStandardOutput();
    return true;
}
