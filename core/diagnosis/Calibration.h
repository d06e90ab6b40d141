#pragma once

#include "common/Category.h"
#include "diagnosis/CalibrationData.h"
#include "diagnosis/FeatureExtractor.h"

#include <QByteArray>
#include <QList>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVarLengthArray>

#include <array>

// The calibrated category model: per category a bias and a weight per feature id, fitted to the
// corpus of real reports (tests/fixtures/realworld) by CalibrationFit and kept as reviewable data
// in resources/calibration/weights.json. A category's logit is its bias plus the weights of the
// features present (times their value); the categories the provider's tree has share the
// probability by softmax.
//
// Usage:
//   const CalibrationModel &model = CalibrationModel::builtIn();
//   const QMap<Category, double> p = model.probabilities(features, treeCategories);
struct FitSettings {
    int iterations = 1500;
    double learningRate = 0.5;
    double l2 = 0.007;
    int minCount = 4;            // a feature seen in fewer training reports gets no weight
    double fixtureWeight = 2.0;  // weight of a guide fixture (tests/fixtures/diagnose) against a real report
    double keepAbove = 0.05;     // weights nearer zero than this are left out of the file (and so of the engine)
    // The tree's own view enters every logit as treeLogit * ln(its share of the category), a fixed
    // offset the fit corrects rather than relearns: evidence the guides name decisively (a policy's
    // IP condition, curl's own signer) keeps its weight where real reports of it are few.
    double treeLogit = 0.5;
};

struct TrainingExample {
    QString id;
    QList<Feature> features;
    QList<Category> allowed; // the categories of the provider's tree
    Category label = Category::Other;
    double weight = 1;
};

class CalibrationModel;
// Multinomial logistic regression with L2, by full-batch gradient descent for a fixed number of
// iterations from zero: no randomness, the same data gives the same weights.
namespace CalibrationFit {
CalibrationModel fit(const QList<TrainingExample> &examples, const FitSettings &settings);
}

class CalibrationModel
{
public:
    static CalibrationModel fromJson(const QByteArray &json, QString *error);
    // resources/calibration/weights.json as compiled in (as data, CalibrationData.h: the same model
    // fromJson makes of the file); empty (and *error set) when it fails to load.
    static const CalibrationModel &builtIn(QString *error = nullptr);

    // Deterministic JSON: categories and features sorted, weights rounded to 3 decimals.
    QByteArray toJson() const;

    bool isEmpty() const { return m_bias.isEmpty(); }
    double bias(Category category) const { return m_bias.value(category, 0); }
    double weight(Category category, const QString &featureId) const;
    // Softmax over `allowed` of the logits plus `offsets` (evidence from outside the paste).
    QMap<Category, double> probabilities(const QList<Feature> &features, const QList<Category> &allowed,
                                         const QMap<Category, double> &offsets = {}) const;
    // The same from each category's weights of the features, as weights() gives them: a caller
    // that needs the weights again (the evidence shown) looks each one up only once.
    using WeightRows = QHash<Category, QList<double>>;
    QList<double> weights(Category category, const QList<Feature> &features) const; // in the features' order
    WeightRows weights(const QList<Category> &categories, const QList<Feature> &features) const;
    QMap<Category, double> probabilities(const QList<Feature> &features, const QList<Category> &allowed,
                                         const QMap<Category, double> &offsets, const WeightRows &rows) const;
    // The tree's offset for a category: treeLogit * ln(share), the share read from the `tree:`
    // features and floored, so a category the tree gives nothing stays possible.
    static double treeOffset(Category category, const QList<Feature> &features, double treeLogit);

    QMap<Category, double> m_bias;
    FitSettings settings;
    QMap<QString, QString> about; // free text written into the file: what it was fitted on

    // Each category of m_bias with its weights by feature, those that are not zero (toJson, tests).
    QMap<Category, QHash<QString, double>> weightsByCategory() const;

private:
    friend CalibrationModel CalibrationFit::fit(const QList<TrainingExample> &examples, const FitSettings &settings);
    static constexpr int kCategoryCount = static_cast<int>(Category::Other) + 1;
    using Row = std::array<double, kCategoryCount>;

    // treeOffset of each of the categories, in their order, the features read once.
    QVarLengthArray<double, 32> treeOffsets(const QList<Category> &categories, const QList<Feature> &features) const;
    static double shareOffset(double share, double treeLogit);
    // Rows by feature (a weight per category, 0 where there is none) into the store below.
    void setRows(const QMap<QString, Row> &rows);

    // The weights by feature, the one store of them, in the layout of the compiled-in data
    // (CalibrationData.h): the feature names sorted as QString sorts, each with its run of
    // (category, weight). A diagnosis looks each feature of the paste up once, by search. The
    // built-in model reads the compiled-in arrays where they lie, so a start copies, zeroes and
    // hashes nothing: building a row of every category for each of ~1,100 features cost 0.29 M
    // instructions and 37 page faults of a 10.5 M-instruction CLI run (callgrind; perf stat).
    // fromJson and fit fill the owned lists instead; the accessors pick by m_compiledIn, so a
    // copied model never points into another's lists.
    int featureCount() const;
    QStringView featureName(int index) const;
    const CalibrationData::Weight *featureWeights(int index, int *count) const;
    int featureIndex(QStringView id) const; // -1 when the model does not weigh it
    int lowerBound(QStringView id, int low, int high) const; // the first name in [low, high) not less than id
    // The category of a Weight's `bias` index.
    Category weightCategory(const CalibrationData::Weight &w) const { return m_weightCategories.at(w.bias); }

    bool m_compiledIn = false;
    QVarLengthArray<Category, kCategoryCount> m_weightCategories;
    QString m_ownText;
    QList<CalibrationData::FeatureName> m_ownNames;
    QList<CalibrationData::Weight> m_ownWeights;
};
