// The cross-validated floor of the calibrated ranking on the corpus of real reports: five fits, each
// judged on the fifth of the corpus it did not see. A ctest of its own, labelled "slow": it is the
// longest test (about 20 s, over three minutes under ASan), and the ASan run leaves it out, since
// the same fit runs under ASan in CalibrationUpToDate.
#include "diagnosis/CalibrationCorpus.h"

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
    const auto table = CalibrationCorpus::score(CalibrationCorpus::crossValidate(m_reports, m_fixtures, FitSettings{}, 5));
    const CorpusScore all = table.value(QStringLiteral("all"));
    qInfo("5-fold cross-validated: top-1 %.1f%%, top-3 %.1f%%", 100.0 * all.top1 / all.n, 100.0 * all.top3 / all.n);
    // Measured 2026-12-03 on 418 reports: 65.1 % and 86.4 % (the trees alone: 51.9 % and 73.2 %).
    // The floors sit a little below.
    QVERIFY(all.top1 >= 0.62 * all.n);
    QVERIFY(all.top3 >= 0.83 * all.n);
}

QTEST_GUILESS_MAIN(TestCorpusCrossValidation)
#include "TestCorpusCrossValidation.moc"
