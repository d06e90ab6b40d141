#pragma once

#include "wizard/WizardPages.h"

#include <QNetworkAccessManager>
#include <QWizard>

#include <functional>

class ChecksPage;
class ConnectionPage;
class ExportPage;
class LanguageLoader;
class PastePage;
class QActionGroup;
class QMenu;
class QPushButton;
class SummaryPage;
class WizardSession;

// The double-click app: a QWizard that walks from the pasted error to the cause and a report.
// Paste → Connection → Checks → Summary → Export. The language menu sits on the wizard's own
// custom button and switches every page at run time; geometry and language persist in QSettings.
class DoctorWizard : public QWizard
{
    Q_OBJECT

public:
    explicit DoctorWizard(LanguageLoader *languages, QWidget *parent = nullptr);
    ~DoctorWizard() override;

    WizardSession *session() const { return m_session; }
    QNetworkAccessManager *network() { return &m_network; }
    PastePage *pastePage() const { return m_paste; }
    ConnectionPage *connectionPage() const { return m_connection; }
    ChecksPage *checksPage() const { return m_checks; }
    SummaryPage *summaryPage() const { return m_summary; }
    ExportPage *exportPage() const { return m_export; }

    // Asked before a run's results are discarded (Cancel, closing, New diagnosis); true discards.
    // The default asks the user; tests put their own answer here.
    void setDiscardConfirmation(std::function<bool()> confirm) { m_confirmDiscard = std::move(confirm); }

public Q_SLOTS:
    void switchLanguage(const QString &language);
    void reject() override;
    // Starts over at the Paste page: the paste and the check results go, the connection stays.
    void newDiagnosis();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    bool mayDiscard();

    LanguageLoader *m_languages;
    QNetworkAccessManager m_network;
    WizardSession *m_session = nullptr;
    PastePage *m_paste = nullptr;
    ConnectionPage *m_connection = nullptr;
    ChecksPage *m_checks = nullptr;
    SummaryPage *m_summary = nullptr;
    ExportPage *m_export = nullptr;
    QPushButton *m_languageButton = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QPushButton *m_newButton = nullptr;
    std::function<bool()> m_confirmDiscard;
};
