#pragma once

#include <QWizardPage>

class QTextBrowser;
class WizardSession;

// Step 4: the ranked causes, with the evidence from the paste and from the checks, and what to do.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    WizardSession *m_session;
    QTextBrowser *m_view = nullptr;
};
