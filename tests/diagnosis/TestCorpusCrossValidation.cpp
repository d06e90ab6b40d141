// The cross-validated floor of the calibrated ranking on the corpus of real reports: five fits, each
// judged on the fifth of the corpus it did not see. A ctest of its own, labelled "slow": it is the
// longest test (about 20 s, over three minutes under ASan), and the ASan run leaves it out, since
// the same fit runs under ASan in CalibrationUpToDate.
#include "diagnosis/CalibrationCorpus.h"
#include "findings/VerdictScore.h"

#include <QTest>

class TestCorpusCrossValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crossValidatedFloor();

private:
    QList<LabelledText> m_reports;
    QList<LabelledText> m_fixtures;
};

void TestCorpusCrossValidation::initTestCase()
{
    QString error;
    m_reports = CalibrationCorpus::loadRealReports(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/realworld/cases.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fixtures = CalibrationCorpus::loadGuideFixtures(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/diagnose"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCorpusCrossValidation::crossValidatedFloor()
{
    const QList<HeldOutResult> results = CalibrationCorpus::crossValidate(m_reports, m_fixtures, FitSettings{}, 5);
    const auto table = CalibrationCorpus::score(results);
    const CorpusScore all = table.value(QStringLiteral("all"));
    qInfo("5-fold cross-validated: top-1 %.1f%%, top-3 %.1f%%", 100.0 * all.top1 / all.n, 100.0 * all.top3 / all.n);
    // Measured 2026-12-03 on 658 reports: 65.2 % and 85.0 % (the trees alone: 50.5 % and 71.0 %).
    // The floors sit a little below. They were 65 / 85 until rounds 8 and 9 (71 reports aimed at the
    // pairs the ranking confuses, 52.5 % and 29.0 % right held out) took the figure from 66.7 / 87.1
    // on 564 to 65.2 / 85.2 on 635 before any change to the engine.
    QVERIFY(all.top1 >= 0.63 * all.n);
    QVERIFY(all.top3 >= 0.83 * all.n);
    // A "likely" verdict must earn its word: measured 86.2 % right (218 reports), against 53.1 %
    // for "undetermined" (Verdict::kLikelyProbability 0.7; at 0.6 it was 79.5 % of 297). The floors
    // keep it clearly above an undetermined one and given to a fair share of the reports.
    const auto states = VerdictScore::byState(results);
    const CorpusScore likely = states.value(QStringLiteral("likely"));
    const CorpusScore undetermined = states.value(QStringLiteral("undetermined"));
    qInfo("likely: %d reports, %.1f%% right; undetermined: %d, %.1f%%", likely.n, 100.0 * likely.top1 / likely.n,
          undetermined.n, 100.0 * undetermined.top1 / undetermined.n);
    QVERIFY(likely.n >= 0.28 * all.n);
    QVERIFY(likely.top1 >= 0.82 * likely.n);
    QVERIFY(likely.top1 * undetermined.n > undetermined.top1 * likely.n);
    // The figure beside a first cause ("47 % likely") must not claim more than it earns: in no fifth
    // of the scale with 20 reports or more may the mean shown exceed the share right by more than
    // five points. Measured on 658: 31.0 / 40.3, 49.9 / 56.5, 69.8 / 77.3, 89.3 / 86.7 (shown / right, %);
    // the share of the listed causes it replaced showed 95.0 where 84.1 were right.
    const auto steps = VerdictScore::byShownShare(results);
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it->n < 20)
            continue;
        qInfo("shown %d-%d %%: %d reports, %.1f%% shown on average, %.1f%% right", it.key() * 20, it.key() * 20 + 20, it->n,
              100.0 * it->sharedSum / it->n, 100.0 * it->right / it->n);
        QVERIFY(it->sharedSum - it->right <= 0.05 * it->n);
    }
}

QTEST_GUILESS_MAIN(TestCorpusCrossValidation)
#include "TestCorpusCrossValidation.moc"
