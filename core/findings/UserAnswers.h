#pragma once

#include "diagnosis/DecisionTree.h"
#include "diagnosis/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

// The user's answers to guide questions that no live check can answer ("Was the request sent after
// the end time in q-sign-time?"), as findings for the engine beside the checks' ones. An answer that
// points at the node's cause (the node's `fault` answer) raises that cause alone; the other answer
// lowers it; "don't know" is no evidence and changes nothing. Answers are a person's word, never
// proof: they move the ranking but confirm or rule out nothing.
//
// Usage:
//   QHash<QString, UserAnswers::Answer> answers{{node.question, UserAnswers::Answer::Yes}};
//   options.findings += UserAnswers::toFindings(engine.tree(d.provider), d.matchedSymptom, answers);
namespace UserAnswers {
enum class Answer { Yes, No, DontKnow };

// How much an answer moves its cause: as much as a failing non-decisive check, and a "no fault"
// answer less, since the user may not know the whole configuration.
constexpr double kFaultWeight = 6.0;
constexpr double kNoFaultWeight = -4.0;

QString answerId(Answer answer); // "yes", "no", "dont_know"
// The nodes of that symptom a user is asked: those no live check answers, in the guide's order.
QList<TreeNode> userQuestions(const DecisionTree &tree, const QString &symptomId);
// `answers` is keyed by the node's question as the tree has it (English).
QList<Finding> toFindings(const DecisionTree &tree, const QString &symptomId, const QHash<QString, Answer> &answers);
}
