// CalibrationModel: weights read once per feature give the same logits and probabilities as the
// lookups one by one, and the weights file is written sorted whatever order the model holds them in.
#include "diagnosis/Calibration.h"
#include "diagnosis/CalibrationCorpus.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <cstring>

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightRowsAsLookups();
    void probabilitiesFromRowsAsBefore();
    void everyModelIndexedForRows();
    void probabilitiesAsTheirFormula();
    void writtenSorted();
    void foldsFixedAndSalted();
    void builtInIsTheWeightsFile();
};

namespace {
CalibrationModel testModel()
{
    QString error;
    const CalibrationModel model = CalibrationModel::fromJson(R"({
        "settings": {"treeLogit": 0.5, "keepAbove": 0.1},
        "categories": {
            "clock_skew": {"bias": -0.3, "weights": {"term:expired": 1.25, "signal:clock_skew": 2.5, "word:zeta": 0.7, "word:alpha": -0.4}},
            "kms": {"bias": 0.1, "weights": {"signal:kms": 3.0, "word:alpha": 0.2}},
            "cors": {"bias": 0.0, "weights": {}}
        }})", &error);
    Q_ASSERT(error.isEmpty());
    return model;
}

QList<Feature> testFeatures()
{
    return {{QStringLiteral("signal:clock_skew"), 1, {}}, {QStringLiteral("tree:clock_skew"), 0.8, {}},
            {QStringLiteral("tree:kms"), 0.2, {}},      {QStringLiteral("word:alpha"), 1, {}},
            {QStringLiteral("word:unknown"), 1, {}},    {QStringLiteral("term:expired"), 1, {}}};
}

Category category(const char *id)
{
    Category c = Category::Other;
    Categories::fromId(QLatin1String(id), &c);
    return c;
}
}

void TestCalibration::weightRowsAsLookups()
{
    const CalibrationModel model = testModel();
    const QList<Feature> features = testFeatures();
    const QList<Category> categories{category("clock_skew"), category("kms"), category("cors"), category("referer")};
    const CalibrationModel::WeightRows rows = model.weights(categories, features);
    QCOMPARE(rows.size(), categories.size());
    for (const Category c : categories) {
        QCOMPARE(rows.value(c).size(), features.size());
        for (qsizetype i = 0; i < features.size(); ++i)
            QCOMPARE(rows.value(c).at(i), model.weight(c, features.at(i).id));
    }
    QCOMPARE(rows.value(category("clock_skew")).at(0), 2.5);
    QCOMPARE(rows.value(category("kms")).at(3), 0.2);
    QCOMPARE(rows.value(category("referer")), QList<double>(features.size(), 0.0)); // a category without weights
}

void TestCalibration::probabilitiesFromRowsAsBefore()
{
    const CalibrationModel model = testModel();
    const QList<Feature> features = testFeatures();
    const QList<Category> allowed{category("clock_skew"), category("kms"), category("cors")};
    const QMap<Category, double> offsets{{category("kms"), 0.6}};
    const QMap<Category, double> direct = model.probabilities(features, allowed, offsets);
    // Rows for only some of the categories: the others are looked up as before.
    const QMap<Category, double> fromRows =
        model.probabilities(features, allowed, offsets, model.weights({category("clock_skew"), category("kms")}, features));
    QCOMPARE(fromRows.keys(), direct.keys());
    double sum = 0;
    for (auto it = direct.begin(); it != direct.end(); ++it) {
        QCOMPARE(fromRows.value(it.key()), it.value()); // the same sums in the same order: equal, not near
        sum += it.value();
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QVERIFY(direct.value(category("clock_skew")) > direct.value(category("kms")));
}

// weights() reads an index of the weights by feature that each way of making a model builds:
// its rows must be the per-category lookups for a read, a fitted and the built-in model alike.
void TestCalibration::everyModelIndexedForRows()
{
    const Category clock = category("clock_skew");
    const Category kms = category("kms");
    QList<TrainingExample> examples;
    for (int i = 0; i < 6; ++i) {
        examples.append({QStringLiteral("a%1").arg(i), {{QStringLiteral("word:alpha"), 1, {}}}, {clock, kms}, clock, 1});
        examples.append({QStringLiteral("b%1").arg(i), {{QStringLiteral("word:beta"), 1, {}}}, {clock, kms}, kms, 1});
    }
    FitSettings settings;
    settings.iterations = 50;
    settings.minCount = 2;
    const CalibrationModel fitted = CalibrationFit::fit(examples, settings);
    QVERIFY(fitted.weight(clock, QStringLiteral("word:alpha")) > 0);
    QVERIFY(fitted.weight(kms, QStringLiteral("word:beta")) > 0);

    const CalibrationModel &builtIn = CalibrationModel::builtIn();
    QList<Feature> features = testFeatures();
    features << Feature{QStringLiteral("word:beta"), 1, {}};
    // A few features the built-in model weighs, whichever they are.
    const QMap<Category, QHash<QString, double>> builtInWeights = builtIn.weightsByCategory();
    for (auto it = builtInWeights.cbegin(); it != builtInWeights.cend(); ++it) {
        if (!it.value().isEmpty())
            features << Feature{it.value().cbegin().key(), 0.5, {}};
    }
    int weighed = 0;
    for (const CalibrationModel *model : {&fitted, &builtIn}) {
        const QList<Category> categories = model->m_bias.keys();
        const CalibrationModel::WeightRows rows = model->weights(categories, features);
        for (const Category c : categories) {
            for (qsizetype i = 0; i < features.size(); ++i) {
                QCOMPARE(rows.value(c).at(i), model->weight(c, features.at(i).id));
                weighed += rows.value(c).at(i) != 0 ? 1 : 0;
            }
        }
    }
    QVERIFY(weighed >= 4);
}

// A category's probability is the softmax of bias + the weighted features + its offset + the
// tree's offset (treeOffset, read once per call from the `tree:` features): recomputed here.
void TestCalibration::probabilitiesAsTheirFormula()
{
    const CalibrationModel model = testModel();
    const QList<Feature> features = testFeatures();
    const QList<Category> allowed{category("clock_skew"), category("kms"), category("cors")};
    const QMap<Category, double> offsets{{category("cors"), 0.3}};
    QMap<Category, double> expected;
    double top = -1e300;
    for (const Category c : allowed) {
        double z = model.bias(c);
        for (const Feature &f : features)
            z += model.weight(c, f.id) * f.value;
        z = z + offsets.value(c, 0.0) + CalibrationModel::treeOffset(c, features, model.settings.treeLogit);
        expected.insert(c, z);
        top = std::max(top, z);
    }
    double sum = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        sum += (it.value() = std::exp(it.value() - top));
    for (auto it = expected.begin(); it != expected.end(); ++it)
        it.value() /= sum;
    const QMap<Category, double> p = model.probabilities(features, allowed, offsets);
    QCOMPARE(p.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(p.value(it.key()), it.value());
    // The tree's offsets differ by category here (0.8, 0.2 and the floor), so they were applied.
    QVERIFY(CalibrationModel::treeOffset(category("clock_skew"), features, 0.5) > CalibrationModel::treeOffset(category("kms"), features, 0.5));
    QVERIFY(CalibrationModel::treeOffset(category("kms"), features, 0.5) > CalibrationModel::treeOffset(category("cors"), features, 0.5));
}

// The committed figures use salt 0, which is the split of before salts existed (FNV-1a of the id,
// values worked out by hand); another salt is another fixed split that still fills every fold.
void TestCalibration::foldsFixedAndSalted()
{
    QCOMPARE(CalibrationCorpus::foldOf(QStringLiteral("cos-001"), 5), 2);
    QCOMPARE(CalibrationCorpus::foldOf(QStringLiteral("s3-266"), 5), 1);
    QCOMPARE(CalibrationCorpus::foldOf(QStringLiteral("oss-095"), 5, 0), 2);
    QCOMPARE(CalibrationCorpus::foldOf(QStringLiteral("cos-001"), 5, 1), 3);
    QCOMPARE(CalibrationCorpus::foldOf(QStringLiteral("oss-095"), 5, 7), 3);
    int moved = 0;
    QSet<int> folds;
    for (int i = 1; i <= 60; ++i) {
        const QString id = QStringLiteral("s3-%1").arg(i, 3, 10, QLatin1Char('0'));
        moved += CalibrationCorpus::foldOf(id, 5, 1) != CalibrationCorpus::foldOf(id, 5);
        folds.insert(CalibrationCorpus::foldOf(id, 5, 1));
    }
    QVERIFY(moved > 30);
    QCOMPARE(folds.size(), 5);
}

void TestCalibration::writtenSorted()
{
    const QByteArray json = testModel().toJson();
    const qsizetype alpha = json.indexOf("\"word:alpha\"");
    const qsizetype zeta = json.indexOf("\"word:zeta\"");
    const qsizetype signal = json.indexOf("\"signal:clock_skew\"");
    const qsizetype term = json.indexOf("\"term:expired\"");
    QVERIFY(signal >= 0 && term > signal && alpha > term && zeta > alpha);
    QString error;
    QCOMPARE(CalibrationModel::fromJson(json, &error).toJson(), json);
    QVERIFY(error.isEmpty());
}

// The built-in model is compiled from weights.json as data (tools/embed-calibration): it must be
// the model fromJson reads from the file, every bias, weight (to the bit), setting and note.
void TestCalibration::builtInIsTheWeightsFile()
{
    QFile file(QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/resources/calibration/weights.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const CalibrationModel fromFile = CalibrationModel::fromJson(file.readAll(), &error);
    QVERIFY(error.isEmpty());
    const CalibrationModel &builtIn = CalibrationModel::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!builtIn.isEmpty());
    QCOMPARE(builtIn.m_bias, fromFile.m_bias);
    const QMap<Category, QHash<QString, double>> builtInWeights = builtIn.weightsByCategory();
    const QMap<Category, QHash<QString, double>> fileWeights = fromFile.weightsByCategory();
    QCOMPARE(builtInWeights.keys(), fileWeights.keys());
    for (auto it = fileWeights.cbegin(); it != fileWeights.cend(); ++it) {
        const QHash<QString, double> &mine = builtInWeights.value(it.key());
        QCOMPARE(mine.size(), it.value().size());
        for (auto w = it.value().cbegin(); w != it.value().cend(); ++w) {
            QVERIFY2(mine.contains(w.key()), qPrintable(w.key()));
            const double a = mine.value(w.key());
            const double b = w.value();
            QVERIFY2(std::memcmp(&a, &b, sizeof(double)) == 0, qPrintable(w.key()));
        }
    }
    QCOMPARE(builtIn.settings.iterations, fromFile.settings.iterations);
    QCOMPARE(builtIn.settings.learningRate, fromFile.settings.learningRate);
    QCOMPARE(builtIn.settings.l2, fromFile.settings.l2);
    QCOMPARE(builtIn.settings.minCount, fromFile.settings.minCount);
    QCOMPARE(builtIn.settings.fixtureWeight, fromFile.settings.fixtureWeight);
    QCOMPARE(builtIn.settings.keepAbove, fromFile.settings.keepAbove);
    QCOMPARE(builtIn.settings.treeLogit, fromFile.settings.treeLogit);
    QCOMPARE(builtIn.about, fromFile.about);
    QCOMPARE(builtIn.toJson(), fromFile.toJson());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "TestCalibration.moc"
