#pragma once

#include "diagnosis/Calibration.h"
#include "diagnosis/DiagnosisEngine.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// The data the calibration is fitted to and measured on, and the measuring itself: shared by the
// fit tool (tools/calibrate), the benchmark's cross-validation table and the corpus floor test.
//
//   real reports   tests/fixtures/realworld/cases.json (README there): the labels that count
//   guide fixtures tests/fixtures/diagnose/<provider>/ with expected.json: texts written from the
//                  guides, a lighter weight in the fit, never in the measured figures
struct LabelledText {
    QString id;
    Provider provider = Provider::Unknown; // Unknown: detect, as the guide-fixture test does
    QString store;
    QString language;
    QString text;
    Category category = Category::Other;
    bool guideFixture = false;
};

struct CorpusScore {
    int n = 0;
    int top1 = 0;
    int top3 = 0;
};

// One held-out report: its labels, the categories of the first three causes, and the whole
// diagnosis (for what is decided above this module, such as the verdict's state).
struct HeldOutResult {
    LabelledText report;
    QList<Category> ranked;
    Diagnosis diagnosis;
};

namespace CalibrationCorpus {
// The clock every corpus run uses, so a fit does not depend on the day it runs.
QDateTime fixedNow();
QList<LabelledText> loadRealReports(const QString &casesJson, QString *error);
QList<LabelledText> loadGuideFixtures(const QString &diagnoseDir, QString *error);
// The fold (0..k-1) of a record: FNV-1a of its id, modulo k. Fixed, whatever the order of the file.
// A salt other than 0 is hashed in first and gives another fixed split (repeated cross-validation);
// salt 0 is the split the committed figures use.
int foldOf(const QString &id, int k, quint32 salt = 0);
// Runs the feature extraction of `engine` (its trees; its calibration is not used) on each text.
QList<TrainingExample> examples(const DiagnosisEngine &engine, const QList<LabelledText> &texts, const FitSettings &settings);
// The model fitted to all the reports and guide fixtures, with an "about" block saying so.
CalibrationModel fitAll(const QList<LabelledText> &reports, const QList<LabelledText> &fixtures, const FitSettings &settings);
// A report diagnosed by `engine` with the report's provider and the corpus clock: the diagnosis and
// the categories of its first three causes.
HeldOutResult heldOut(const DiagnosisEngine &engine, const LabelledText &report);
// k-fold cross-validation: for each fold a model fitted to the other folds' reports and every guide
// fixture, then the engine with that model on the held-out fold (folds by foldOf with `salt`).
// Results in the reports' order.
QList<HeldOutResult> crossValidate(const QList<LabelledText> &reports, const QList<LabelledText> &fixtures,
                                   const FitSettings &settings, int k, quint32 salt = 0);
// Top-1 and top-3 per group: "all", "provider:cos", "store:minio", "language:zh", "category:cors".
QMap<QString, CorpusScore> score(const QList<HeldOutResult> &results);
}
