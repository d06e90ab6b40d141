#include "report/CheckReport.h"
#include "diagnosis/DiagnosisEngine.h"
#include "export/ReportExporter.h"
#include "security/Redactor.h"
#include "support/PdfText.h"
#include "text/CheckText.h"

#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ReportExporter::Format)

// The four report formats from a run whose transcripts, facts and paste hold canary secrets the
// way a careless path could leave them: every file is written, readable, and free of the canaries.
class TestReportExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exports_data();
    void exports();
    void pdfHoldsRealText();
    void pdfDigitsCopyAndLongLinesWrap();
    void jsonRedactsFactsByName();
    void inventoryListsWhatWasRemoved();
    void environmentIsInTheReport();
    void copiesMarkdownToClipboard();
    void saveReportsUnwritablePath();

private:
    static QStringList canaries();
    // Empty when `text` holds no canary, else the canary with the text around it.
    static QString leak(const QString &text);
    static QString run(const QString &program, const QStringList &args, bool *ok);

    CheckRun m_run;
    Diagnosis m_diagnosis;
    QTemporaryDir m_dir;
};

QStringList TestReportExporter::canaries()
{
    return { QStringLiteral("CANARYSIG"), QStringLiteral("CANARYTOKEN"), QStringLiteral("CANARYURLSIG"),
        QStringLiteral("CANARYURLTOKEN"), QStringLiteral("CANARYQSIG"), QStringLiteral("CANARYPASTETOKEN"),
        QStringLiteral("CANARYFACT"), QStringLiteral("CANARYSECRET"), QStringLiteral("CANARY") };
}

QString TestReportExporter::leak(const QString &text)
{
    for (const QString &canary : canaries()) {
        const qsizetype at = text.indexOf(canary, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return canary + QStringLiteral(" in: ") + text.mid(std::max<qsizetype>(0, at - 60), 120);
    }
    return {};
}

QString TestReportExporter::run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess process;
    process.start(program, args);
    *ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReportExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());

    m_run.provider = QStringLiteral("oss");
    m_run.endpoint = QStringLiteral("https://oss-cn-hangzhou.aliyuncs.com");
    m_run.bucket = QStringLiteral("photos");
    m_run.objectKey = QStringLiteral("a.jpg");
    m_run.region = QStringLiteral("cn-hangzhou");
    m_run.accessKeyId = QStringLiteral("LTAI5tExampleKeyId");
    m_run.wallMs = 812;
    m_run.criticalPathMs = 640;

    CheckResult key;
    key.id = QStringLiteral("key");
    key.status = CheckResult::Status::Fail;
    key.reason = QStringLiteral("signature_mismatch");
    key.transcript << QStringLiteral("HEAD /a.jpg HTTP/1.1") << QStringLiteral("Host: photos.oss-cn-hangzhou.aliyuncs.com")
                   << QStringLiteral("Authorization: OSS LTAI5tExampleKeyId:CANARYSIG123456789=")
                   << QStringLiteral("x-cos-security-token: CANARYTOKEN0001") << QString()
                   << QStringLiteral("HTTP/1.1 403 Forbidden")
                   << QStringLiteral("<SignatureProvided>CANARYSIG987654321=</SignatureProvided>");
    // The server's own words, in Chinese: the PDF must carry CJK text.
    key.facts << qMakePair(QStringLiteral("message"), QStringLiteral("访问被拒绝: the signature does not match"))
              << qMakePair(QStringLiteral("sentHeader"), QStringLiteral("Authorization: OSS LTAI5tExampleKeyId:CANARYSIG123456789="))
              << qMakePair(QStringLiteral("httpStatus"), QStringLiteral("403"))
              << qMakePair(QStringLiteral("request"), QStringLiteral("Authorization: OSS LTAI5tExampleKeyId:CANARYFACTSIG1="))
              << qMakePair(QStringLiteral("x-oss-security-token"), QStringLiteral("CANARYFACTTOKEN"))
              << qMakePair(QStringLiteral("Authorization"), QStringLiteral("OSS LTAI5tExampleKeyId:CANARYFACTAUTH="))
              << qMakePair(QStringLiteral("SecretKey"), QStringLiteral("CANARYSECRETFACT"));
    key.durationMs = 240;

    CheckResult referer;
    referer.id = QStringLiteral("referer");
    referer.status = CheckResult::Status::Warn;
    referer.reason = QStringLiteral("empty_referer_denied");
    referer.transcript << QStringLiteral(
        "GET https://photos.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=LTAI5tExampleKeyId"
        "&Expires=1700000000&Signature=CANARYURLSIG%2Bab%3D&security-token=CANARYURLTOKEN HTTP/1.1")
                       << QStringLiteral("Referer: https://shop.example.com/");
    referer.facts << qMakePair(QStringLiteral("url"),
        QStringLiteral(
            "https://photos.oss-cn-hangzhou.aliyuncs.com/a.jpg?Signature=CANARYURLSIG2&security-token=CANARYURLTOKEN2"));
    referer.startedMs = 240;
    referer.durationMs = 400;

    CheckResult time;
    time.id = QStringLiteral("time");
    time.status = CheckResult::Status::Pass;
    time.reason = QStringLiteral("in_sync");
    time.facts << qMakePair(QStringLiteral("skewMs"), QStringLiteral("400"));
    time.durationMs = 80;

    m_run.results = { key, referer, time };
    m_run.planned.insert(QStringLiteral("key"),
        { PlannedRequest { QStringLiteral("HEAD"), QStringLiteral("/a.jpg"), QStringLiteral("oss:GetObject"), false } });

    DiagnosisEngine engine;
    QVERIFY2(engine.isValid(), qPrintable(engine.loadError()));
    const QString pasted = QStringLiteral(
        "GET "
        "/a.jpg?q-sign-algorithm=sha1&q-ak=AKIDExampleKeyId&q-sign-time=1700000000;1700003600&q-key-time=1700000000;1700003600"
        "&q-header-list=host&q-url-param-list=&q-signature=CANARYQSIG0123456789abcdef HTTP/1.1\n"
        "Host: photos-1250000000.cos.ap-guangzhou.myqcloud.com\n"
        "x-cos-security-token: CANARYPASTETOKEN\n\n"
        "HTTP/1.1 403 Forbidden\n"
        "<Error><Code>SignatureDoesNotMatch</Code><Message>The Signature you specified is invalid.</Message>"
        "<RequestId>NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==</RequestId></Error>");
    m_diagnosis = engine.diagnose(pasted);
    QVERIFY(!m_diagnosis.causes.isEmpty());
}

void TestReportExporter::exports_data()
{
    QTest::addColumn<ReportExporter::Format>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("markdown") << ReportExporter::Format::Markdown << QStringLiteral("report.md");
    QTest::newRow("html") << ReportExporter::Format::Html << QStringLiteral("report.html");
    QTest::newRow("json") << ReportExporter::Format::Json << QStringLiteral("report.json");
    QTest::newRow("pdf") << ReportExporter::Format::Pdf << QStringLiteral("report.pdf");
}

void TestReportExporter::exports()
{
    QFETCH(ReportExporter::Format, format);
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(ReportExporter::save(path, format, m_run, m_diagnosis, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    if (format == ReportExporter::Format::Pdf) {
        QVERIFY(bytes.startsWith("%PDF"));
        return; // its text is read in pdfHoldsRealText()
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QString &id : { QStringLiteral("key"), QStringLiteral("referer"), QStringLiteral("time") })
        QVERIFY2(text.contains(CheckText::title(id)), qPrintable(id));
    QVERIFY2(leak(text).isEmpty(), qPrintable(name + QStringLiteral(": ") + leak(text)));
    QVERIFY(text.contains(Redactor::placeholder()));
    QVERIFY(text.contains(QLatin1String("LTAI"))); // key ids stay, masked in the target line
    if (format == ReportExporter::Format::Json)
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
}

void TestReportExporter::pdfHoldsRealText()
{
    const QString path = m_dir.filePath(QStringLiteral("text.pdf"));
    QString error;
    QVERIFY2(ReportExporter::save(path, ReportExporter::Format::Pdf, m_run, m_diagnosis, &error), qPrintable(error));
    if (!PdfText::available())
        QSKIP("pdftotext is missing (Debian package poppler-utils); the PDF text cannot be read back");
    QByteArray bytes;
    QVERIFY2(PdfText::extract(path, &bytes, &error), qPrintable(error));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY2(text.contains(CheckText::reportTitle()), qPrintable(text.left(400)));
    QVERIFY2(text.contains(CheckText::title(QStringLiteral("key"))), qPrintable(text.left(400)));
    QVERIFY(text.contains(CheckText::title(QStringLiteral("referer"))));
    QVERIFY(text.contains(QLatin1String("photos")));
    QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text)));
    // Chinese text survives only when the system has a font for it.
    if (!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        QVERIFY2(text.contains(QStringLiteral("访问被拒绝")), qPrintable(ReportExporter::pdfFontFamily()));
    else
        qInfo("No Chinese font on this system: the Chinese summary was not checked in the PDF");

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        bool ok = false;
        const QString info = run(pdfinfo, { path }, &ok);
        QVERIFY(ok);
        QVERIFY2(info.contains(QLatin1String("Title:")) && info.contains(CheckText::reportTitle()), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Bucket Doctor")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("A4")), qPrintable(info));
    }
}

void TestReportExporter::pdfDigitsCopyAndLongLinesWrap()
{
    if (!PdfText::available())
        QSKIP("pdftotext is missing (Debian package poppler-utils); the PDF text cannot be read back");
    // An Authorization line far wider than A4, without a space to break at, ending in a marker.
    QString longLine = QStringLiteral("Authorization: q-sign-algorithm=sha1&q-ak=AKIDEXAMPLESUBUSER&q-sign-time=1700000000;1700000900");
    for (int i = 0; i < 12; ++i)
        longLine += QStringLiteral("&q-header-list=host;x-cos-meta-%1").arg(i * 1111);
    longLine += QStringLiteral("&END=9876543210");
    const QString html = QStringLiteral("<html><head><title>t</title></head><body><p>RequestId NjU2ZjI4ZTdf 2026-01-31 08:00:00 port 9000, "
                                        "0123456789</p><pre>%1</pre></body></html>")
                             .arg(longLine.toHtmlEscaped());
    const QByteArray pdf = ReportExporter::pdf(html);
    QVERIFY(pdf.startsWith("%PDF"));
    const QString path = m_dir.filePath(QStringLiteral("digits.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QByteArray bytes;
    QString error;
    QVERIFY2(PdfText::extract(path, &bytes, &error), qPrintable(error));
    const QString text = QString::fromUtf8(bytes);
    // Digits come back as digits.
    QVERIFY2(text.contains(QLatin1String("0123456789")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QLatin1String("2026-01-31 08:00:00")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("9000")));
    // The long line wraps: all of it is on the page, its end too.
    // pdftotext joins wrapped lines and drops a hyphen at a line end: compare without either.
    static const QRegularExpression spaceOrHyphen(QStringLiteral("[\\s-]"));
    QString joined = text;
    joined.remove(spaceOrHyphen);
    QString expected = longLine;
    expected.remove(spaceOrHyphen);
    QVERIFY2(joined.contains(expected), qPrintable(text.left(1200)));
}

void TestReportExporter::jsonRedactsFactsByName()
{
    const QJsonObject root = QJsonDocument::fromJson(CheckReport::json(m_run, m_diagnosis)).object();
    const QJsonObject facts
        = root.value(QStringLiteral("checks")).toArray().first().toObject().value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("httpStatus")).toString(), QStringLiteral("403"));
    QCOMPARE(facts.value(QStringLiteral("x-oss-security-token")).toString(), Redactor::placeholder());
    QCOMPARE(facts.value(QStringLiteral("SecretKey")).toString(), Redactor::placeholder());
    QCOMPARE(facts.value(QStringLiteral("Authorization")).toString(),
        QStringLiteral("OSS LTAI5tExampleKeyId:") + Redactor::placeholder());
    QVERIFY(root.value(QStringLiteral("environment")).toObject().contains(QStringLiteral("appVersion")));
}

void TestReportExporter::inventoryListsWhatWasRemoved()
{
    const QString markdown = CheckReport::markdown(m_run, m_diagnosis);
    QStringList kinds;
    int total = 0;
    for (const Redactor::Redaction &r : Redactor::inventory(markdown)) {
        kinds << r.kind;
        total += r.count;
    }
    QVERIFY2(kinds.contains(QLatin1String("signature")), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.contains(QLatin1String("security_token")), qPrintable(kinds.join(u',')));
    QCOMPARE(total, int(markdown.count(Redactor::placeholder())));
    const QString summary = ReportExporter::redactionSummary(markdown);
    QVERIFY2(
        summary.contains(QLatin1String("signature")) && summary.contains(QLatin1String("security token")), qPrintable(summary));

    const QString json = QString::fromUtf8(CheckReport::json(m_run, m_diagnosis));
    kinds.clear();
    for (const Redactor::Redaction &r : Redactor::inventory(json))
        kinds << r.kind;
    QVERIFY2(kinds.contains(QLatin1String("secret_key")), qPrintable(kinds.join(u',')));
}

void TestReportExporter::environmentIsInTheReport()
{
    const QString markdown = CheckReport::markdown(m_run, m_diagnosis);
    QVERIFY(markdown.contains(QStringLiteral(BUCKETDOCTOR_VERSION)));
    QVERIFY(markdown.contains(QString::fromLatin1(qVersion())));
    const QString html = CheckReport::html(m_run, m_diagnosis);
    QVERIFY(html.contains(QString::fromLatin1(qVersion())));
    QVERIFY(html.indexOf(QString::fromLatin1(qVersion())) < html.indexOf(QLatin1String("</body>")));
}

void TestReportExporter::copiesMarkdownToClipboard()
{
    const QString markdown = CheckReport::markdown(m_run, m_diagnosis);
    ReportExporter::copyToClipboard(markdown);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, markdown);
    QVERIFY2(leak(copied).isEmpty(), qPrintable(leak(copied)));
}

void TestReportExporter::saveReportsUnwritablePath()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/report.pdf"));
    QVERIFY(!ReportExporter::save(path, ReportExporter::Format::Pdf, m_run, m_diagnosis, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportExporter)
#include "TestReportExporter.moc"
