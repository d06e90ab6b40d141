// Measures, and prints; asserts nothing. Run: build/bench/bucketdoctor-bench
//   1. time per diagnosis over the fixture corpus (every fixture, repeated)
//   2. time to diagnose a 10 MB paste
//   3. wall time of `bucketdoctor-cli diagnose` against `bucketdoctor-cli --version`
//   4. accuracy on the corpus of real reports (tests/fixtures/realworld): top-1 and top-3 category,
//      5-fold cross-validated (fit on four folds, the engine on the fifth), overall and per provider,
//      store, language and category; beside it the trees alone, as before the calibration
#include "diagnosis/CalibrationCorpus.h"
#include "diagnosis/DiagnosisEngine.h"
#include "CheckSuiteBench.h"
#include "paste/InputDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstdio>

namespace {
QStringList corpusTexts()
{
    QStringList texts;
    QDirIterator it(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR), {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Wall time from start to the "rss_kb" line of a GUI program on the offscreen platform, and that RSS.
QPair<double, double> runGui(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    timer.start();
    process.start(program, arguments);
    double ms = -1;
    double rssMb = -1;
    while (process.waitForReadyRead(30000) || process.canReadLine()) {
        if (!process.canReadLine())
            continue;
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("rss_kb ")) {
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            rssMb = line.mid(7).toDouble() / 1024.0;
            break;
        }
    }
    process.waitForFinished(30000);
    return {ms, rssMb};
}

void printCorpusAccuracy()
{
    QString error;
    const QList<LabelledText> reports =
        CalibrationCorpus::loadRealReports(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/realworld/cases.json"), &error);
    const QList<LabelledText> fixtures =
        error.isEmpty() ? CalibrationCorpus::loadGuideFixtures(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/diagnose"), &error) : QList<LabelledText>{};
    if (!error.isEmpty()) {
        std::printf("real-world corpus: %s\n", qPrintable(error));
        return;
    }
    constexpr int kFolds = 5;
    const auto cv = CalibrationCorpus::score(CalibrationCorpus::crossValidate(reports, fixtures, FitSettings{}, kFolds));
    const DiagnosisEngine treesOnly{CalibrationModel{}};
    QList<HeldOutResult> before;
    for (const LabelledText &r : reports)
        before.append({r, CalibrationCorpus::rankedCategories(treesOnly, r)});
    const auto base = CalibrationCorpus::score(before);
    std::printf("\nReal-world corpus (%lld reports): category named first (top-1) and within the first three causes (top-3)\n",
                static_cast<long long>(reports.size()));
    std::printf("%-36s %5s %14s %14s %14s %14s\n", "group", "n", "cv top-1", "cv top-3", "trees top-1", "trees top-3");
    for (auto it = cv.begin(); it != cv.end(); ++it) {
        const CorpusScore &b = base.value(it.key());
        std::printf("%-36s %5d %13.1f%% %13.1f%% %13.1f%% %13.1f%%\n", qPrintable(it.key()), it->n, 100.0 * it->top1 / it->n,
                    100.0 * it->top3 / it->n, 100.0 * b.top1 / it->n, 100.0 * b.top3 / it->n);
    }
    std::printf("(cv: %d-fold cross-validation, folds by a hash of the record id, fitted as scripts/calibrate.sh fits; "
                "trees: the decision trees without calibration)\n", kFolds);
}

double runCli(const QStringList &arguments, const QByteArray &input)
{
    QElapsedTimer timer;
    QProcess process;
    timer.start();
    process.start(QStringLiteral(BUCKETDOCTOR_CLI_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "corpus") == 0) { // only the real-world accuracy table
        printCorpusAccuracy();
        return 0;
    }
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const DiagnosisEngine engine;
    if (!engine.isValid()) {
        std::fprintf(stderr, "trees failed to load: %s\n", qPrintable(engine.loadError()));
        return 1;
    }

    const QStringList texts = corpusTexts();
    QList<double> perDiagnosis;
    QElapsedTimer timer;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &text : texts) {
            timer.start();
            const Diagnosis d = engine.diagnose(text);
            perDiagnosis << static_cast<double>(timer.nsecsElapsed()) / 1e3;
            if (d.causes.isEmpty())
                return 1;
        }
    }
    double total = 0;
    for (double v : perDiagnosis)
        total += v;
    const double maxUs = perDiagnosis.isEmpty() ? 0 : *std::max_element(perDiagnosis.begin(), perDiagnosis.end());

    QByteArray big;
    const QByteArray line = "2026-11-23T10:00:00Z INFO GET /static/app.js status=200 bytes=1024 request-id=65A1B2C3D4E5F60718293A4B\n";
    while (big.size() < 10 * 1024 * 1024)
        big += line;
    big += "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you "
           "provided.</Message><EC>0002-00000040</EC></Error>\n";
    QList<double> bigTimes;
    for (int r = 0; r < 3; ++r) {
        timer.start();
        const DecodedInput decoded = InputDecoder::decode(big);
        const Diagnosis d = engine.diagnose(decoded.text);
        bigTimes << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (d.causes.isEmpty())
            return 1;
    }

    QList<double> cliDiagnose;
    QList<double> cliVersion;
    const QByteArray sample = "<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message></Error>";
    for (int r = 0; r < 10; ++r) {
        cliVersion << runCli({QStringLiteral("--version")}, {});
        cliDiagnose << runCli({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")}, sample);
    }

    // The live checks against the store emulator with 100 ms before every response.
    const CheckSuiteFigures cos = measureCheckSuite(QStringLiteral("cos-healthy"), 100, 3);
    const CheckSuiteFigures oss = measureCheckSuite(QStringLiteral("oss-healthy"), 100, 3);

    // The wizard's start next to a bare three-page QWizard from the same Qt, in the same run.
    QList<double> guiMs, guiRss, baseMs, baseRss;
#ifdef BUCKETDOCTOR_GUI_PATH
    for (int r = 0; r < 5; ++r) {
        const auto gui = runGui(QStringLiteral(BUCKETDOCTOR_GUI_PATH), {QStringLiteral("--startup-probe")});
        const auto base = runGui(QStringLiteral(BUCKETDOCTOR_BASELINE_PATH), {});
        guiMs << gui.first;
        guiRss << gui.second;
        baseMs << base.first;
        baseRss << base.second;
    }
#endif

    std::printf("Bucket Doctor benchmarks (%d rounds of the corpus; medians unless said)\n", rounds);
    std::printf("%-56s %12s\n", "measure", "value");
    std::printf("%-56s %12lld\n", "fixtures in corpus", static_cast<long long>(texts.size()));
    std::printf("%-56s %12.1f\n", "diagnosis, mean per fixture (us)", perDiagnosis.isEmpty() ? 0 : total / perDiagnosis.size());
    std::printf("%-56s %12.1f\n", "diagnosis, median per fixture (us)", median(perDiagnosis));
    std::printf("%-56s %12.1f\n", "diagnosis, slowest fixture (us)", maxUs);
    std::printf("%-56s %12.1f\n", "10 MB paste, decode + diagnose (ms)", median(bigTimes));
    std::printf("%-56s %12.1f\n", "cli --version wall time (ms)", median(cliVersion));
    std::printf("%-56s %12.1f\n", "cli diagnose wall time (ms)", median(cliDiagnose));
    for (const auto &[name, f] : {qMakePair("cos", cos), qMakePair("oss", oss)}) {
        std::printf("%-56s %12d\n", qPrintable(QStringLiteral("check suite %1, 100 ms delay: checks run").arg(QLatin1String(name))), f.checksRun);
        std::printf("%-56s %12lld\n", qPrintable(QStringLiteral("check suite %1: wall time (ms)").arg(QLatin1String(name))),
                    static_cast<long long>(f.wallMs));
        std::printf("%-56s %12lld\n", qPrintable(QStringLiteral("check suite %1: critical path (ms)").arg(QLatin1String(name))),
                    static_cast<long long>(f.criticalMs));
        std::printf("%-56s %12lld\n", qPrintable(QStringLiteral("check suite %1: sum of the checks, sequential (ms)").arg(QLatin1String(name))),
                    static_cast<long long>(f.sumMs));
    }
    std::printf("%-56s %12.1f\n", "wizard: start to first page shown (ms)", median(guiMs));
    std::printf("%-56s %12.1f\n", "bare 3-page QWizard: start to first page shown (ms)", median(baseMs));
    std::printf("%-56s %12.1f\n", "wizard: resident memory at first page (MiB)", median(guiRss));
    std::printf("%-56s %12.1f\n", "bare 3-page QWizard: resident memory (MiB)", median(baseRss));
    printCorpusAccuracy();
    return 0;
}
