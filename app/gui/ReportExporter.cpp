#include "ReportExporter.h"

#include "CheckText.h"
#include "Redactor.h"
#include "ReportText.h"

#include <QBuffer>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextDocument>

namespace {
// A fact named after a secret header, query key or field ("x-cos-security-token", "Authorization",
// "SecretKey") is redacted by its name; any other is redacted as free text.
QString redactFact(const QString &name, const QString &value)
{
    if (Redactor::isSecretQueryKey(name))
        return Redactor::placeholder();
    return Redactor::fieldValue(name, Redactor::headerValue(name, value));
}

QStringList redactAll(QStringList lines)
{
    for (QString &line : lines)
        line = Redactor::text(line);
    return lines;
}

// Every free text of the run and the diagnosis redacted on its own, before CheckReport joins,
// escapes or quotes it: "<li>Authorization: …" or "&lt;SignatureProvided&gt;…" no longer looks
// like the forms Redactor knows once it is inside HTML.
CheckRun redacted(CheckRun run)
{
    for (CheckResult &r : run.results) {
        r.summary = Redactor::text(r.summary);
        r.evidence = redactAll(r.evidence);
        r.transcript = redactAll(r.transcript);
        for (auto &[name, value] : r.facts)
            value = redactFact(name, value);
    }
    return run;
}

Diagnosis redacted(Diagnosis diagnosis)
{
    diagnosis.notes = redactAll(diagnosis.notes);
    for (RankedCause &c : diagnosis.causes) {
        c.title = Redactor::text(c.title);
        c.why = Redactor::text(c.why);
        c.evidence = redactAll(c.evidence);
        c.steps = redactAll(c.steps);
    }
    return diagnosis;
}
}

QString ReportExporter::markdown(const CheckRun &run, const Diagnosis &diagnosis)
{
    return Redactor::text(CheckReport::markdown(redacted(run), redacted(diagnosis)));
}

QString ReportExporter::html(const CheckRun &run, const Diagnosis &diagnosis)
{
    return Redactor::text(CheckReport::html(redacted(run), redacted(diagnosis)));
}

QByteArray ReportExporter::json(const CheckRun &run, const Diagnosis &diagnosis)
{
    return CheckReport::json(redacted(run), redacted(diagnosis));
}

QString ReportExporter::pdfFontFamily()
{
    // Preferred families first; otherwise any family the font database says writes Chinese.
    static const char *const preferred[] = { "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback" };
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const char *name : preferred) {
        const QString family = QString::fromLatin1(name);
        if (families.contains(family, Qt::CaseInsensitive))
            return family;
    }
    if (!families.isEmpty())
        return families.first();
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QByteArray ReportExporter::pdf(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(CheckText::reportTitle());
        writer.setCreator(ReportText::pdfCreator());

        QTextDocument document;
        QFont font(pdfFontFamily());
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        // The report's own style asks for sans-serif; keep the CJK-capable family in front of it.
        document.setDefaultStyleSheet(QStringLiteral("body { font-family: '%1', sans-serif; }").arg(font.family()));
        document.setHtml(Redactor::text(html));
        document.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return {};
    return bytes;
}

bool ReportExporter::writeText(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const QString &path, const QString &html, QString *error)
{
    const QByteArray bytes = pdf(html);
    if (bytes.isEmpty()) {
        if (error)
            *error = ReportText::pdfNotDrawn();
        return false;
    }
    return writeText(path, bytes, error);
}

bool ReportExporter::save(const QString &path, Format format, const CheckRun &run, const Diagnosis &diagnosis, QString *error)
{
    switch (format) {
    case Format::Markdown:
        return writeText(path, markdown(run, diagnosis).toUtf8(), error);
    case Format::Html:
        return writeText(path, html(run, diagnosis).toUtf8(), error);
    case Format::Json:
        return writeText(path, json(run, diagnosis), error);
    case Format::Pdf:
        return writePdf(path, html(run, diagnosis), error);
    }
    return false;
}

void ReportExporter::copyToClipboard(const QString &markdown)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(Redactor::text(markdown));
}

QString ReportExporter::redactionSummary(const QString &redactedText)
{
    return ReportText::redactionSummary(Redactor::inventory(Redactor::text(redactedText)));
}
