#include "pages/CheckStepWidget.h"

#include "report/CurlCommand.h"
#include "text/CheckText.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

CheckStepWidget::CheckStepWidget(const QString &checkId, QWidget *parent)
    : QFrame(parent)
    , m_id(checkId)
{
    setObjectName(QStringLiteral("step_") + checkId);
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_icon = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByKeyboard);
    m_status->setFocusPolicy(Qt::ClickFocus); // a target for the focus after a run, not a Tab stop
    m_questionsLabel = new QLabel(this);
    m_questionsLabel->setObjectName(QStringLiteral("questions"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    for (QLabel *label : {m_questionsLabel, m_summary, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("run"));
    m_drawer = new QToolButton(this);
    m_drawer->setObjectName(QStringLiteral("drawer"));
    m_drawer->setCheckable(true);
    m_drawer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_drawer->setArrowType(Qt::RightArrow);
    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setVisible(false);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setMinimumHeight(120);
    // The same requests as curl commands, to run again or attach to a ticket.
    m_curlLabel = new QLabel(this);
    m_curlLabel->setWordWrap(true);
    m_curlLabel->setVisible(false);
    m_curl = new QPlainTextEdit(this);
    m_curl->setObjectName(QStringLiteral("curl"));
    m_curl->setReadOnly(true);
    m_curl->setVisible(false);
    m_curl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_curl->setMinimumHeight(80);
    m_curlLabel->setBuddy(m_curl);
    m_copyCurl = new QPushButton(this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setVisible(false);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_icon, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_run, 0, 3);
    grid->addWidget(m_questionsLabel, 1, 1, 1, 3);
    grid->addWidget(m_summary, 2, 1, 1, 3);
    grid->addWidget(m_details, 3, 1, 1, 3);
    grid->addWidget(m_drawer, 4, 1, 1, 3, Qt::AlignLeft);
    grid->addWidget(m_transcript, 5, 1, 1, 3);
    grid->addWidget(m_curlLabel, 6, 1, 1, 3);
    grid->addWidget(m_curl, 7, 1, 1, 3);
    grid->addWidget(m_copyCurl, 8, 1, 1, 3, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_id); });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_curl->toPlainText()); });
    connect(m_drawer, &QToolButton::toggled, this, [this](bool open) {
        m_transcript->setVisible(open);
        const bool curl = open && !m_curl->toPlainText().isEmpty();
        m_curlLabel->setVisible(curl);
        m_curl->setVisible(curl);
        m_copyCurl->setVisible(curl);
        m_drawer->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    retranslate();
}

void CheckStepWidget::setPlanned(const QList<PlannedRequest> &requests)
{
    m_planned = requests;
    showStatus();
}

void CheckStepWidget::setRuledOut(const QString &reason)
{
    m_ruledOut = reason;
    showStatus();
}

void CheckStepWidget::setQuestions(const QStringList &questions)
{
    m_questions = questions;
    showStatus();
}

void CheckStepWidget::setPosition(int step, int steps)
{
    m_step = step;
    m_stepCount = steps;
    retranslate();
}

void CheckStepWidget::setRunning(int n, int m)
{
    m_running = true;
    m_runIndex = n;
    m_runCount = m;
    showStatus();
}

void CheckStepWidget::clearRunning()
{
    m_running = false;
    showStatus();
}

void CheckStepWidget::focusResult()
{
    // setFocus, unlike a Tab move, does not make the scroll area bring the widget into view, so
    // the view stays where the user left it.
    if (m_summary->isVisible())
        m_summary->setFocus(Qt::OtherFocusReason);
    else
        m_status->setFocus(Qt::OtherFocusReason);
}

void CheckStepWidget::setResult(const CheckResult &result, const QStringList &fixSteps)
{
    m_running = false;
    m_hasResult = true;
    m_result = result;
    m_steps = fixSteps;
    showStatus();
}

void CheckStepWidget::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

QString CheckStepWidget::statusText() const
{
    return m_status->text();
}

QString CheckStepWidget::summaryText() const
{
    return m_summary->text();
}

QString CheckStepWidget::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString CheckStepWidget::curlText() const
{
    return m_curl->toPlainText();
}

void CheckStepWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CheckStepWidget::retranslate()
{
    m_title->setText(m_stepCount > 0 ? tr("Step %1 of %2: %3").arg(m_step).arg(m_stepCount).arg(CheckText::title(m_id)) : CheckText::title(m_id));
    m_drawer->setText(tr("Details: requests and responses"));
    m_drawer->setAccessibleName(tr("Show the requests and responses of %1").arg(CheckText::title(m_id)));
    m_transcript->setAccessibleName(tr("Requests and responses of %1, secrets removed").arg(CheckText::title(m_id)));
    m_curlLabel->setText(tr("The same requests with curl (signatures and tokens left out: put in your own, or attach as they are):"));
    m_curl->setAccessibleName(tr("curl commands of %1, secrets left out").arg(CheckText::title(m_id)));
    m_copyCurl->setText(tr("Copy the curl commands"));
    showStatus();
}

QPixmap CheckStepWidget::statusPixmap(QStyle::StandardPixmap icon) const
{
    // A style's standard icon decodes its image files each time it is made (3 PNGs, about 3 M
    // instructions): the eleven steps share one pixmap per icon through Qt's pixmap cache.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QString key = QStringLiteral("bucketdoctor-check-status-%1-%2-%3").arg(style()->name()).arg(int(icon)).arg(size);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = style()->standardIcon(icon).pixmap(size, size);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

void CheckStepWidget::showStatus()
{
    QStyle::StandardPixmap icon = QStyle::SP_FileDialogInfoView;
    QString status;
    QString summary;
    QStringList details;
    if (m_running) {
        icon = QStyle::SP_BrowserReload;
        status = m_runCount > 0 ? tr("running, %1 of %2…").arg(m_runIndex).arg(m_runCount) : tr("running…");
    } else if (m_hasResult) {
        status = CheckText::statusName(m_result.status);
        summary = CheckText::summary(m_result);
        switch (m_result.status) {
        case CheckResult::Status::Pass:
            icon = QStyle::SP_DialogApplyButton;
            break;
        case CheckResult::Status::Fail:
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case CheckResult::Status::Warn:
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case CheckResult::Status::Skipped:
            icon = QStyle::SP_MessageBoxInformation;
            break;
        case CheckResult::Status::Error:
            icon = QStyle::SP_BrowserStop;
            break;
        }
        const QStringList evidence = CheckText::evidence(m_result);
        if (!evidence.isEmpty())
            details << tr("Evidence:") << evidence;
        if (!m_steps.isEmpty()) {
            details << tr("What to do:");
            int n = 0;
            for (const QString &step : std::as_const(m_steps))
                details << QStringLiteral("%1. %2").arg(++n).arg(step);
        }
    } else if (!m_ruledOut.isEmpty()) {
        icon = QStyle::SP_MessageBoxInformation;
        status = CheckText::statusName(CheckResult::Status::Skipped);
        summary = m_ruledOut;
    } else {
        status = tr("not run yet");
    }
    if (!m_hasResult || m_result.status == CheckResult::Status::Skipped) {
        if (!m_planned.isEmpty()) {
            details << tr("Will send:");
            for (const PlannedRequest &p : std::as_const(m_planned))
                details << tr("%1 %2, needs %3").arg(p.method, p.target, CheckText::permission(p.permission));
        }
    }
    m_icon->setPixmap(statusPixmap(icon));
    m_icon->setAccessibleName(status);
    m_status->setText(status);
    m_status->setAccessibleName(tr("Status of %1: %2").arg(CheckText::title(m_id), status));
    QStringList questions;
    for (const QString &q : std::as_const(m_questions))
        questions << tr("The guide asks: %1").arg(q);
    m_questionsLabel->setText(questions.join(u'\n'));
    m_questionsLabel->setVisible(!questions.isEmpty());
    m_summary->setText(m_hasResult && !m_questions.isEmpty() && !summary.isEmpty() ? tr("Answer: %1").arg(summary) : summary);
    m_summary->setVisible(!summary.isEmpty());
    m_details->setText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    m_run->setText(m_hasResult ? tr("Run &again") : tr("&Run"));
    m_run->setAccessibleName(tr("Run %1").arg(CheckText::title(m_id)));
    m_transcript->setPlainText(m_hasResult ? m_result.transcript.join(u'\n') : QString());
    m_curl->setPlainText(m_hasResult ? CurlCommand::fromTranscript(m_result.transcript).join(QStringLiteral("\n\n")) : QString());
    if (m_curl->toPlainText().isEmpty()) {
        m_curlLabel->setVisible(false);
        m_curl->setVisible(false);
        m_copyCurl->setVisible(false);
    } else if (m_drawer->isChecked()) {
        m_curlLabel->setVisible(true);
        m_curl->setVisible(true);
        m_copyCurl->setVisible(true);
    }
    m_drawer->setEnabled(m_hasResult && !m_result.transcript.isEmpty());
}
