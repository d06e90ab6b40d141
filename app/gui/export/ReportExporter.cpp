#include "export/ReportExporter.h"

#include "export/ReportText.h"
#include "security/Redactor.h"
#include "text/CheckText.h"

#include <QBuffer>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

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
        // The report's own title: a diagnosis without checks is not called a live check report.
        const qsizetype open = html.indexOf(QLatin1String("<title>"));
        const qsizetype close = html.indexOf(QLatin1String("</title>"));
        writer.setTitle(open >= 0 && close > open ? html.mid(open + 7, close - open - 7) : CheckText::reportTitle());
        writer.setCreator(ReportText::pdfCreator());

        QTextDocument document;
        // Latin letters and digits from a TrueType family first: the CJK family's digits come out
        // of the PDF writer without a text mapping, so pdftotext and copy-paste lost them. CJK text
        // falls through to the CJK-capable family.
        const QString cjk = pdfFontFamily();
        QStringList families;
        for (const char *latin : {"DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"}) {
            if (QFontDatabase::hasFamily(QString::fromLatin1(latin))) {
                families << QString::fromLatin1(latin);
                break;
            }
        }
        families << cjk;
        QFont font;
        font.setFamilies(families);
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        // The report's own style asks for sans-serif; keep these families in front of it.
        document.setDefaultStyleSheet(QStringLiteral("body { font-family: '%1', sans-serif; }").arg(families.join(QStringLiteral("', '"))));
        document.setHtml(Redactor::text(html));
        // Transcripts are <pre>: lines that never break would run off the page edge and be cut
        // there. Let them wrap, anywhere if need be (an Authorization value has no spaces).
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (!format.nonBreakableLines())
                continue;
            format.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(format);
        }
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
        return writeText(path, CheckReport::markdown(run, diagnosis).toUtf8(), error);
    case Format::Html:
        return writeText(path, CheckReport::html(run, diagnosis).toUtf8(), error);
    case Format::Json:
        return writeText(path, CheckReport::json(run, diagnosis), error);
    case Format::Pdf:
        return writePdf(path, CheckReport::html(run, diagnosis), error);
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
