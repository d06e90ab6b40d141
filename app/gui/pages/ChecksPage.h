#pragma once

#include <QHash>
#include <QWizardPage>
#include <memory>

class CheckRunner;
class CheckStepWidget;
class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;
class WizardSession;
struct CheckResult;

// Step 3: the live checks, in the decision tree's order for this symptom. Before running, each
// step shows its requests and the permission they need; steps the symptom does not point to show
// as skipped with the reason and can still be run. Checks run through CheckRunner on the wizard's
// own network manager; results go to the session, which re-ranks the causes.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChecksPage(WizardSession *session, QWidget *parent = nullptr);
    ~ChecksPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void runChecks(const QStringList &ids); // empty: the suggested ones
    void cancel();
    // Cancels a run and drops its checks, so a write probe's clean-up starts now (PendingCleanups).
    void discardRun();
    bool isRunning() const;
    QStringList order() const { return m_order; }
    QStringList suggested() const { return m_suggested; }
    CheckStepWidget *step(const QString &id) const { return m_steps.value(id); }

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildSteps();
    void onCheckFinished(const CheckResult &result);
    void onAllFinished();
    QStringList fixStepsFor(const CheckResult &result) const;
    void updateButtons();

    WizardSession *m_session;
    std::unique_ptr<CheckRunner> m_runner;
    QHash<QString, CheckStepWidget *> m_steps;
    QStringList m_order;
    QStringList m_suggested;
    QVBoxLayout *m_stepsLayout = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_state = nullptr;
    QCheckBox *m_allowWrite = nullptr;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_cancel = nullptr;
};
