#include "diagnosis/DecisionTree.h"

#include "diagnosis/SignalExtractor.h"

#include <QCoreApplication>
#include <QFile>
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

DecisionTree DecisionTree::builtIn(Provider provider, QString *error)
{
    QFile file(QStringLiteral(":/trees/%1.json").arg(Providers::id(provider)));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("The tree for %1 is not in the resources.").arg(Providers::id(provider));
        return {};
    }
    QString localError;
    DecisionTree tree = fromJson(file.readAll(), &localError);
    if (error)
        *error = localError;
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
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return DecisionTree();
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("Tree JSON does not parse: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    DecisionTree tree;
    tree.m_provider = Providers::fromId(root.value(QStringLiteral("provider")).toString());
    if (tree.m_provider == Provider::Unknown)
        return fail(QStringLiteral("Tree has no known provider."));

    const QStringList signalIds = SignalExtractor::knownIds();
    for (const QJsonValue &value : root.value(QStringLiteral("causes")).toArray()) {
        const QJsonObject o = value.toObject();
        TreeCause cause;
        cause.id = o.value(QStringLiteral("id")).toString();
        if (cause.id.isEmpty() || tree.m_causeIndex.contains(cause.id))
            return fail(QStringLiteral("Cause id missing or repeated: '%1'").arg(cause.id));
        if (!Categories::fromId(o.value(QStringLiteral("category")).toString(), &cause.category))
            return fail(QStringLiteral("Cause %1 has an unknown category '%2'").arg(cause.id, o.value(QStringLiteral("category")).toString()));
        cause.title = o.value(QStringLiteral("title")).toString();
        cause.why = o.value(QStringLiteral("why")).toString();
        cause.steps = stringList(o.value(QStringLiteral("steps")));
        cause.source = o.value(QStringLiteral("source")).toString();
        cause.prior = o.value(QStringLiteral("prior")).toDouble(1.0);
        if (cause.title.isEmpty() || cause.steps.isEmpty() || cause.source.isEmpty())
            return fail(QStringLiteral("Cause %1 needs a title, steps and a source").arg(cause.id));
        const QJsonObject weights = o.value(QStringLiteral("signals")).toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            if (!signalIds.contains(it.key()))
                return fail(QStringLiteral("Cause %1 uses an unknown signal '%2'").arg(cause.id, it.key()));
            cause.signalWeights.insert(it.key(), it.value().toDouble());
        }
        tree.m_causeIndex.insert(cause.id, tree.m_causes.size());
        tree.m_causes.append(cause);
    }

    QSet<QString> symptomIds;
    for (const QJsonValue &value : root.value(QStringLiteral("symptoms")).toArray()) {
        const QJsonObject o = value.toObject();
        TreeSymptom symptom;
        symptom.id = o.value(QStringLiteral("id")).toString();
        if (symptom.id.isEmpty() || symptomIds.contains(symptom.id))
            return fail(QStringLiteral("Symptom id missing or repeated: '%1'").arg(symptom.id));
        symptomIds.insert(symptom.id);
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
        const bool hasMatch = !symptom.match.codes.isEmpty() || !symptom.match.messages.isEmpty()
            || !symptom.match.tokens.isEmpty() || !symptom.match.ec.isEmpty();
        if (!symptom.fallback && !hasMatch)
            return fail(QStringLiteral("Symptom %1 has nothing to match").arg(symptom.id));
        if (symptom.title.isEmpty() || symptom.source.isEmpty())
            return fail(QStringLiteral("Symptom %1 needs a title and a source").arg(symptom.id));
        for (const QJsonValue &nodeValue : o.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject n = nodeValue.toObject();
            TreeNode node;
            node.question = n.value(QStringLiteral("question")).toString();
            node.check = n.value(QStringLiteral("check")).toString();
            node.cause = n.value(QStringLiteral("cause")).toString();
            node.weight = n.value(QStringLiteral("weight")).toDouble();
            const QString fault = n.value(QStringLiteral("fault")).toString(QStringLiteral("yes"));
            if (fault != QLatin1String("yes") && fault != QLatin1String("no"))
                return fail(QStringLiteral("Symptom %1 has a node whose fault is neither yes nor no").arg(symptom.id));
            node.faultIsNo = fault == QLatin1String("no");
            if (!tree.m_causeIndex.contains(node.cause))
                return fail(QStringLiteral("Symptom %1 names a missing cause '%2'").arg(symptom.id, node.cause));
            if (!checkIds().contains(node.check))
                return fail(QStringLiteral("Symptom %1 names an unknown check '%2'").arg(symptom.id, node.check));
            if (node.question.isEmpty())
                return fail(QStringLiteral("Symptom %1 has a node without a question").arg(symptom.id));
            symptom.nodes.append(node);
        }
        if (symptom.nodes.isEmpty())
            return fail(QStringLiteral("Symptom %1 has no nodes").arg(symptom.id));
        tree.m_symptoms.append(symptom);
    }
    if (tree.m_symptoms.isEmpty())
        return fail(QStringLiteral("Tree has no symptoms."));
    if (error)
        error->clear();
    return tree;
}

const TreeCause *DecisionTree::cause(const QString &id) const
{
    const auto it = m_causeIndex.constFind(id);
    return it == m_causeIndex.constEnd() ? nullptr : &m_causes.at(*it);
}
