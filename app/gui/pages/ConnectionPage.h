#pragma once

#include "checks/LiveCheck.h"

#include <QWizardPage>

class CredentialStore;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class WizardSession;

// Step 2: where the bucket is and who calls it. Everything is optional: without credentials the
// checks that need none still run. The URL of step 1 fills what it can; the browser context shows
// up ticked when the symptom is a browser's.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    // Going back keeps what the user typed (QWizard's default would reset the registered fields).
    void cleanupPage() override;
    bool validatePage() override;
    CheckContext context() const; // what the fields say, network not set
    QString effectiveProxyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineEdit *addLine(QFormLayout *form, const char *objectName, QLabel **label);
    // A literal IP or localhost endpoint is path-style by itself: the box is ticked and locked, and
    // a note says why; another endpoint gives the user's own choice back.
    void updatePathStyle();
    QString keychainProfile() const;

    WizardSession *m_session;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_bucket = nullptr;
    QLineEdit *m_object = nullptr;
    QCheckBox *m_pathStyle = nullptr;
    QLabel *m_pathStyleNote = nullptr;
    bool m_pathStyleAutomatic = false;
    bool m_pathStyleBeforeAutomatic = false;
    QGroupBox *m_identityBox = nullptr;
    QLineEdit *m_keyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainState = nullptr;
    CredentialStore *m_store = nullptr;
    QGroupBox *m_adminBox = nullptr;
    QLineEdit *m_adminKeyId = nullptr;
    QLineEdit *m_adminSecret = nullptr;
    QGroupBox *m_browserBox = nullptr;
    QLineEdit *m_origin = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_headers = nullptr;
    QLineEdit *m_referer = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLabel *m_proxyInfo = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    bool m_filledFromPaste = false;
    bool m_providerChosen = false; // the user picked a provider: a later paste does not change it
};
