#pragma once

#include "checks/CheckResult.h"
#include "checks/LiveCheck.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/DiagnosisEngine.h"
#include "findings/UserAnswers.h"
#include "report/CheckReport.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

// What the wizard knows so far, shared by its pages: the paste and the URL, the connection the
// user filled in, the live check results, and the diagnosis ranked from all of it. Pages write into
// it and read from it; it decides nothing itself beyond asking the engine.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    explicit WizardSession(QNetworkAccessManager *network, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }

    // A changed paste clears the results of the last run; so does a changed target, key or browser
    // context in setContext. Results are never ranked with a paste or connection they did not test.
    void setPaste(const QString &errorText, const QString &url);
    QString errorText() const { return m_errorText; }
    QString url() const { return m_url; }
    void setProvider(Provider provider);
    Provider provider() const { return m_provider; }

    // The diagnosis of the paste, with the live checks' findings when any have run.
    const Diagnosis &diagnosis() const;
    void rediagnose();
    // After a language change: the checks' words and the diagnosis again, in the new language.
    void retranslate();

    // The symptom the diagnosis recognised, in its tree: the guide's questions in order. Null when
    // nothing matched but the fallback.
    const TreeSymptom *symptom() const;

    // The user's answers to the guide's questions no live check answers, keyed by the question as
    // the tree has it; they re-rank the causes. A new paste clears them.
    void setAnswer(const QString &question, UserAnswers::Answer answer);
    UserAnswers::Answer answer(const QString &question) const { return m_answers.value(question, UserAnswers::Answer::DontKnow); }

    CheckContext context() const { return m_context; }
    void setContext(const CheckContext &context);

    void setResult(const CheckResult &result);
    void clearResults();
    QList<CheckResult> results() const; // in the suite's order
    CheckResult result(const QString &id) const { return m_results.value(id); }
    CheckRun checkRun() const;

Q_SIGNALS:
    void diagnosisChanged();
    void resultsChanged();

private:
    Diagnosis computeDiagnosis() const;

    // Made on first use: the engine loads its calibration and vocabulary when made (a tenth of the
    // wizard's start-up while the weights were parsed from JSON, callgrind of --startup-probe), and
    // the first page needs no diagnosis until text is pasted.
    const DiagnosisEngine &engine() const;

    QNetworkAccessManager *m_network;
    mutable std::unique_ptr<DiagnosisEngine> m_engine;
    QString m_errorText;
    QString m_url;
    Provider m_provider = Provider::Unknown;
    // The empty paste's diagnosis is made when a page first asks for it, not at start-up: the
    // first page does not show it (issue 15). Every change after that diagnoses at once.
    mutable Diagnosis m_diagnosis;
    mutable bool m_diagnosed = false;
    CheckContext m_context;
    QHash<QString, CheckResult> m_results;
    QHash<QString, UserAnswers::Answer> m_answers;
};
