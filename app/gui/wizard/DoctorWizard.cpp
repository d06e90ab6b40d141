#include "wizard/DoctorWizard.h"

#include "checks/PendingCleanups.h"
#include "pages/ChecksPage.h"
#include "pages/ConnectionPage.h"
#include "pages/ExportPage.h"
#include "pages/PastePage.h"
#include "pages/SummaryPage.h"
#include "text/LanguageLoader.h"
#include "wizard/WizardSession.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

DoctorWizard::DoctorWizard(LanguageLoader *languages, QWidget *parent)
    : QWizard(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    m_network.setAutoDeleteReplies(true);
    m_session = new WizardSession(&m_network, this);
    m_paste = new PastePage(m_session);
    m_connection = new ConnectionPage(m_session);
    m_checks = new ChecksPage(m_session);
    m_summary = new SummaryPage(m_session);
    m_export = new ExportPage(m_session);
    setPage(PastePageId, m_paste);
    setPage(ConnectionPageId, m_connection);
    setPage(ChecksPageId, m_checks);
    setPage(SummaryPageId, m_summary);
    setPage(ExportPageId, m_export);
    setStartId(PastePageId);
    // The guide ends with "contact support": on through the Summary to the export, whose report
    // holds what a ticket needs.
    connect(m_checks, &ChecksPage::exportRequested, this, [this] {
        for (int guard = 0; guard < 3 && currentId() != ExportPageId && !m_checks->isRunning(); ++guard)
            next();
    });

    // The language menu lives on the wizard's custom button, reachable by keyboard like the others.
    m_languageButton = new QPushButton(this);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageMenu = new QMenu(m_languageButton);
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &id : LanguageLoader::supported()) {
        QAction *action = m_languageMenu->addAction(LanguageLoader::nativeName(id));
        action->setCheckable(true);
        action->setData(id);
        action->setChecked(id == m_languages->current());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) { switchLanguage(action->data().toString()); });
    m_languageButton->setMenu(m_languageMenu);
    setButton(QWizard::CustomButton1, m_languageButton);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newDiagnosis"));
    setButton(QWizard::CustomButton2, m_newButton);
    connect(m_newButton, &QPushButton::clicked, this, &DoctorWizard::newDiagnosis);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) { m_newButton->setVisible(id != PastePageId); });
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    m_confirmDiscard = [this] {
        return QMessageBox::question(this, tr("Bucket Doctor"), tr("Discard this diagnosis and the results of its checks?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Discard;
    };

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(900, 700);
    retranslate();
}

namespace {
// How long closing waits for a write probe's clean-up DELETE at most.
constexpr int kCleanupTimeoutMs = 6000;
}

DoctorWizard::~DoctorWizard()
{
    // The pages outlive this body and the network manager does not: end the checks and let a
    // write probe's DELETE finish first, so closing the app leaves nothing in the user's bucket.
    m_checks->discardRun();
    PendingCleanups::drain(&m_network, kCleanupTimeoutMs);
}

void DoctorWizard::switchLanguage(const QString &language)
{
    if (language == m_languages->current())
        return;
    m_languages->load(language); // sends LanguageChange to every widget
    QSettings().setValue(QStringLiteral("language"), m_languages->current());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->current());
}

void DoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_session->retranslate();
    }
    QWizard::changeEvent(event);
}

bool DoctorWizard::mayDiscard()
{
    // Nothing to lose before a run: no question then.
    if (!m_checks->isRunning() && m_session->results().isEmpty())
        return true;
    return !m_confirmDiscard || m_confirmDiscard();
}

void DoctorWizard::reject()
{
    if (!mayDiscard())
        return;
    QWizard::reject();
}

void DoctorWizard::newDiagnosis()
{
    if (!mayDiscard())
        return;
    m_checks->cancel();
    m_session->clearResults();
    restart(); // cleans up the visited pages: the paste fields empty again; the connection page keeps its fields
    m_session->setPaste(QString(), QString());
}

void DoctorWizard::done(int result)
{
    m_checks->discardRun();
    PendingCleanups::drain(&m_network, kCleanupTimeoutMs);
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

void DoctorWizard::retranslate()
{
    // QWizard names its own buttons once, at construction. After a switch, ask Qt's catalog (qtbase,
    // loaded beside ours) for them again; the context is a variable so lupdate leaves these strings
    // to Qt's own translators.
    static const char *const qtContext = "QWizard";
    setButtonText(QWizard::BackButton, QCoreApplication::translate(qtContext, "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(qtContext, "&Next >"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate(qtContext, "&Finish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(qtContext, "Cancel"));
    setWindowTitle(tr("Bucket Doctor"));
    setButtonText(QWizard::CustomButton1, tr("&Language"));
    setButtonText(QWizard::CustomButton2, tr("Ne&w diagnosis"));
    m_newButton->setAccessibleName(tr("New diagnosis"));
    m_languageButton->setAccessibleName(tr("Language"));
}
