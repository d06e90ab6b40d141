#include "pages/ExportPage.h"

#include "export/ReportExporter.h"
#include "wizard/WizardSession.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

ExportPage::ExportPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_redactions = new QLabel(this);
    m_redactions->setObjectName(QStringLiteral("redactions"));
    m_redactions->setWordWrap(true);
    m_redactions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("exportState"));
    m_state->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_markdown = new QPushButton(this);
    m_html = new QPushButton(this);
    m_json = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_copy = new QPushButton(this);
    for (QPushButton *b : {m_markdown, m_html, m_json, m_pdf, m_copy})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_redactions);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    connect(m_markdown, &QPushButton::clicked, this, [this] { askAndSave(Format::Markdown); });
    connect(m_html, &QPushButton::clicked, this, [this] { askAndSave(Format::Html); });
    connect(m_json, &QPushButton::clicked, this, [this] { askAndSave(Format::Json); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndSave(Format::Pdf); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        copyToClipboard();
        m_state->setText(tr("The report is on the clipboard, as Markdown."));
    });
    connect(m_session, &WizardSession::diagnosisChanged, this, [this] {
        if (isVisible())
            render();
    });
    retranslate();
}

void ExportPage::initializePage()
{
    render();
}

QString ExportPage::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportPage::redactionText() const
{
    return m_redactions->text();
}

void ExportPage::render()
{
    const QString markdown = CheckReport::markdown(m_session->checkRun(), m_session->diagnosis());
    m_preview->setMarkdown(markdown);
    m_redactions->setText(ReportExporter::redactionSummary(markdown));
}

bool ExportPage::saveTo(const QString &path, Format format, QString *error) const
{
    static const ReportExporter::Format formats[] = {ReportExporter::Format::Markdown, ReportExporter::Format::Html,
                                                     ReportExporter::Format::Json, ReportExporter::Format::Pdf};
    return ReportExporter::save(path, formats[int(format)], m_session->checkRun(), m_session->diagnosis(), error);
}

void ExportPage::copyToClipboard() const
{
    ReportExporter::copyToClipboard(CheckReport::markdown(m_session->checkRun(), m_session->diagnosis()));
}

void ExportPage::askAndSave(Format format)
{
    static const char *const suffixes[] = {"md", "html", "json", "pdf"};
    const QString suffix = QLatin1String(suffixes[int(format)]);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                                      dir + QStringLiteral("/bucket-doctor-report.") + suffix,
                                                      tr("Report (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, format, &error))
        m_state->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_state->setText(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void ExportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ExportPage::retranslate()
{
    setTitle(tr("The report"));
    setSubTitle(tr("This is what leaves the app, secrets removed. Save it or copy it for a support ticket."));
    m_preview->setAccessibleName(tr("Report preview"));
    m_redactions->setAccessibleName(tr("What was removed"));
    m_markdown->setText(tr("Save &Markdown…"));
    m_html->setText(tr("Save &HTML…"));
    m_json->setText(tr("Save &JSON…"));
    m_pdf->setText(tr("Save &PDF…"));
    m_copy->setText(tr("&Copy to clipboard"));
    if (isVisible())
        render();
}
