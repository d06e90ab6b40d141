#include "pages/SummaryPage.h"

#include "report/DiagnosisFormatter.h"
#include "wizard/WizardSession.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

SummaryPage::SummaryPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("summary"));
    m_view->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_session, &WizardSession::diagnosisChanged, this, &SummaryPage::render);
    retranslate();
}

void SummaryPage::initializePage()
{
    render();
}

QString SummaryPage::summaryText() const
{
    return m_view->toPlainText();
}

void SummaryPage::render()
{
    m_view->setMarkdown(DiagnosisFormatter::markdown(m_session->diagnosis()));
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
