// The calibrated ranking on the corpus of real reports (tests/fixtures/realworld): floors on the
// whole corpus, never an expectation for one report. Cross-validated figures are what the
// benchmark prints; TestCorpusCrossValidation holds their floor.
#include "diagnosis/CalibrationCorpus.h"
#include "text/UserText.h"

#include <QTest>

class TestRealworldCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusShape();
    void fittedEngineFloor();
    void calibratedEvidenceIsWorded();

private:
    QList<LabelledText> m_reports;
};

void TestRealworldCorpus::initTestCase()
{
    QString error;
    m_reports = CalibrationCorpus::loadRealReports(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/realworld/cases.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString loadError;
    QVERIFY(!CalibrationModel::builtIn(&loadError).isEmpty());
    QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
}

void TestRealworldCorpus::corpusShape()
{
    QVERIFY(m_reports.size() >= 250);
    int zh = 0;
    int compatible = 0;
    int calcBug = 0;
    for (const LabelledText &r : std::as_const(m_reports)) {
        zh += r.language == QLatin1String("zh");
        compatible += r.provider == Provider::S3 && r.store != QLatin1String("aws");
        calcBug += r.category == Category::SignatureCalcBug;
    }
    QVERIFY(zh >= 60);
    QVERIFY(compatible >= 40);
    QVERIFY(calcBug * 4 <= m_reports.size());
}

void TestRealworldCorpus::fittedEngineFloor()
{
    const DiagnosisEngine engine;
    QList<HeldOutResult> results;
    for (const LabelledText &r : std::as_const(m_reports))
        results.append(CalibrationCorpus::heldOut(engine, r));
    const CorpusScore all = CalibrationCorpus::score(results).value(QStringLiteral("all"));
    qInfo("fitted engine on the whole corpus: top-1 %.1f%%, top-3 %.1f%%", 100.0 * all.top1 / all.n, 100.0 * all.top3 / all.n);
    // Measured 2026-12-03 on 418 reports: 91.9 % and 99.3 % (in-sample, so no proof: the
    // cross-validated figure is TestCorpusCrossValidation's). The floors sit a little below, so a
    // refit may move them.
    QVERIFY(all.top1 >= 0.88 * all.n);
    QVERIFY(all.top3 >= 0.97 * all.n);
}

void TestRealworldCorpus::calibratedEvidenceIsWorded()
{
    // Every calibrated statement the corpus produces has a sentence, with its value in it.
    const DiagnosisEngine engine;
    int seen = 0;
    for (const LabelledText &r : std::as_const(m_reports)) {
        DiagnoseOptions options;
        options.provider = r.provider;
        options.now = CalibrationCorpus::fixedNow();
        const Diagnosis d = engine.diagnose(r.text, options);
        for (const RankedCause &c : d.causes) {
            for (const Evidence &e : c.evidence) {
                if (e.what.id != QLatin1String("calibrated"))
                    continue;
                ++seen;
                const QString text = UserText::evidence(e);
                QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("%1")), qPrintable(e.what.args.join(u' ')));
            }
        }
    }
    QVERIFY(seen > 0);
}

QTEST_GUILESS_MAIN(TestRealworldCorpus)
#include "TestRealworldCorpus.moc"
