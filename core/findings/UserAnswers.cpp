#include "findings/UserAnswers.h"

#include "common/Provider.h"

QString UserAnswers::answerId(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return QStringLiteral("yes");
    case Answer::No:
        return QStringLiteral("no");
    case Answer::DontKnow:
        break;
    }
    return QStringLiteral("dont_know");
}

QList<TreeNode> UserAnswers::userQuestions(const DecisionTree &tree, const QString &symptomId)
{
    QList<TreeNode> nodes;
    for (const TreeSymptom &symptom : tree.symptoms()) {
        if (symptom.id != symptomId)
            continue;
        for (const TreeNode &node : symptom.nodes) {
            if (node.check.isEmpty())
                nodes << node;
        }
    }
    return nodes;
}

QList<Finding> UserAnswers::toFindings(const DecisionTree &tree, const QString &symptomId, const QHash<QString, Answer> &answers)
{
    QList<Finding> findings;
    for (const TreeNode &node : userQuestions(tree, symptomId)) {
        const auto it = answers.constFind(node.question);
        if (it == answers.cend() || it.value() == Answer::DontKnow)
            continue;
        const TreeCause *cause = tree.cause(node.cause);
        if (!cause)
            continue;
        const bool pointsAtFault = (it.value() == Answer::No) == node.faultIsNo;
        Finding finding;
        finding.source = QStringLiteral("user");
        finding.categoryId = Categories::id(cause->category);
        finding.causeId = cause->id;
        finding.weight = pointsAtFault ? kFaultWeight : kNoFaultWeight;
        finding.evidence = Statement{QStringLiteral("user_answer"),
                                     {Providers::id(tree.provider()), node.question, answerId(it.value())}};
        findings << finding;
    }
    return findings;
}
