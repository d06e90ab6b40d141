#include "wizard/WizardSession.h"

#include "checks/CheckSuite.h"
#include "findings/CheckFindings.h"

#include <QNetworkAccessManager>

WizardSession::WizardSession(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_context.network = network;
    rediagnose();
}

void WizardSession::setPaste(const QString &errorText, const QString &url)
{
    if (errorText == m_errorText && url == m_url)
        return;
    m_errorText = errorText;
    m_url = url;
    rediagnose();
}

void WizardSession::setProvider(Provider provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    rediagnose();
}

void WizardSession::rediagnose()
{
    DiagnoseOptions options;
    options.provider = m_provider;
    options.secretKey = m_context.secretKey;
    options.findings = CheckFindings::fromResults(results(), !m_context.securityToken.isEmpty(), !m_context.accessKeyId.isEmpty());
    QString text = m_errorText;
    if (!m_url.isEmpty())
        text += QStringLiteral("\n") + m_url;
    m_diagnosis = m_engine.diagnose(text, options);
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
    m_context = context;
    m_context.network = m_network;
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
