#include "pages/ChecksPage.h"

#include "checks/CheckRunner.h"
#include "checks/CheckSuite.h"
#include "findings/CheckFindings.h"
#include "pages/CheckStepWidget.h"
#include "text/CheckText.h"
#include "text/UserText.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ChecksPage::ChecksPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_runAll = new QPushButton(this);
    m_runAll->setObjectName(QStringLiteral("runAll"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_allowWrite = new QCheckBox(this);
    m_allowWrite->setObjectName(QStringLiteral("allowWrite"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_allowWrite);
    buttons->addStretch(1);

    auto *content = new QWidget;
    m_stepsLayout = new QVBoxLayout(content);
    m_stepsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);

    connect(m_runAll, &QPushButton::clicked, this, [this] { runChecks({}); });
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
    for (const QString &id : CheckSuite::ids()) {
        auto *step = new CheckStepWidget(id, content);
        connect(step, &CheckStepWidget::runRequested, this, [this](const QString &checkId) { runChecks({checkId}); });
        m_steps.insert(id, step);
    }
    // "No check has run yet" holds only while there is no result: results can also arrive, or go,
    // through the session (a restored run, a new diagnosis) without this page's runner.
    connect(m_session, &WizardSession::resultsChanged, this, [this] {
        const QString none = tr("No check has run yet.");
        if (isRunning())
            return;
        if (m_session->results().isEmpty())
            m_state->setText(none);
        else if (m_state->text() == none)
            m_state->clear();
    });
    retranslate();
    updateButtons();
}

ChecksPage::~ChecksPage()
{
    if (m_runner)
        m_runner->cancel();
}

void ChecksPage::discardRun()
{
    if (!m_runner)
        return;
    m_runner->cancel();
    m_runner.reset();
}

void ChecksPage::initializePage()
{
    rebuildSteps();
}

void ChecksPage::cleanupPage()
{
    // Going back cancels a run: its context is about to change.
    cancel();
}

bool ChecksPage::isComplete() const
{
    return !isRunning();
}

bool ChecksPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ChecksPage::rebuildSteps()
{
    // The tree's order for this symptom: the checks its top causes name, best cause first; the
    // endpoint first when the symptom doubts it; then the rest, which the symptom does not point to.
    const Diagnosis &d = m_session->diagnosis();
    const QStringList all = CheckSuite::ids();
    m_suggested.clear();
    int causes = 0;
    for (const RankedCause &cause : d.causes) {
        if (++causes > 3)
            break;
        for (const GuideCheck &check : cause.checks) {
            if (all.contains(check.check) && !m_suggested.contains(check.check))
                m_suggested << check.check;
        }
    }
    if (m_suggested.isEmpty()) // the tree names no check for this symptom: suggest them all
        m_suggested = all;
    const bool endpointInDoubt = !d.causes.isEmpty() && d.causes.first().category == Category::WrongEndpointRegion;
    if (endpointInDoubt) {
        m_suggested.removeAll(QStringLiteral("endpoint"));
        m_suggested.prepend(QStringLiteral("endpoint"));
    }
    m_suggested.removeAll(QStringLiteral("write")); // opt-in only
    m_order = m_suggested;
    for (const QString &id : all) {
        if (!m_order.contains(id))
            m_order << id;
    }
    const CheckContext context = m_session->context();
    const auto planned = CheckSuite::plannedRequests(context);
    for (int i = 0; i < m_order.size(); ++i) {
        CheckStepWidget *step = m_steps.value(m_order.at(i));
        m_stepsLayout->insertWidget(i, step);
        step->setPlanned(planned.value(step->checkId()));
        step->setRuledOut(m_suggested.contains(step->checkId()) ? QString() : CheckText::ruledOutBySymptom());
        const CheckResult result = m_session->result(step->checkId());
        if (!result.id.isEmpty())
            step->setResult(result, fixStepsFor(result));
    }
    // Keyboard order follows the visual order.
    QWidget *previous = m_allowWrite;
    for (const QString &id : std::as_const(m_order)) {
        setTabOrder(previous, m_steps.value(id));
        previous = m_steps.value(id);
    }
}

void ChecksPage::runChecks(const QStringList &ids)
{
    if (isRunning())
        return;
    CheckContext context = m_session->context();
    context.allowWrite = m_allowWrite->isChecked();
    context.checkTimeoutMs = 2 * context.requestTimeoutMs + 2000;
    m_session->setContext(context);
    QStringList only = ids.isEmpty() ? m_suggested : ids;
    if (ids.isEmpty() && context.allowWrite && !only.contains(QStringLiteral("write")))
        only << QStringLiteral("write");
    // The clock goes first so signed requests can be corrected for it.
    if (!only.contains(QStringLiteral("time")) && !context.accessKeyId.isEmpty())
        only.prepend(QStringLiteral("time"));
    m_runner = std::make_unique<CheckRunner>();
    CheckSuite::addAll(*m_runner);
    connect(m_runner.get(), &CheckRunner::checkStarted, this, [this](const QString &id) {
        if (CheckStepWidget *step = m_steps.value(id))
            step->setRunning();
    });
    connect(m_runner.get(), &CheckRunner::checkFinished, this, &ChecksPage::onCheckFinished);
    connect(m_runner.get(), &CheckRunner::allFinished, this, &ChecksPage::onAllFinished, Qt::QueuedConnection);
    m_state->setText(tr("Running checks: %1.").arg(only.size()));
    m_runner->run(context, only);
    updateButtons();
    Q_EMIT completeChanged();
}

void ChecksPage::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

void ChecksPage::onCheckFinished(const CheckResult &result)
{
    // Checks left out of this run keep what an earlier run found.
    if (result.reason == QLatin1String("not_selected"))
        return;
    m_session->setResult(result);
    if (CheckStepWidget *step = m_steps.value(result.id))
        step->setResult(result, {});
}

void ChecksPage::onAllFinished()
{
    m_session->rediagnose();
    int failed = 0;
    int ran = 0;
    int answered = 0;
    int unreachable = 0;
    static const QStringList transport{QStringLiteral("dns_failure"), QStringLiteral("connection_refused"), QStringLiteral("timeout"),
                                       QStringLiteral("network_error"), QStringLiteral("server_closed")};
    for (const CheckResult &r : m_session->results()) {
        failed += r.status == CheckResult::Status::Fail;
        ran += r.status != CheckResult::Status::Skipped;
        answered += r.status == CheckResult::Status::Pass || r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Warn;
        unreachable += transport.contains(r.reason);
        if (CheckStepWidget *step = m_steps.value(r.id))
            step->setResult(r, fixStepsFor(r));
    }
    if (ran > 0 && unreachable == ran)
        m_state->setText(CheckText::couldNotReach());
    else if (failed > 0)
        m_state->setText(tr("Checks that failed: %1. The summary ranks the causes with this evidence.").arg(failed));
    else if (answered == 0)
        m_state->setText(CheckText::nothingChecked()); // skipped and errored checks are no pass
    else
        m_state->setText(CheckText::noCheckFailed());
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

QStringList ChecksPage::fixStepsFor(const CheckResult &result) const
{
    if (result.status != CheckResult::Status::Fail && result.status != CheckResult::Status::Warn)
        return {};
    const QList<Finding> findings = CheckFindings::fromResults({result}, false, false);
    for (const Finding &finding : findings) {
        if (finding.weight <= 0)
            continue;
        for (const RankedCause &cause : m_session->diagnosis().causes) {
            if (Categories::id(cause.category) == finding.categoryId)
                return UserText::causeSteps(m_session->diagnosis().provider, cause);
        }
    }
    return {};
}

void ChecksPage::updateButtons()
{
    const bool running = isRunning();
    m_runAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (CheckStepWidget *step : std::as_const(m_steps))
        step->setRunEnabled(!running);
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ChecksPage::retranslate()
{
    setTitle(tr("Ask the bucket"));
    setSubTitle(tr("Each check says what it will send before it runs. Everything is read-only unless you allow the write probe."));
    m_intro->setText(tr("The suggested checks come first, in the order the provider's guide asks them. The others can still be run."));
    m_runAll->setText(tr("Run the &suggested checks"));
    m_cancel->setText(tr("&Cancel"));
    m_allowWrite->setText(tr("Allow the &write probe (uploads a small test object, then deletes it)"));
    if (!isRunning() && m_session->results().isEmpty())
        m_state->setText(tr("No check has run yet."));
    else if (!isRunning())
        m_state->clear();
    if (!m_order.isEmpty())
        rebuildSteps();
}
