#include "pages/SummaryPage.h"

#include "findings/Verdict.h"
#include "report/DiagnosisFormatter.h"
#include "text/UserText.h"
#include "wizard/WizardSession.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setFrameShape(QFrame::StyledPanel);
    m_headline->setMargin(8);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("summary"));
    m_view->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    connect(m_session, &WizardSession::diagnosisChanged, this, &SummaryPage::render);
    retranslate();
}

void SummaryPage::initializePage()
{
    render();
}

QString SummaryPage::summaryText() const
{
    return headlineText() + u'\n' + m_view->toPlainText();
}

QString SummaryPage::headlineText() const
{
    return m_headline->text().isEmpty() ? QString() : QTextDocumentFragment::fromHtml(m_headline->text()).toPlainText();
}

void SummaryPage::render()
{
    const Diagnosis &d = m_session->diagnosis();
    const Verdict verdict = Verdict::of(d, m_session->results());
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    // Markup is built here, around plain translated sentences.
    QString html = QStringLiteral("<p><small>%1</small></p><p><b>%2</b></p>")
                       .arg(esc(UserText::verdictStateLine(verdict)), esc(UserText::verdictSentence(d.provider, verdict, d)));
    const QStringList basis = UserText::verdictBasis(verdict);
    if (!basis.isEmpty())
        html += QStringLiteral("<p>") + esc(basis.join(u' ')) + QStringLiteral("</p>");
    for (const RankedCause &cause : d.causes) {
        if (cause.id != verdict.causeId || verdict.state == Verdict::State::Undetermined)
            continue;
        html += QStringLiteral("<ol>");
        for (const QString &step : UserText::causeSteps(d.provider, cause))
            html += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }
    const QString question = UserText::discriminatorQuestion(d.provider, verdict);
    if (!question.isEmpty())
        html += QStringLiteral("<p>") + esc(question) + QStringLiteral("</p>");
    m_headline->setText(html);
    m_view->setMarkdown(DiagnosisFormatter::markdownBody(d));
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslate()
{
    setTitle(tr("The likely causes"));
    setSubTitle(tr("Ranked from the paste and the checks, best first, each with its evidence and the steps to fix it."));
    m_view->setAccessibleName(tr("Ranked causes"));
}
