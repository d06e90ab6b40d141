#include "diagnosis/DecisionTree.h"

#include "diagnosis/SignalExtractor.h"
#include "diagnosis/TreeData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

const QStringList &checkIds()
{
    static const QStringList ids{QString(),              QStringLiteral("endpoint"), QStringLiteral("time"),
                                 QStringLiteral("key"),  QStringLiteral("anonymous"), QStringLiteral("acl"),
                                 QStringLiteral("policy"), QStringLiteral("cors"),   QStringLiteral("referer"),
                                 QStringLiteral("object"), QStringLiteral("encryption")};
    return ids;
}
}

QString DecisionTree::translationContext(Provider provider)
{
    switch (provider) {
    case Provider::Cos:
        return QStringLiteral("CosTree");
    case Provider::Oss:
        return QStringLiteral("OssTree");
    case Provider::S3:
        return QStringLiteral("S3Tree");
    case Provider::Unknown:
        break;
    }
    return QStringLiteral("Tree");
}

namespace {
// What every loader gives back on an error: an empty tree, and the sentence in *error.
DecisionTree failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return DecisionTree();
}

QString dataText(TreeData::Text t)
{
    // Shares the compiled-in text, which lives as long as the process: nothing is copied.
    return t.length == 0 ? QString() : QString::fromRawData(reinterpret_cast<const QChar *>(TreeData::kText + t.at), t.length);
}

QStringList dataTexts(TreeData::Run run)
{
    QStringList list;
    list.reserve(run.count);
    for (int i = run.first; i < run.first + run.count; ++i)
        list << dataText(TreeData::kTexts[i]);
    return list;
}
}

DecisionTree DecisionTree::builtIn(Provider provider, QString *error)
{
    const TreeData::Tree *data = nullptr;
    for (int i = 0; i < TreeData::kTreeCount && !data; ++i) {
        if (Providers::fromId(dataText(TreeData::kTrees[i].provider)) == provider)
            data = &TreeData::kTrees[i];
    }
    if (!data || provider == Provider::Unknown)
        return failed(error, QStringLiteral("The tree for %1 is not built in.").arg(Providers::id(provider)));
    DecisionTree tree;
    tree.m_provider = provider;
    tree.m_causes.reserve(data->causes.count);
    for (int i = data->causes.first; i < data->causes.first + data->causes.count; ++i) {
        const TreeData::Cause &c = TreeData::kCauses[i];
        TreeCause cause;
        cause.id = dataText(c.id);
        if (!Categories::fromId(dataText(c.category), &cause.category))
            return failed(error, QStringLiteral("Cause %1 has an unknown category '%2'").arg(cause.id, dataText(c.category)));
        cause.title = dataText(c.title);
        cause.why = dataText(c.why);
        cause.steps = dataTexts(c.steps);
        cause.source = dataText(c.source);
        cause.prior = c.prior;
        for (int w = c.signalWeights.first; w < c.signalWeights.first + c.signalWeights.count; ++w)
            cause.signalWeights.insert(dataText(TreeData::kSignalWeights[w].signal), TreeData::kSignalWeights[w].weight);
        tree.m_causes.append(cause);
    }
    tree.m_symptoms.reserve(data->symptoms.count);
    for (int i = data->symptoms.first; i < data->symptoms.first + data->symptoms.count; ++i) {
        const TreeData::Symptom &s = TreeData::kSymptoms[i];
        TreeSymptom symptom;
        symptom.id = dataText(s.id);
        symptom.title = dataText(s.title);
        symptom.source = dataText(s.source);
        symptom.fallback = s.fallback;
        symptom.contactSupport = dataText(s.contactSupport);
        symptom.match.codes = dataTexts(s.codes);
        symptom.match.messages = dataTexts(s.messages);
        symptom.match.tokens = dataTexts(s.tokens);
        symptom.match.ec = dataTexts(s.ec);
        for (int k = s.status.first; k < s.status.first + s.status.count; ++k)
            symptom.match.status << TreeData::kStatus[k];
        symptom.nodes.reserve(s.nodes.count);
        for (int k = s.nodes.first; k < s.nodes.first + s.nodes.count; ++k) {
            const TreeData::Node &n = TreeData::kNodes[k];
            symptom.nodes.append(TreeNode{dataText(n.question), dataText(n.check), dataText(n.cause), n.weight, n.faultIsNo});
        }
        tree.m_symptoms.append(symptom);
    }
    // The data is the JSON that fromJson checks, field for field (the build writes it from the files,
    // and TestDecisionTree::builtInIsTheJsonFile holds the two equal), so a start only indexes the
    // causes: checking the tree again cost 0.14 M instructions of a CLI diagnose (callgrind).
    tree.m_causeIndex.reserve(tree.m_causes.size());
    for (qsizetype i = 0; i < tree.m_causes.size(); ++i)
        tree.m_causeIndex.insert(tree.m_causes.at(i).id, i);
    if (error)
        error->clear();
    return tree;
}

namespace {
struct LoadedTree {
    DecisionTree tree;
    QString error;
};

LoadedTree loadBuiltIn(Provider provider)
{
    LoadedTree loaded;
    loaded.tree = DecisionTree::builtIn(provider, &loaded.error);
    return loaded;
}
}

const DecisionTree &DecisionTree::shared(Provider provider, QString *error)
{
    // One function-local static per provider: each is read on its own first use, and C++ makes
    // that first use safe when threads race to it.
    const LoadedTree *loaded = nullptr;
    switch (provider) {
    case Provider::Cos: {
        static const LoadedTree cos = loadBuiltIn(Provider::Cos);
        loaded = &cos;
        break;
    }
    case Provider::Oss: {
        static const LoadedTree oss = loadBuiltIn(Provider::Oss);
        loaded = &oss;
        break;
    }
    case Provider::S3:
    case Provider::Unknown: {
        static const LoadedTree s3 = loadBuiltIn(Provider::S3);
        loaded = &s3;
        break;
    }
    }
    if (error)
        *error = loaded->error;
    return loaded->tree;
}

DecisionTree DecisionTree::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(error, QStringLiteral("Tree JSON does not parse: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    DecisionTree tree;
    tree.m_provider = Providers::fromId(root.value(QStringLiteral("provider")).toString());
    if (tree.m_provider == Provider::Unknown)
        return failed(error, QStringLiteral("Tree has no known provider."));

    for (const QJsonValue &value : root.value(QStringLiteral("causes")).toArray()) {
        const QJsonObject o = value.toObject();
        TreeCause cause;
        cause.id = o.value(QStringLiteral("id")).toString();
        if (!Categories::fromId(o.value(QStringLiteral("category")).toString(), &cause.category))
            return failed(error, QStringLiteral("Cause %1 has an unknown category '%2'").arg(cause.id, o.value(QStringLiteral("category")).toString()));
        cause.title = o.value(QStringLiteral("title")).toString();
        cause.why = o.value(QStringLiteral("why")).toString();
        cause.steps = stringList(o.value(QStringLiteral("steps")));
        cause.source = o.value(QStringLiteral("source")).toString();
        cause.prior = o.value(QStringLiteral("prior")).toDouble(1.0);
        const QJsonObject weights = o.value(QStringLiteral("signals")).toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it)
            cause.signalWeights.insert(it.key(), it.value().toDouble());
        tree.m_causes.append(cause);
    }

    for (const QJsonValue &value : root.value(QStringLiteral("symptoms")).toArray()) {
        const QJsonObject o = value.toObject();
        TreeSymptom symptom;
        symptom.id = o.value(QStringLiteral("id")).toString();
        symptom.title = o.value(QStringLiteral("title")).toString();
        symptom.source = o.value(QStringLiteral("source")).toString();
        symptom.fallback = o.value(QStringLiteral("fallback")).toBool(false);
        symptom.contactSupport = o.value(QStringLiteral("contactSupport")).toString();
        const QJsonObject match = o.value(QStringLiteral("match")).toObject();
        symptom.match.codes = stringList(match.value(QStringLiteral("codes")));
        symptom.match.messages = stringList(match.value(QStringLiteral("messages")));
        symptom.match.tokens = stringList(match.value(QStringLiteral("tokens")));
        symptom.match.ec = stringList(match.value(QStringLiteral("ec")));
        for (const QJsonValue &status : match.value(QStringLiteral("status")).toArray())
            symptom.match.status << status.toInt();
        for (const QJsonValue &nodeValue : o.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = nodeValue.toObject();
            TreeNode node;
            node.question = n.value(QStringLiteral("question")).toString();
            node.check = n.value(QStringLiteral("check")).toString();
            node.cause = n.value(QStringLiteral("cause")).toString();
            node.weight = n.value(QStringLiteral("weight")).toDouble();
            const QString fault = n.value(QStringLiteral("fault")).toString(QStringLiteral("yes"));
            if (fault != QLatin1String("yes") && fault != QLatin1String("no"))
                return failed(error, QStringLiteral("Symptom %1 has a node whose fault is neither yes nor no").arg(symptom.id));
            node.faultIsNo = fault == QLatin1String("no");
            symptom.nodes.append(node);
        }
        tree.m_symptoms.append(symptom);
    }
    return checked(std::move(tree), error);
}

DecisionTree DecisionTree::checked(DecisionTree tree, QString *error)
{
    const QStringList signalIds = SignalExtractor::knownIds();
    tree.m_causeIndex.clear();
    tree.m_causeIndex.reserve(tree.m_causes.size());
    for (qsizetype i = 0; i < tree.m_causes.size(); ++i) {
        const TreeCause &cause = tree.m_causes.at(i);
        if (cause.id.isEmpty() || tree.m_causeIndex.contains(cause.id))
            return failed(error, QStringLiteral("Cause id missing or repeated: '%1'").arg(cause.id));
        if (cause.title.isEmpty() || cause.steps.isEmpty() || cause.source.isEmpty())
            return failed(error, QStringLiteral("Cause %1 needs a title, steps and a source").arg(cause.id));
        // In sorted order, as the JSON object gives them, so the same signal is named each time.
        QStringList signalNames = cause.signalWeights.keys();
        signalNames.sort();
        for (const QString &name : std::as_const(signalNames)) {
            if (!signalIds.contains(name))
                return failed(error, QStringLiteral("Cause %1 uses an unknown signal '%2'").arg(cause.id, name));
        }
        tree.m_causeIndex.insert(cause.id, i);
    }

    QSet<QString> symptomIds;
    for (const TreeSymptom &symptom : std::as_const(tree.m_symptoms)) {
        if (symptom.id.isEmpty() || symptomIds.contains(symptom.id))
            return failed(error, QStringLiteral("Symptom id missing or repeated: '%1'").arg(symptom.id));
        symptomIds.insert(symptom.id);
        const bool hasMatch = !symptom.match.codes.isEmpty() || !symptom.match.messages.isEmpty()
            || !symptom.match.tokens.isEmpty() || !symptom.match.ec.isEmpty();
        if (!symptom.fallback && !hasMatch)
            return failed(error, QStringLiteral("Symptom %1 has nothing to match").arg(symptom.id));
        if (symptom.title.isEmpty() || symptom.source.isEmpty())
            return failed(error, QStringLiteral("Symptom %1 needs a title and a source").arg(symptom.id));
        for (const TreeNode &node : symptom.nodes) {
            if (!tree.m_causeIndex.contains(node.cause))
                return failed(error, QStringLiteral("Symptom %1 names a missing cause '%2'").arg(symptom.id, node.cause));
            if (!checkIds().contains(node.check))
                return failed(error, QStringLiteral("Symptom %1 names an unknown check '%2'").arg(symptom.id, node.check));
            if (node.question.isEmpty())
                return failed(error, QStringLiteral("Symptom %1 has a node without a question").arg(symptom.id));
        }
        if (symptom.nodes.isEmpty())
            return failed(error, QStringLiteral("Symptom %1 has no nodes").arg(symptom.id));
    }
    if (tree.m_symptoms.isEmpty())
        return failed(error, QStringLiteral("Tree has no symptoms."));
    if (error)
        error->clear();
    return tree;
}

const TreeCause *DecisionTree::cause(const QString &id) const
{
    const auto it = m_causeIndex.constFind(id);
    return it == m_causeIndex.constEnd() ? nullptr : &m_causes.at(*it);
}
