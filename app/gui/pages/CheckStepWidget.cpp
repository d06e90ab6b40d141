#include "pages/CheckStepWidget.h"

#include "text/CheckText.h"

#include <QEvent>
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
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    for (QLabel *label : {m_summary, m_details}) {
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

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_icon, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_status, 0, 2);
    grid->addWidget(m_run, 0, 3);
    grid->addWidget(m_summary, 1, 1, 1, 3);
    grid->addWidget(m_details, 2, 1, 1, 3);
    grid->addWidget(m_drawer, 3, 1, 1, 3, Qt::AlignLeft);
    grid->addWidget(m_transcript, 4, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_run, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(m_id); });
    connect(m_drawer, &QToolButton::toggled, this, [this](bool open) {
        m_transcript->setVisible(open);
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

void CheckStepWidget::setRunning()
{
    m_running = true;
    showStatus();
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

void CheckStepWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CheckStepWidget::retranslate()
{
    m_title->setText(CheckText::title(m_id));
    m_drawer->setText(tr("Details: requests and responses"));
    m_drawer->setAccessibleName(tr("Show the requests and responses of %1").arg(CheckText::title(m_id)));
    m_transcript->setAccessibleName(tr("Requests and responses of %1, secrets removed").arg(CheckText::title(m_id)));
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
        status = tr("running…");
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
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_details->setText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    m_run->setText(m_hasResult ? tr("Run &again") : tr("&Run"));
    m_run->setAccessibleName(tr("Run %1").arg(CheckText::title(m_id)));
    m_transcript->setPlainText(m_hasResult ? m_result.transcript.join(u'\n') : QString());
    m_drawer->setEnabled(m_hasResult && !m_result.transcript.isEmpty());
}
