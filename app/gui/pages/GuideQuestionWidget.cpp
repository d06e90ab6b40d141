#include "pages/GuideQuestionWidget.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

GuideQuestionWidget::GuideQuestionWidget(const QString &question, const QString &translated, UserAnswers::Answer answer, QWidget *parent)
    : QFrame(parent)
    , m_question(question)
    , m_translated(translated)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("question"));
    m_position = new QLabel(this);
    QFont bold = m_position->font();
    bold.setBold(true);
    m_position->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_yes = new QRadioButton(this);
    m_yes->setObjectName(QStringLiteral("yes"));
    m_no = new QRadioButton(this);
    m_no->setObjectName(QStringLiteral("no"));
    m_dontKnow = new QRadioButton(this);
    m_dontKnow->setObjectName(QStringLiteral("dontKnow"));
    m_group = new QButtonGroup(this);
    m_group->addButton(m_yes, int(UserAnswers::Answer::Yes));
    m_group->addButton(m_no, int(UserAnswers::Answer::No));
    m_group->addButton(m_dontKnow, int(UserAnswers::Answer::DontKnow));
    if (QAbstractButton *checked = m_group->button(int(answer)))
        checked->setChecked(true);

    auto *answers = new QHBoxLayout;
    answers->addWidget(m_yes);
    answers->addWidget(m_no);
    answers->addWidget(m_dontKnow);
    answers->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_text);
    layout->addLayout(answers);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT answered(m_question, UserAnswers::Answer(id));
    });
    retranslate();
}

void GuideQuestionWidget::setTranslated(const QString &translated)
{
    m_translated = translated;
    retranslate();
}

void GuideQuestionWidget::setPosition(int step, int steps)
{
    m_step = step;
    m_steps = steps;
    retranslate();
}

void GuideQuestionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void GuideQuestionWidget::retranslate()
{
    m_position->setText(m_steps > 0 ? tr("Step %1 of %2: your answer").arg(m_step).arg(m_steps) : tr("Your answer"));
    m_text->setText(m_translated);
    m_yes->setText(tr("Yes"));
    m_no->setText(tr("No"));
    m_dontKnow->setText(tr("Don't know"));
    m_yes->setAccessibleName(tr("Yes, to: %1").arg(m_translated));
    m_no->setAccessibleName(tr("No, to: %1").arg(m_translated));
    m_dontKnow->setAccessibleName(tr("Don't know, to: %1").arg(m_translated));
}
