// bucketdoctor-embed-calibration WEIGHTS_JSON VOCABULARY_JSON OUTPUT_CPP: writes the calibrated
// weights and the context vocabulary as C++ data (core/diagnosis/CalibrationData.h), so a run reads
// them without parsing JSON (issue 15: the weights' parse was a quarter of the instructions of one
// `diagnose`, the vocabulary's a fifteenth once the trees were data too). Run by the build, never by hand.
// Values are read with the same Qt JSON reader the model's fromJson uses and written with 17
// significant digits, which give back the same double; names are written as UTF-16 code units,
// each name once; the features sorted by name, and each weight refers to its feature's place.
#include "embed-common/EmbeddedText.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s WEIGHTS_JSON VOCABULARY_JSON OUTPUT_CPP\n", argv[0]);
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject()) {
        std::fprintf(stderr, "%s is not a JSON object: %s\n", argv[1], qPrintable(error.errorString()));
        return 1;
    }
    QJsonObject root = doc.object();
    const QJsonObject categories = root.take(QStringLiteral("categories")).toObject();

    EmbeddedText text;
    // Each feature name once, in sorted order (QString's, by UTF-16 code unit): a feature's index is
    // its place in kFeatureNames, so builtIn() finds a feature by binary search over the compiled-in
    // names without hashing them at start (CalibrationModel::row).
    QStringList featureNames;
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QJsonObject w = it.value().toObject().value(QStringLiteral("weights")).toObject();
        for (auto wi = w.begin(); wi != w.end(); ++wi)
            featureNames << wi.key();
    }
    featureNames.sort();
    featureNames.removeDuplicates();
    QHash<QString, int> featureIndex;
    QString features;
    for (const QString &name : std::as_const(featureNames)) {
        featureIndex.insert(name, static_cast<int>(featureIndex.size()));
        features += QStringLiteral("    {%1, %2},\n").arg(text.add(name)).arg(name.size());
    }
    QString biases;
    QString weights;
    int biasCount = 0;
    int weightCount = 0;
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const qsizetype id = text.add(it.key());
        biases += QStringLiteral("    {%1, %2, %3},\n").arg(id).arg(it.key().size()).arg(EmbeddedText::number(c.value(QStringLiteral("bias")).toDouble()));
        ++biasCount;
        const QJsonObject w = c.value(QStringLiteral("weights")).toObject();
        for (auto wi = w.begin(); wi != w.end(); ++wi) {
            weights += QStringLiteral("    {%1, %2, %3},\n")
                           .arg(biasCount - 1)
                           .arg(featureIndex.value(wi.key()))
                           .arg(EmbeddedText::number(wi.value().toDouble()));
            ++weightCount;
        }
    }
    // The vocabulary as Vocabulary::fromJson reads it: concepts in the object's (sorted) order, each
    // word lower-cased and trimmed, empty words left out; a concept left without words is an error.
    QFile vocabularyFile(QString::fromLocal8Bit(argv[2]));
    if (!vocabularyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    const QJsonDocument vocabulary = QJsonDocument::fromJson(vocabularyFile.readAll(), &error);
    if (!vocabulary.isObject()) {
        std::fprintf(stderr, "%s is not a JSON object: %s\n", argv[2], qPrintable(error.errorString()));
        return 1;
    }
    QString terms;
    QString words;
    int termCount = 0;
    int wordCount = 0;
    const QJsonObject termObject = vocabulary.object().value(QStringLiteral("terms")).toObject();
    for (auto it = termObject.begin(); it != termObject.end(); ++it) {
        const int firstWord = wordCount;
        for (const QJsonValue &w : it.value().toArray()) {
            const QString word = w.toString().toLower().trimmed();
            if (word.isEmpty())
                continue;
            words += QStringLiteral("    {%1, %2},\n").arg(text.add(word)).arg(word.size());
            ++wordCount;
        }
        if (wordCount == firstWord) {
            std::fprintf(stderr, "%s: the concept %s has no words\n", argv[2], qPrintable(it.key()));
            return 1;
        }
        terms += QStringLiteral("    {%1, %2, %3, %4},\n").arg(text.add(it.key())).arg(it.key().size()).arg(firstWord).arg(wordCount - firstWord);
        ++termCount;
    }
    if (termCount == 0) {
        std::fprintf(stderr, "%s has no terms\n", argv[2]);
        return 1;
    }

    QSaveFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[3]);
        return 1;
    }
    QTextStream s(&out);
    s << "// Generated by bucketdoctor-embed-calibration from resources/calibration/weights.json; do not edit.\n"
      << "#include \"diagnosis/CalibrationData.h\"\n\n"
      << "namespace CalibrationData {\n"
      << "const char kHead[] = R\"bdjson(" << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << ")bdjson\";\n"
      << "const char16_t kText[] = {\n" << text.initialiser() << "0};\n"
      << "const Bias kBiases[] = {\n" << biases << "};\n"
      << "const int kBiasCount = " << biasCount << ";\n"
      << "const Weight kWeights[] = {\n" << weights << "};\n"
      << "const int kWeightCount = " << weightCount << ";\n"
      << "const FeatureName kFeatureNames[] = {\n" << features << "};\n"
      << "const int kFeatureCount = " << featureNames.size() << ";\n"
      << "const Term kTerms[] = {\n" << terms << "};\n"
      << "const int kTermCount = " << termCount << ";\n"
      << "const Word kWords[] = {\n" << words << "};\n"
      << "}\n";
    s.flush();
    return out.commit() ? 0 : 1;
}
