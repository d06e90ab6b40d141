#pragma once

#include "checks/CheckResult.h"

#include <QFrame>
#include <QPixmap>
#include <QStyle>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// One live check as a wizard step: what it will send and the permission it needs, then its status
// (text and icon, never colour alone), the verdict, the evidence and the fix steps, a button to run
// it (again) and a drawer with the redacted transcript.
class CheckStepWidget : public QFrame
{
    Q_OBJECT

public:
    explicit CheckStepWidget(const QString &checkId, QWidget *parent = nullptr);

    QString checkId() const { return m_id; }
    void setPlanned(const QList<PlannedRequest> &requests);
    // Shown before anything ran: why the symptom does not point here (empty: it does).
    void setRuledOut(const QString &reason);
    // The guide's questions this check answers, as the user reads them (empty: none for this symptom).
    void setQuestions(const QStringList &questions);
    // The step's place in the walk, and while a run goes on, its place among the checks of the run.
    void setPosition(int step, int steps);
    void setRunning(int n = 0, int m = 0);
    void clearRunning(); // a run stopped before this check answered: back to what it showed before
    // Puts the keyboard focus on the result (or the status), without moving the scroll view.
    void focusResult();
    void setResult(const CheckResult &result, const QStringList &fixSteps);
    void setRunEnabled(bool enabled);
    QString statusText() const;
    QString summaryText() const;
    QString transcriptText() const;
    QString curlText() const; // the equivalent curl commands, secrets left out

Q_SIGNALS:
    void runRequested(const QString &checkId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus();
    QPixmap statusPixmap(QStyle::StandardPixmap icon) const;

    QString m_id;
    QList<PlannedRequest> m_planned;
    QString m_ruledOut;
    QStringList m_questions;
    int m_step = 0;
    int m_stepCount = 0;
    int m_runIndex = 0;
    int m_runCount = 0;
    bool m_running = false;
    bool m_hasResult = false;
    CheckResult m_result;
    QStringList m_steps;
    QLabel *m_title = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_questionsLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_run = nullptr;
    QToolButton *m_drawer = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLabel *m_curlLabel = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copyCurl = nullptr;
};
