#pragma once

#include <QHash>
#include <QWizardPage>
#include <memory>

class CheckRunner;
class CheckStepWidget;
class GuideQuestionWidget;
class QFrame;
class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;
class WizardSession;
struct CheckResult;

// Step 3: the guided walk. For a recognised symptom the steps follow the guide's node order: each
// check step shows the guide's questions it answers and then its answer; a question no live check
// can answer is asked of the user (GuideQuestionWidget), and the answer re-ranks the causes. Where
// the guide ends with "contact support", a last step says so and leads to the export. Before
// running, each check shows its requests and the permission they need; checks the symptom does not
// point to show as skipped with the reason and can still be run.
//
// "Run suggested" walks: after each check the causes are ranked again, and the walk stops at the
// first confirmed cause, offering to keep checking. "Run all" runs every read-only check. Each
// step shows running, n of m, and its result in place; the view never scrolls by itself, and the
// focus goes to the result after a run.
class ChecksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChecksPage(WizardSession *session, QWidget *parent = nullptr);
    ~ChecksPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void runChecks(const QStringList &ids); // empty: walk the suggested ones
    void runEverything();
    void cancel();
    // Cancels a run and drops its checks, so a write probe's clean-up starts now (PendingCleanups).
    void discardRun();
    bool isRunning() const;
    QStringList order() const { return m_order; }
    QStringList suggested() const { return m_suggested; }
    // The walk's steps in order: check ids, and "?" + question (as the tree has it) for a user question.
    QStringList walk() const { return m_walk; }
    GuideQuestionWidget *question(const QString &question) const;
    // True when the last walk stopped at a confirmed cause before all its checks ran.
    bool stoppedAtConfirmedCause() const { return m_stopped; }
    CheckStepWidget *step(const QString &id) const { return m_steps.value(id); }

Q_SIGNALS:
    void runFinished();
    // The user asked for the ticket details (the guide ends with "contact support").
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildSteps();
    void start(const QStringList &only, bool walk);
    void onCheckStarted(const QString &id);
    void onCheckFinished(const CheckResult &result);
    void stopAtConfirmedCause();
    void onAllFinished();
    QStringList fixStepsFor(const CheckResult &result) const;
    void updateButtons();
    void ensureSteps();

    WizardSession *m_session;
    std::unique_ptr<CheckRunner> m_runner;
    QHash<QString, CheckStepWidget *> m_steps;
    QStringList m_order;
    QStringList m_suggested;
    QStringList m_walk;
    QList<GuideQuestionWidget *> m_questions;
    // The run under way: its checks, how many have started or been skipped, and where the focus goes.
    QStringList m_runIds;
    QStringList m_runSeen;
    QString m_focusStep; // the step whose Run was pressed: its result takes the focus
    bool m_walking = false;
    bool m_stopped = false;
    QVBoxLayout *m_stepsLayout = nullptr;
    QFrame *m_contact = nullptr;
    QLabel *m_contactText = nullptr;
    QPushButton *m_toExport = nullptr;
    QPushButton *m_runEvery = nullptr;
    QPushButton *m_keepChecking = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_state = nullptr;
    QCheckBox *m_allowWrite = nullptr;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_cancel = nullptr;
};
