#include "pages/PastePage.h"

#include "report/DiagnosisFormatter.h"
#include "text/UserText.h"
#include "wizard/WizardSession.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PastePage::PastePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_errorLabel = new QLabel(this);
    m_error = new QPlainTextEdit(this);
    m_error->setObjectName(QStringLiteral("pasteError"));
    m_errorLabel->setBuddy(m_error);
    m_error->setTabChangesFocus(true); // keyboard users leave the box with Tab
    m_urlLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("pasteUrl"));
    m_urlLabel->setBuddy(m_url);
    m_previewTitle = new QLabel(this);
    // Read-only text rather than a label: ids such as a TraceId are one long word that must wrap
    // anywhere instead of running off the page.
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("pastePreview"));
    m_preview->setReadOnly(true);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_preview->setTabChangesFocus(true);
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->viewport()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_error, 2);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_url);
    layout->addWidget(m_previewTitle);
    // At 800×600 the preview still shows the causes: it gets as much room as the paste box, and at
    // least a few lines, and the causes come first in it.
    layout->addWidget(m_preview, 2);
    m_preview->setMinimumHeight(6 * m_preview->fontMetrics().lineSpacing());

    registerField(QStringLiteral("errorText"), m_error, "plainText", SIGNAL(textChanged()));
    registerField(QStringLiteral("failedUrl"), m_url);

    // Diagnosing a 10 MB paste on every keystroke would stall typing: wait for a pause.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_session->setPaste(m_error->toPlainText(), m_url->text().trimmed()); });
    connect(m_error, &QPlainTextEdit::textChanged, this, [this] {
        m_debounce.start();
        Q_EMIT completeChanged();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_debounce.start();
        Q_EMIT completeChanged();
    });
    connect(m_session, &WizardSession::diagnosisChanged, this, &PastePage::updatePreview);
    retranslate();
}

bool PastePage::isComplete() const
{
    return !m_error->toPlainText().trimmed().isEmpty() || !m_url->text().trimmed().isEmpty();
}

bool PastePage::validatePage()
{
    // Leaving before the pause ended: the next pages need this paste, not the one before it.
    m_debounce.stop();
    m_session->setPaste(m_error->toPlainText(), m_url->text().trimmed());
    return true;
}

QString PastePage::previewText() const
{
    return m_preview->toPlainText();
}

void PastePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PastePage::retranslate()
{
    setTitle(tr("What went wrong?"));
    setSubTitle(tr("Paste the error as you have it: an XML body, an SDK exception, a browser console line or a log. Add the URL that failed if you have it."));
    m_errorLabel->setText(tr("&Error text:"));
    m_error->setAccessibleName(tr("Error text"));
    m_error->setPlaceholderText(tr("<Error><Code>AccessDenied</Code>…"));
    m_urlLabel->setText(tr("Failed &URL (optional):"));
    m_url->setAccessibleName(tr("Failed URL"));
    m_url->setPlaceholderText(tr("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photo.jpg"));
    m_previewTitle->setText(tr("Recognised so far:"));
    m_preview->setAccessibleName(tr("Recognised so far"));
    updatePreview();
}

void PastePage::updatePreview()
{
    if (!isComplete()) {
        m_preview->setPlainText(tr("Nothing yet. The preview fills in as you paste."));
        return;
    }
    const Diagnosis &d = m_session->diagnosis();
    QStringList lines;
    // The causes first: a long TraceId or URL below them can never push them out of view.
    lines << tr("Likeliest causes so far:");
    int shown = 0;
    for (const RankedCause &c : d.causes) {
        if (++shown > 3)
            break;
        lines << QStringLiteral("%1. %2 (%3%)").arg(shown).arg(UserText::causeTitle(d.provider, c)).arg(qRound(c.score * 100));
    }
    const QString recognised = DiagnosisFormatter::recognisedSummary(d.input);
    lines << tr("Provider: %1").arg(UserText::providerShown(d.provider, d.providerKnown, d.input.providerCandidates));
    if (d.input.httpStatus != 0)
        lines << tr("HTTP status: %1").arg(d.input.httpStatus);
    lines << (recognised.isEmpty() ? UserText::labelNothingRecognised() : recognised);
    if (d.presignedUrl.state == UrlInspection::State::Presigned && d.presignedUrl.expiresAt.isValid())
        lines << tr("Presigned URL valid until %1 (UTC)").arg(d.presignedUrl.expiresAt.toString(Qt::ISODate));
    m_preview->setPlainText(lines.join(u'\n'));
}
