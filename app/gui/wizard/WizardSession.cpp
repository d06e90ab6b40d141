#include "wizard/WizardSession.h"

#include "checks/CheckSuite.h"
#include "findings/CheckFindings.h"

#include <QNetworkAccessManager>

WizardSession::WizardSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_context.network = network;
}

const DiagnosisEngine &WizardSession::engine() const
{
    if (!m_engine)
        m_engine = std::make_unique<DiagnosisEngine>();
    return *m_engine;
}

const Diagnosis &WizardSession::diagnosis() const
{
    if (!m_diagnosed) {
        // What the session held from its start: the empty paste, diagnosed as it was at
        // construction (no provider, key or results), however the context changed since.
        DiagnoseOptions options;
        options.findings = CheckFindings::fromResults({}, false, false);
        m_diagnosis = engine().diagnose(QString(), options);
        m_diagnosed = true;
    }
    return m_diagnosis;
}

void WizardSession::setPaste(const QString &errorText, const QString &url)
{
    if (errorText == m_errorText && url == m_url)
        return;
    m_errorText = errorText;
    m_url = url;
    // A new paste is another failure: the last run's results answered the old one, so they go
    // rather than be ranked silently with the new paste.
    if (!m_results.isEmpty())
        clearResults();
    m_answers.clear();
    rediagnose();
}

const TreeSymptom *WizardSession::symptom() const
{
    const Diagnosis &d = diagnosis(); // read lazily: the first page may not have diagnosed yet
    for (const TreeSymptom &s : engine().tree(d.provider).symptoms()) {
        if (s.id == d.matchedSymptom)
            return s.fallback ? nullptr : &s;
    }
    return nullptr;
}

void WizardSession::setAnswer(const QString &question, UserAnswers::Answer answer)
{
    if (m_answers.value(question, UserAnswers::Answer::DontKnow) == answer)
        return;
    m_answers.insert(question, answer);
    rediagnose();
}

void WizardSession::setProvider(Provider provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    rediagnose();
}

Diagnosis WizardSession::computeDiagnosis() const
{
    DiagnoseOptions options;
    options.provider = m_provider;
    options.secretKey = m_context.secretKey;
    options.findings = CheckFindings::fromResults(results(), !m_context.securityToken.isEmpty(), !m_context.accessKeyId.isEmpty());
    QString text = m_errorText;
    if (!m_url.isEmpty())
        text += QStringLiteral("\n") + m_url;
    Diagnosis diagnosis = engine().diagnose(text, options);
    // The answers belong to the symptom's questions, which the diagnosis above names.
    if (!m_answers.isEmpty()) {
        options.findings += UserAnswers::toFindings(engine().tree(diagnosis.provider), diagnosis.matchedSymptom, m_answers);
        diagnosis = engine().diagnose(text, options);
    }
    return diagnosis;
}

void WizardSession::rediagnose()
{
    m_diagnosis = computeDiagnosis();
    m_diagnosed = true;
    Q_EMIT diagnosisChanged();
}

void WizardSession::retranslate()
{
    // Results and the diagnosis are data; the pages word them again in the new language.
    Q_EMIT resultsChanged();
    rediagnose();
}

void WizardSession::setContext(const CheckContext &context)
{
    // Results of checks against another target, key or browser context no longer hold.
    const CheckContext &old = m_context;
    const bool changed = old.provider != context.provider || old.endpoint != context.endpoint || old.bucket != context.bucket
                         || old.objectKey != context.objectKey || old.region != context.region || old.pathStyle != context.pathStyle
                         || old.accessKeyId != context.accessKeyId || old.secretKey != context.secretKey
                         || old.securityToken != context.securityToken || old.adminAccessKeyId != context.adminAccessKeyId
                         || old.origin != context.origin || old.requestMethod != context.requestMethod
                         || old.requestHeaders != context.requestHeaders || old.referer != context.referer;
    m_context = context;
    m_context.network = m_network;
    if (changed && !m_results.isEmpty()) {
        clearResults();
        rediagnose();
    }
}

void WizardSession::setResult(const CheckResult &result)
{
    m_results.insert(result.id, result);
    Q_EMIT resultsChanged();
}

void WizardSession::clearResults()
{
    m_results.clear();
    Q_EMIT resultsChanged();
}

QList<CheckResult> WizardSession::results() const
{
    QList<CheckResult> list;
    for (const QString &id : CheckSuite::ids()) {
        if (m_results.contains(id))
            list << m_results.value(id);
    }
    return list;
}

CheckRun WizardSession::checkRun() const
{
    CheckRun run = CheckRun::capture(m_context, results(), CheckSuite::plannedRequests(m_context));
    for (const CheckResult &r : run.results)
        run.wallMs = std::max(run.wallMs, r.startedMs + r.durationMs);
    return run;
}
