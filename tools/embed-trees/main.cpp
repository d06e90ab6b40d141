// bucketdoctor-embed-trees OUTPUT_CPP TREE_JSON...: writes the decision trees as C++ data
// (core/diagnosis/TreeData.h), so a run makes its tree without parsing JSON (issue 15: parsing the
// OSS tree was a quarter of the instructions of one CLI `diagnose`). Run by the build, never by hand.
// Values are read with the Qt JSON reader DecisionTree::fromJson uses, with its defaults, and
// numbers written with 17 significant digits, which give back the same double. What fromJson would
// refuse is checked by DecisionTree on the data as well; only a node's "fault" is settled here,
// since the data keeps it as a flag.
#include "embed-common/EmbeddedText.h"
#include "embed-common/JsonFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace {
// The arrays of TreeData being written, each as C++ initialiser lines.
class Writer
{
public:
    QString text(const QString &s)
    {
        return QStringLiteral("{%1, %2}").arg(m_text.add(s)).arg(s.size());
    }
    QString texts(const QJsonValue &list)
    {
        const int first = m_textCount;
        for (const QJsonValue &item : list.toArray()) {
            m_texts += QStringLiteral("    ") + text(item.toString()) + QStringLiteral(",\n");
            ++m_textCount;
        }
        return run(first, m_textCount);
    }
    QString status(const QJsonValue &list)
    {
        const int first = m_statusCount;
        for (const QJsonValue &item : list.toArray()) {
            m_status += QStringLiteral("    %1,\n").arg(item.toInt());
            ++m_statusCount;
        }
        return run(first, m_statusCount);
    }
    QString signalWeights(const QJsonObject &weights)
    {
        const int first = m_signalCount;
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            m_signals += QStringLiteral("    {%1, %2},\n").arg(text(it.key()), EmbeddedText::number(it.value().toDouble()));
            ++m_signalCount;
        }
        return run(first, m_signalCount);
    }
    void cause(const QJsonObject &o)
    {
        m_causes += QStringLiteral("    {%1, %2, %3, %4, %5, %6, %7, %8},\n")
                        .arg(text(o.value(QStringLiteral("id")).toString()), text(o.value(QStringLiteral("category")).toString()),
                             text(o.value(QStringLiteral("title")).toString()), text(o.value(QStringLiteral("why")).toString()),
                             texts(o.value(QStringLiteral("steps"))), text(o.value(QStringLiteral("source")).toString()),
                             EmbeddedText::number(o.value(QStringLiteral("prior")).toDouble(1.0)),
                             signalWeights(o.value(QStringLiteral("signals")).toObject()));
        ++m_causeCount;
    }
    bool node(const QJsonObject &n, QString *error)
    {
        const QString fault = n.value(QStringLiteral("fault")).toString(QStringLiteral("yes"));
        if (fault != QLatin1String("yes") && fault != QLatin1String("no")) {
            *error = QStringLiteral("a node whose fault is neither yes nor no: %1").arg(fault);
            return false;
        }
        m_nodes += QStringLiteral("    {%1, %2, %3, %4, %5},\n")
                       .arg(text(n.value(QStringLiteral("question")).toString()), text(n.value(QStringLiteral("check")).toString()),
                            text(n.value(QStringLiteral("cause")).toString()), EmbeddedText::number(n.value(QStringLiteral("weight")).toDouble()),
                            fault == QLatin1String("no") ? QStringLiteral("true") : QStringLiteral("false"));
        ++m_nodeCount;
        return true;
    }
    bool symptom(const QJsonObject &o, QString *error)
    {
        const int firstNode = m_nodeCount;
        for (const QJsonValue &n : o.value(QStringLiteral("nodes")).toArray()) {
            if (!node(n.toObject(), error))
                return false;
        }
        const QJsonObject match = o.value(QStringLiteral("match")).toObject();
        m_symptoms += QStringLiteral("    {%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11},\n")
                          .arg(text(o.value(QStringLiteral("id")).toString()), text(o.value(QStringLiteral("title")).toString()),
                               text(o.value(QStringLiteral("source")).toString()),
                               o.value(QStringLiteral("fallback")).toBool(false) ? QStringLiteral("true") : QStringLiteral("false"),
                               text(o.value(QStringLiteral("contactSupport")).toString()), texts(match.value(QStringLiteral("codes"))),
                               texts(match.value(QStringLiteral("messages"))), texts(match.value(QStringLiteral("tokens"))),
                               texts(match.value(QStringLiteral("ec"))))
                          .arg(status(match.value(QStringLiteral("status"))), run(firstNode, m_nodeCount));
        ++m_symptomCount;
        return true;
    }
    bool tree(const QJsonObject &root, QString *error)
    {
        const int firstCause = m_causeCount;
        for (const QJsonValue &c : root.value(QStringLiteral("causes")).toArray())
            cause(c.toObject());
        const QString causes = run(firstCause, m_causeCount);
        const int firstSymptom = m_symptomCount;
        for (const QJsonValue &s : root.value(QStringLiteral("symptoms")).toArray()) {
            if (!symptom(s.toObject(), error))
                return false;
        }
        m_trees += QStringLiteral("    {%1, %2, %3},\n").arg(text(root.value(QStringLiteral("provider")).toString()), causes, run(firstSymptom, m_symptomCount));
        ++m_treeCount;
        return true;
    }

    void write(QTextStream &s) const
    {
        // Each array ends with an unused element, so none is empty (C++ has no arrays of size 0).
        s << "// Generated by bucketdoctor-embed-trees from resources/trees/*.json; do not edit.\n"
          << "#include \"diagnosis/TreeData.h\"\n\n"
          << "namespace TreeData {\n"
          << "const char16_t kText[] = {\n" << m_text.initialiser() << "0};\n"
          << "const Text kTexts[] = {\n" << m_texts << "    {0, 0}};\n"
          << "const int kStatus[] = {\n" << m_status << "    0};\n"
          << "const SignalWeight kSignalWeights[] = {\n" << m_signals << "    {{0, 0}, 0}};\n"
          << "const Cause kCauses[] = {\n" << m_causes << "    {}};\n"
          << "const Node kNodes[] = {\n" << m_nodes << "    {}};\n"
          << "const Symptom kSymptoms[] = {\n" << m_symptoms << "    {}};\n"
          << "const Tree kTrees[] = {\n" << m_trees << "    {}};\n"
          << "const int kTreeCount = " << m_treeCount << ";\n"
          << "}\n";
    }

private:
    static QString run(int first, int end) { return QStringLiteral("{%1, %2}").arg(first).arg(end - first); }

    EmbeddedText m_text;
    QString m_texts, m_status, m_signals, m_causes, m_nodes, m_symptoms, m_trees;
    int m_textCount = 0, m_statusCount = 0, m_signalCount = 0, m_causeCount = 0, m_nodeCount = 0, m_symptomCount = 0, m_treeCount = 0;
};
}

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTPUT_CPP TREE_JSON...\n", argv[0]);
        return 2;
    }
    Writer writer;
    for (int i = 2; i < argc; ++i) {
        QJsonObject tree;
        if (!JsonFile::readObject(argv[i], &tree))
            return 1;
        QString error;
        if (!writer.tree(tree, &error)) {
            std::fprintf(stderr, "%s: %s\n", argv[i], qPrintable(error));
            return 1;
        }
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    QTextStream s(&out);
    writer.write(s);
    s.flush();
    return out.commit() ? 0 : 1;
}
