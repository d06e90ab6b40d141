#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class WizardSession;

// Step 1: the error as the user has it and the URL that failed. As they type, a preview says what
// was recognised and which causes lead so far. The URL fills the connection page.
class PastePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PastePage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    QString previewText() const; // for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePreview();

    WizardSession *m_session;
    QTimer m_debounce;
    QLabel *m_errorLabel = nullptr;
    QPlainTextEdit *m_error = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_previewTitle = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};
