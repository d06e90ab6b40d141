#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;
class WizardSession;

// Step 4: the answer first (a headline card with the verdict), then the ranked causes, with the
// evidence from the paste and from the checks, and what to do.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    QString summaryText() const;
    // The headline card: the verdict sentence, its state, the fix steps and, when not settled, the
    // question that would settle it.
    QString headlineText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    WizardSession *m_session;
    QTextBrowser *m_view = nullptr;
    QLabel *m_headline = nullptr;
};
