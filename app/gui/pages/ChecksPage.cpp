#include "pages/ChecksPage.h"

#include "checks/CheckRunner.h"
#include "checks/CheckSuite.h"
#include "findings/CheckFindings.h"
#include "findings/Verdict.h"
#include "pages/CheckStepWidget.h"
#include "pages/GuideQuestionWidget.h"
#include "text/CheckText.h"
#include "text/UserText.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
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
    m_runEvery = new QPushButton(this);
    m_runEvery->setObjectName(QStringLiteral("runEvery"));
    m_keepChecking = new QPushButton(this);
    m_keepChecking->setObjectName(QStringLiteral("keepChecking"));
    m_keepChecking->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_allowWrite = new QCheckBox(this);
    m_allowWrite->setObjectName(QStringLiteral("allowWrite"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    // The run's outcome takes the focus after a run: readable by keyboard, not a Tab stop.
    m_state->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_state->setFocusPolicy(Qt::ClickFocus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_runEvery);
    buttons->addWidget(m_keepChecking);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_allowWrite);
    buttons->addStretch(1);

    auto *content = new QWidget;
    m_stepsLayout = new QVBoxLayout(content);
    m_stepsLayout->addStretch(1);
    // The guide's last step where it ends with "contact support".
    m_contact = new QFrame(content);
    m_contact->setObjectName(QStringLiteral("contactSupport"));
    m_contact->setFrameShape(QFrame::StyledPanel);
    m_contactText = new QLabel(m_contact);
    m_contactText->setObjectName(QStringLiteral("contactText"));
    m_contactText->setWordWrap(true);
    m_contactText->setTextFormat(Qt::PlainText);
    m_toExport = new QPushButton(m_contact);
    m_toExport->setObjectName(QStringLiteral("toExport"));
    auto *contactLayout = new QVBoxLayout(m_contact);
    contactLayout->addWidget(m_contactText);
    contactLayout->addWidget(m_toExport, 0, Qt::AlignLeft);
    m_contact->setVisible(false);
    connect(m_toExport, &QPushButton::clicked, this, &ChecksPage::exportRequested);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);

    connect(m_runAll, &QPushButton::clicked, this, [this] { runChecks({}); });
    connect(m_runEvery, &QPushButton::clicked, this, &ChecksPage::runEverything);
    connect(m_keepChecking, &QPushButton::clicked, this, [this] {
        // The rest of the walk: its checks that have no answer yet.
        QStringList rest;
        for (const QString &id : std::as_const(m_suggested)) {
            const CheckResult r = m_session->result(id);
            if (r.id.isEmpty() || r.status == CheckResult::Status::Skipped || r.status == CheckResult::Status::Error)
                rest << id;
        }
        runChecks(rest.isEmpty() ? m_suggested : rest);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
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

GuideQuestionWidget *ChecksPage::question(const QString &question) const
{
    for (GuideQuestionWidget *w : m_questions) {
        if (w->question() == question)
            return w;
    }
    return nullptr;
}

void ChecksPage::ensureSteps()
{
    // The steps are made the first time the page is laid out, not with the wizard: eleven step
    // widgets were a fifth of the instructions before the first page showed (callgrind of
    // `bucketdoctor --startup-probe`, 119 M with them made up front, 92 M without).
    if (!m_steps.isEmpty())
        return;
    for (const QString &id : CheckSuite::ids()) {
        auto *step = new CheckStepWidget(id, m_stepsLayout->parentWidget());
        step->setVisible(false);
        connect(step, &CheckStepWidget::runRequested, this, [this](const QString &checkId) {
            m_focusStep = checkId;
            runChecks({checkId});
        });
        m_steps.insert(id, step);
    }
}

void ChecksPage::rebuildSteps()
{
    ensureSteps();
    m_intro->setText(m_session->symptom() ? tr("The steps follow the provider's guide for this error, in its order: each shows the guide's question, the check that answers it, and the answer. Questions no check can answer are yours to answer.")
                                          : tr("The suggested checks come first, those the likeliest causes name. The others can still be run."));
    const Diagnosis &d = m_session->diagnosis();
    const QStringList all = CheckSuite::ids();
    m_suggested.clear();
    m_walk.clear();
    QHash<QString, QStringList> questionsOf;
    const TreeSymptom *symptom = m_session->symptom();
    if (symptom) {
        // The guide's order: each node in turn, a check once (at its first question), a question no
        // live check answers as a step of its own.
        for (const TreeNode &node : symptom->nodes) {
            if (node.check.isEmpty()) {
                m_walk << QStringLiteral("?") + node.question;
                continue;
            }
            if (!all.contains(node.check))
                continue;
            questionsOf[node.check] << UserText::treeText(d.provider, node.question);
            if (!m_suggested.contains(node.check)) {
                m_suggested << node.check;
                m_walk << node.check;
            }
        }
    } else {
        // No section of the guide matched: the checks the top causes name, best cause first; the
        // endpoint first when the ranking doubts it.
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
        m_walk = m_suggested;
    }
    m_suggested.removeAll(QStringLiteral("write"));
    m_walk.removeAll(QStringLiteral("write"));
    m_order = m_suggested;
    for (const QString &id : all) {
        if (!m_order.contains(id))
            m_order << id;
    }

    // Take everything out of the layout (the trailing stretch stays), then lay the walk out again.
    for (GuideQuestionWidget *w : std::as_const(m_questions))
        w->deleteLater();
    m_questions.clear();
    for (CheckStepWidget *step : std::as_const(m_steps))
        m_stepsLayout->removeWidget(step);
    m_stepsLayout->removeWidget(m_contact);

    const CheckContext context = m_session->context();
    const auto planned = CheckSuite::plannedRequests(context);
    const bool contact = symptom && !symptom->contactSupport.isEmpty();
    const int steps = symptom ? int(m_walk.size()) + (contact ? 1 : 0) : 0;
    int index = 0;
    QWidget *previous = m_allowWrite;
    auto place = [&](QWidget *w) {
        m_stepsLayout->insertWidget(index++, w);
        w->setVisible(true);
        setTabOrder(previous, w);
        previous = w;
    };
    auto placeStep = [&](const QString &id, int position) {
        CheckStepWidget *step = m_steps.value(id);
        step->setPosition(position, position > 0 ? steps : 0); // the checks outside the walk have no step number
        step->setQuestions(questionsOf.value(id));
        step->setPlanned(planned.value(id));
        step->setRuledOut(m_suggested.contains(id) ? QString() : CheckText::ruledOutBySymptom());
        const CheckResult result = m_session->result(id);
        if (!result.id.isEmpty())
            step->setResult(result, fixStepsFor(result));
        place(step);
    };
    for (int i = 0; i < m_walk.size(); ++i) {
        const QString &item = m_walk.at(i);
        const int position = symptom ? i + 1 : 0;
        if (!item.startsWith(u'?')) {
            placeStep(item, position);
            continue;
        }
        const QString q = item.mid(1);
        auto *w = new GuideQuestionWidget(q, UserText::treeText(d.provider, q), m_session->answer(q), m_stepsLayout->parentWidget());
        w->setPosition(position, steps);
        connect(w, &GuideQuestionWidget::answered, m_session, &WizardSession::setAnswer);
        m_questions << w;
        place(w);
    }
    if (contact) {
        m_contactText->setText(tr("Step %1 of %2: the guide ends here. %3 Bucket Doctor gathers what support asks for (the request IDs, the checks and their answers) in the report.")
                                   .arg(steps)
                                   .arg(steps)
                                   .arg(UserText::treeText(d.provider, symptom->contactSupport)));
        place(m_contact);
    } else {
        m_contact->setVisible(false);
    }
    for (const QString &id : std::as_const(m_order)) {
        if (!m_walk.contains(id))
            placeStep(id, 0);
    }
}

void ChecksPage::runChecks(const QStringList &ids)
{
    start(ids.isEmpty() ? m_suggested : ids, ids.isEmpty());
}

void ChecksPage::runEverything()
{
    QStringList ids = m_order;
    ids.removeAll(QStringLiteral("write")); // the write probe runs only when allowed, below
    start(ids, false);
}

void ChecksPage::start(const QStringList &ids, bool walk)
{
    if (isRunning())
        return;
    CheckContext context = m_session->context();
    context.allowWrite = m_allowWrite->isChecked();
    context.checkTimeoutMs = 2 * context.requestTimeoutMs + 2000;
    m_session->setContext(context);
    QStringList only = ids;
    if (walk && context.allowWrite && !only.contains(QStringLiteral("write")))
        only << QStringLiteral("write");
    if (!walk && ids.size() > 1 && context.allowWrite && !only.contains(QStringLiteral("write")))
        only << QStringLiteral("write");
    // The clock goes first so signed requests can be corrected for it.
    if (!only.contains(QStringLiteral("time")) && !context.accessKeyId.isEmpty())
        only.prepend(QStringLiteral("time"));
    m_runIds = only;
    m_runSeen.clear();
    m_walking = walk;
    m_stopped = false;
    m_keepChecking->setVisible(false);
    // Keep the focus where the user is: on the pressed step (its status, not a Tab move, so the
    // scroll view stays put), or on Cancel for the page's buttons; never on the write-probe box.
    if (CheckStepWidget *step = m_steps.value(m_focusStep))
        step->focusResult();
    m_runner = std::make_unique<CheckRunner>();
    CheckSuite::addAll(*m_runner);
    m_runner->setSerial(walk); // a walk goes step by step, so it can stop at the first confirmed cause
    connect(m_runner.get(), &CheckRunner::checkStarted, this, &ChecksPage::onCheckStarted);
    connect(m_runner.get(), &CheckRunner::checkFinished, this, &ChecksPage::onCheckFinished);
    connect(m_runner.get(), &CheckRunner::allFinished, this, &ChecksPage::onAllFinished, Qt::QueuedConnection);
    m_state->setText(tr("Starting the checks…"));
    m_runner->run(context, only);
    updateButtons();
    if (m_focusStep.isEmpty())
        m_cancel->setFocus(Qt::OtherFocusReason);
    Q_EMIT completeChanged();
}

void ChecksPage::onCheckStarted(const QString &id)
{
    if (!m_runSeen.contains(id))
        m_runSeen << id;
    const int n = int(m_runSeen.size());
    const int m = int(m_runIds.size());
    if (CheckStepWidget *step = m_steps.value(id))
        step->setRunning(n, m);
    m_state->setText(tr("Running check %1 of %2: %3.").arg(n).arg(m).arg(CheckText::title(id)));
}

void ChecksPage::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

void ChecksPage::onCheckFinished(const CheckResult &result)
{
    // Checks left out of this run keep what an earlier run found; so do checks the walk stopped
    // before they answered.
    if (result.reason == QLatin1String("not_selected"))
        return;
    if (m_stopped && result.reason == QLatin1String("cancelled")) {
        if (CheckStepWidget *step = m_steps.value(result.id)) {
            const CheckResult earlier = m_session->result(result.id);
            if (earlier.id.isEmpty())
                step->clearRunning();
            else
                step->setResult(earlier, fixStepsFor(earlier));
        }
        return;
    }
    if (!m_runSeen.contains(result.id) && m_runIds.contains(result.id))
        m_runSeen << result.id; // skipped before it started: it counts among the n of m all the same
    m_session->setResult(result);
    if (CheckStepWidget *step = m_steps.value(result.id))
        step->setResult(result, {});
    if (!m_walking || !isRunning())
        return;
    // The walk stops at the first confirmed cause: rank again with this answer.
    m_session->rediagnose();
    if (Verdict::of(m_session->diagnosis(), m_session->results()).state == Verdict::State::Confirmed)
        QMetaObject::invokeMethod(this, &ChecksPage::stopAtConfirmedCause, Qt::QueuedConnection);
}

void ChecksPage::stopAtConfirmedCause()
{
    // Queued: the runner is not cancelled from inside its own signal.
    if (!isRunning() || !m_walking)
        return;
    m_stopped = true;
    m_runner->cancel();
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
    const Verdict verdict = Verdict::of(m_session->diagnosis(), m_session->results());
    QString confirmedBy;
    if (verdict.state == Verdict::State::Confirmed) {
        for (const Statement &basis : verdict.basis) {
            if (basis.id == QLatin1String("check"))
                confirmedBy = CheckResult::fromStatement(basis).id;
        }
    }
    if (m_stopped) {
        m_state->setText(tr("The “%1” check confirmed the cause, so the walk stops here. The summary has the answer; you can keep checking.")
                             .arg(CheckText::title(confirmedBy)));
        m_keepChecking->setVisible(true);
    } else if (ran > 0 && unreachable == ran) {
        m_state->setText(CheckText::couldNotReach());
    } else if (failed > 0) {
        m_state->setText(tr("Checks that failed: %1. The summary ranks the causes with this evidence.").arg(failed));
    } else if (answered == 0) {
        m_state->setText(CheckText::nothingChecked()); // skipped and errored checks are no pass
    } else {
        m_state->setText(CheckText::noCheckFailed());
    }
    updateButtons();
    // The focus goes to the result: the pressed step's, else the confirming step's, else the run's.
    QString focus = m_focusStep;
    if (focus.isEmpty())
        focus = confirmedBy;
    if (CheckStepWidget *step = m_steps.value(focus))
        step->focusResult();
    else
        m_state->setFocus(Qt::OtherFocusReason);
    m_focusStep.clear();
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
    // Cancel first: a button that loses its enabled state while focused hands the focus on, and it
    // must not land on the write-probe box.
    m_cancel->setEnabled(running);
    m_runAll->setEnabled(!running);
    m_runEvery->setEnabled(!running);
    m_keepChecking->setEnabled(!running);
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
    m_runAll->setText(tr("Run the &suggested checks"));
    m_runEvery->setText(tr("Run a&ll checks"));
    m_keepChecking->setText(tr("&Keep checking"));
    m_toExport->setText(tr("Prepare the &ticket details"));
    m_cancel->setText(tr("&Cancel"));
    m_allowWrite->setText(tr("Allow the &write probe (uploads a small test object, then deletes it)"));
    if (!isRunning() && m_session->results().isEmpty())
        m_state->setText(tr("No check has run yet."));
    else if (!isRunning())
        m_state->clear();
    if (!m_order.isEmpty())
        rebuildSteps();
}
