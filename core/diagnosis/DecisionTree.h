#pragma once

#include "common/Category.h"
#include "common/Provider.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One provider's decision tree, read from resources/trees/<provider>.json (see the README there);
// the built-in trees are compiled in as data from those files (TreeData.h), not parsed at run time.
// Strings stay in English here; translated() looks them up in the provider's translation context,
// where the build put them for lupdate.
//
// Usage:
//   QString error;
//   const DecisionTree tree = DecisionTree::fromJson(bytes, &error);
//   for (const TreeSymptom &s : tree.symptoms()) …
struct TreeMatch {
    QStringList codes;
    QStringList messages;
    QStringList tokens;
    QStringList ec;
    QList<int> status;
};

struct TreeNode {
    QString question;
    QString check;
    QString cause;
    double weight = 0;
    // Which answer to the question points at the cause: most questions ask "is the fault there?",
    // some ask "is it as it should be?" (tree key "fault": "no"). Used for the answers a user gives.
    bool faultIsNo = false;
};

struct TreeSymptom {
    QString id;
    QString title;
    QString source;
    bool fallback = false;
    TreeMatch match;
    QList<TreeNode> nodes;
    // Where the guide ends with "contact support": when to contact it, as one sentence (may be empty).
    QString contactSupport;
};

struct TreeCause {
    QString id;
    Category category = Category::Other;
    QString title;
    QString why;
    QStringList steps;
    QString source;
    double prior = 1.0;
    QHash<QString, double> signalWeights;
};

class DecisionTree
{
public:
    // Returns an empty tree and sets *error (one sentence, English: it is a developer error) when the
    // JSON is not a valid tree: unknown category or signal, a node naming a missing cause, duplicate ids.
    static DecisionTree fromJson(const QByteArray &json, QString *error);
    // The tree compiled into the application for this provider (from TreeData, no JSON parsed).
    static DecisionTree builtIn(Provider provider, QString *error = nullptr);
    // The same, read once per process when first asked for and shared from then on (thread-safe):
    // a run that needs one provider's tree reads only that one. Provider::Unknown means S3, as in
    // DiagnosisEngine::tree(). *error is set as builtIn() sets it.
    static const DecisionTree &shared(Provider provider, QString *error = nullptr);
    static QString translationContext(Provider provider);

    Provider provider() const { return m_provider; }
    bool isEmpty() const { return m_symptoms.isEmpty(); }
    const QList<TreeSymptom> &symptoms() const { return m_symptoms; }
    const QList<TreeCause> &causes() const { return m_causes; }
    const TreeCause *cause(const QString &id) const;

private:
    // The tree when it is valid (the rules fromJson names), else an empty one and *error set: the
    // same checks for a tree read from JSON and for the compiled-in data (TreeData.h).
    static DecisionTree checked(DecisionTree tree, QString *error);

    Provider m_provider = Provider::Unknown;
    QList<TreeSymptom> m_symptoms;
    QList<TreeCause> m_causes;
    QHash<QString, qsizetype> m_causeIndex;
};
