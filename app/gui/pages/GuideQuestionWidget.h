#pragma once

#include "findings/UserAnswers.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QRadioButton;

// One step of the guide's walk that no live check can answer: the guide's question, asked of the
// user with Yes / No / Don't know. The answer goes to the session, which re-ranks the causes; "don't
// know" (the default) is no evidence.
class GuideQuestionWidget : public QFrame
{
    Q_OBJECT

public:
    // `question` as the tree has it (English), `translated` as the user reads it.
    GuideQuestionWidget(const QString &question, const QString &translated, UserAnswers::Answer answer, QWidget *parent = nullptr);

    QString question() const { return m_question; }
    void setTranslated(const QString &translated);
    void setPosition(int step, int steps);

Q_SIGNALS:
    void answered(const QString &question, UserAnswers::Answer answer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_question;
    QString m_translated;
    int m_step = 0;
    int m_steps = 0;
    QLabel *m_position = nullptr;
    QLabel *m_text = nullptr;
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QRadioButton *m_dontKnow = nullptr;
    QButtonGroup *m_group = nullptr;
};
