#include "diagnosis/CalibrationCorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonDocument readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
    return doc;
}
}

QDateTime CalibrationCorpus::fixedNow()
{
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
}

QList<LabelledText> CalibrationCorpus::loadRealReports(const QString &casesJson, QString *error)
{
    QList<LabelledText> reports;
    const QJsonDocument doc = readJson(casesJson, error);
    if (!error->isEmpty())
        return {};
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        LabelledText r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.provider = Providers::fromId(o.value(QStringLiteral("provider")).toString());
        r.store = o.value(QStringLiteral("store")).toString();
        r.language = o.value(QStringLiteral("language")).toString();
        r.text = o.value(QStringLiteral("input")).toString();
        if (!Categories::fromId(o.value(QStringLiteral("category")).toString(), &r.category) || r.provider == Provider::Unknown) {
            *error = QStringLiteral("%1: record %2 has an unknown category or provider").arg(casesJson, r.id);
            return {};
        }
        reports << r;
    }
    return reports;
}

QList<LabelledText> CalibrationCorpus::loadGuideFixtures(const QString &diagnoseDir, QString *error)
{
    QList<LabelledText> fixtures;
    for (const char *provider : {"cos", "oss", "s3"}) {
        const QDir dir(diagnoseDir + u'/' + QLatin1String(provider));
        const QJsonDocument doc = readJson(dir.filePath(QStringLiteral("expected.json")), error);
        if (!error->isEmpty())
            return {};
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) { // sorted by file name
            QFile file(dir.filePath(it.key()));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot open %1").arg(file.fileName());
                return {};
            }
            LabelledText f;
            f.id = QLatin1String(provider) + u'/' + it.key();
            f.text = QString::fromUtf8(file.readAll());
            f.guideFixture = true;
            if (!Categories::fromId(it.value().toObject().value(QStringLiteral("category")).toString(), &f.category)) {
                *error = QStringLiteral("%1: unknown category").arg(f.id);
                return {};
            }
            fixtures << f;
        }
    }
    return fixtures;
}

int CalibrationCorpus::foldOf(const QString &id, int k, quint32 salt)
{
    quint32 h = 2166136261u;
    if (salt != 0) {
        for (int shift = 0; shift < 32; shift += 8) {
            h ^= (salt >> shift) & 0xffu;
            h *= 16777619u;
        }
    }
    for (const char c : id.toUtf8()) {
        h ^= static_cast<quint8>(c);
        h *= 16777619u;
    }
    return static_cast<int>(h % static_cast<quint32>(k));
}

namespace {
DiagnoseOptions optionsFor(const LabelledText &t)
{
    DiagnoseOptions options;
    options.provider = t.provider;
    options.now = CalibrationCorpus::fixedNow();
    return options;
}
}

QList<TrainingExample> CalibrationCorpus::examples(const DiagnosisEngine &engine, const QList<LabelledText> &texts,
                                                   const FitSettings &settings)
{
    QList<TrainingExample> list;
    for (const LabelledText &t : texts) {
        const CalibrationSample s = engine.sample(t.text, optionsFor(t));
        list.append({t.id, s.features, s.categories, t.category, t.guideFixture ? settings.fixtureWeight : 1.0});
    }
    return list;
}

CalibrationModel CalibrationCorpus::fitAll(const QList<LabelledText> &reports, const QList<LabelledText> &fixtures,
                                           const FitSettings &settings)
{
    const DiagnosisEngine treesOnly{CalibrationModel{}};
    CalibrationModel model = CalibrationFit::fit(examples(treesOnly, reports + fixtures, settings), settings);
    model.about.insert(QStringLiteral("what"),
                       QStringLiteral("Calibrated category weights of the diagnosis (core/diagnosis/Calibration.h). "
                                      "Written by scripts/calibrate.sh; do not edit by hand. resources/calibration/README.md explains them."));
    model.about.insert(QStringLiteral("fittedOn"), QStringLiteral("%1 real reports (tests/fixtures/realworld/cases.json) and %2 guide fixtures "
                                                                 "(tests/fixtures/diagnose, weight %3)")
                                                      .arg(reports.size())
                                                      .arg(fixtures.size())
                                                      .arg(settings.fixtureWeight));
    return model;
}

HeldOutResult CalibrationCorpus::heldOut(const DiagnosisEngine &engine, const LabelledText &report)
{
    HeldOutResult result{report, {}, engine.diagnose(report.text, optionsFor(report))};
    for (qsizetype i = 0; i < result.diagnosis.causes.size() && i < 3; ++i)
        result.ranked << result.diagnosis.causes.at(i).category;
    return result;
}

QList<HeldOutResult> CalibrationCorpus::crossValidate(const QList<LabelledText> &reports, const QList<LabelledText> &fixtures,
                                                      const FitSettings &settings, int k, quint32 salt)
{
    const DiagnosisEngine treesOnly{CalibrationModel{}};
    const QList<TrainingExample> reportExamples = examples(treesOnly, reports, settings);
    const QList<TrainingExample> fixtureExamples = examples(treesOnly, fixtures, settings);
    QList<HeldOutResult> results;
    for (const LabelledText &r : reports)
        results.append({r, {}, {}});
    for (int fold = 0; fold < k; ++fold) {
        QList<TrainingExample> training = fixtureExamples;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (foldOf(reports.at(i).id, k, salt) != fold)
                training << reportExamples.at(i);
        }
        // Through the JSON, so the held-out fold sees the rounded weights the engine would load.
        QString error;
        const CalibrationModel model = CalibrationModel::fromJson(CalibrationFit::fit(training, settings).toJson(), &error);
        const DiagnosisEngine engine{model};
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (foldOf(reports.at(i).id, k, salt) == fold)
                results[i] = heldOut(engine, reports.at(i));
        }
    }
    return results;
}

QMap<QString, CorpusScore> CalibrationCorpus::score(const QList<HeldOutResult> &results)
{
    QMap<QString, CorpusScore> groups;
    for (const HeldOutResult &r : results) {
        const bool top1 = !r.ranked.isEmpty() && r.ranked.first() == r.report.category;
        const bool top3 = r.ranked.mid(0, 3).contains(r.report.category);
        for (const QString &key : {QStringLiteral("all"), QStringLiteral("provider:") + Providers::id(r.report.provider),
                                   QStringLiteral("store:") + r.report.store, QStringLiteral("language:") + r.report.language,
                                   QStringLiteral("category:") + Categories::id(r.report.category)}) {
            CorpusScore &s = groups[key];
            ++s.n;
            s.top1 += top1;
            s.top3 += top3;
        }
    }
    return groups;
}
