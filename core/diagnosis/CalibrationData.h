#pragma once

#include <QString>

// The calibrated weights (resources/calibration/weights.json) and the context vocabulary as data
// compiled in: the build writes them with bucketdoctor-embed-calibration (tools/embed-calibration),
// and CalibrationModel::builtIn and Vocabulary::builtIn build from them instead of parsing JSON at
// every start. Names are UTF-16 runs of
// kText; a weight's category is an index into kBiases. CalibrationModel reads the weights in this
// layout where they lie, and fromJson and fit write their own in the same layout.
namespace CalibrationData {
struct Bias {
    int category;       // offset of the category id in kText
    int categoryLength;
    double bias;
};
// The names of the weighed features, sorted as QString sorts (by UTF-16 code unit), each once,
// with the run of kWeights that are the feature's.
struct FeatureName {
    int at; // offset in kText
    int length;
    int firstWeight; // index into kWeights
    int weightCount;
};
// One weight of a feature: for the category of kBiases[bias]. A feature's weights are one run.
struct Weight {
    int bias;
    double weight;
};
// weights.json without its categories (about, settings), compact, for CalibrationModel::fromJson.
extern const char kHead[];
extern const char16_t kText[];
extern const Bias kBiases[];
extern const int kBiasCount;
extern const Weight kWeights[];
extern const int kWeightCount;
extern const FeatureName kFeatureNames[];
extern const int kFeatureCount;

// The context vocabulary (resources/calibration/vocabulary.json) as Vocabulary::fromJson reads it:
// each concept, in order, with its run of kWords (lower-cased, trimmed, none empty).
struct Term {
    int concept; // offset of the concept's name in kText
    int conceptLength;
    int firstWord; // index into kWords
    int wordCount;
};
struct Word {
    int at; // offset in kText
    int length;
};
extern const Term kTerms[];
extern const int kTermCount;
extern const Word kWords[];

// A run of kText as a QString that shares the compiled-in text (it lives as long as the process).
inline QString text(int at, int length)
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(kText + at), length);
}
}
