#include "pages/CheckStepWidget.h"
#include "pages/ChecksPage.h"
#include "pages/ConnectionPage.h"
#include "pages/ExportPage.h"
#include "pages/GuideQuestionWidget.h"
#include "pages/PastePage.h"
#include "pages/SummaryPage.h"
#include "StoreEmulator.h"
#include "checks/CheckSuite.h"
#include "findings/Verdict.h"
#include "support/PdfText.h"
#include "text/CheckText.h"
#include "text/LanguageLoader.h"
#include "text/UserText.h"
#include "wizard/DoctorWizard.h"
#include "wizard/WizardSession.h"
#ifdef BUCKETDOCTOR_NODE
#include "servers/ServerProcess.h"
#endif

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

// The wizard walked as a user walks it, against real local servers: a COS referer refusal and an
// OSS signature mismatch against the store emulator, an S3 CORS refusal against s3rver. Language
// switches mid-way; every export format is searched for the secrets typed into it.
class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cosRefererByKeyboard_data();
    void cosRefererByKeyboard();
    void ossSignatureWithServerStringToSign();
    void s3CorsAgainstS3rver();
    void languageSwitchesMidWay();
    void offlineChecksSayTheyCouldNotRun();
    void everyControlHasAnAccessibleName();
    void checkStepsAreMadeWhenTheChecksPageIsFirstShown();
    void nothingIsSavedButGeometryAndLanguage();
    void proxyOverrideAppliesOrStops();
    void accessKeysAreUniquePerPage();
    void resultsDoNotOutliveTheirPasteOrConnection();
    void backKeepsAnEditedEndpoint();
    void newDiagnosisAndCancelAskBeforeDiscarding();
    void walkFollowsTheGuideAndStopsAtTheConfirmedCause();
    void aQuestionNoCheckAnswersIsAskedAndReranks();
    void runningALowerStepKeepsTheViewAndFocusesTheResult();
    void literalIpEndpointIsPathStyleAndSaysSo();
    void previewKeepsTheCausesInViewAndNamesTheSummarysProvider();
    void keyboardOnlyWalk_data();
    void keyboardOnlyWalk();

private:
    // Paste → Connection → Checks for COS with the sub-user's key, path-style against `endpoint`.
    static void toCosChecks(DoctorWizard &wizard, const QString &paste, const QString &endpoint);
    std::unique_ptr<StoreEmulator> startEmulator(const QString &scenario);
    static void setLine(QWidget *page, const char *name, const QString &text);
    // A skew paste and a bucket, then Next twice: the checks page, no check run. False if it did not get there.
    static bool toChecksPage(DoctorWizard &wizard);
    static void runChecks(DoctorWizard &wizard);
    static void exportEverything(DoctorWizard &wizard, const QStringList &canaries);
};

namespace {
const QString kCosSubSecret = QStringLiteral("example-subuser-secret-not-real");

QString topCategory(const WizardSession *session)
{
    return session->diagnosis().causes.isEmpty() ? QString() : Categories::id(session->diagnosis().causes.first().category);
}
}

void TestWizard::initTestCase()
{
    // Never a developer's real keychain: the opt-in below must fail with its sentence.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bucketdoctor-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<StoreEmulator> TestWizard::startEmulator(const QString &scenario)
{
    EmulatorScenario loaded;
    QString error;
    if (!EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/") + scenario + QStringLiteral(".json"), &loaded, &error)) {
        qWarning() << error;
        return {};
    }
    auto emulator = std::make_unique<StoreEmulator>(loaded);
    if (!emulator->listen())
        return {};
    return emulator;
}

void TestWizard::setLine(QWidget *page, const char *name, const QString &text)
{
    auto *edit = page->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

bool TestWizard::toChecksPage(DoctorWizard &wizard)
{
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("RequestTimeTooSkewed"));
    if (!QTest::qWaitFor([&] { return wizard.pastePage()->isComplete(); }))
        return false;
    wizard.next();
    setLine(wizard.connectionPage(), "bucket", QStringLiteral("examplebucket-1250000000"));
    wizard.next();
    return wizard.currentId() == int(ChecksPageId);
}

void TestWizard::runChecks(DoctorWizard &wizard)
{
    QSignalSpy finished(wizard.checksPage(), &ChecksPage::runFinished);
    QTest::mouseClick(wizard.checksPage()->findChild<QAbstractButton *>(QStringLiteral("runAll")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
}

void TestWizard::exportEverything(DoctorWizard &wizard, const QStringList &canaries)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<QPair<ExportPage::Format, QString>> formats{{ExportPage::Format::Markdown, QStringLiteral("report.md")},
                                                           {ExportPage::Format::Html, QStringLiteral("report.html")},
                                                           {ExportPage::Format::Json, QStringLiteral("report.json")},
                                                           {ExportPage::Format::Pdf, QStringLiteral("report.pdf")}};
    for (const auto &[format, name] : formats) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(wizard.exportPage()->saveTo(path, format, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        QVERIFY(!content.isEmpty());
        if (format == ExportPage::Format::Pdf) {
            QVERIFY(content.startsWith("%PDF"));
            QString pdfError;
            QVERIFY2(PdfText::extract(path, &content, &pdfError), qPrintable(pdfError));
            QVERIFY(!content.trimmed().isEmpty());
        }
        for (const QString &canary : canaries)
            QVERIFY2(!content.contains(canary.toUtf8()), qPrintable(name + QStringLiteral(" holds ") + canary));
    }
    // The preview is the report, and says what it removed.
    QVERIFY(!wizard.exportPage()->previewText().isEmpty());
    QVERIFY(!wizard.exportPage()->redactionText().isEmpty());
}

// Paste → Connection → Checks → Summary → Export with keys only, for a COS referer refusal.
void TestWizard::cosRefererByKeyboard_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageLoader::supported())
        QTest::newRow(qPrintable(language)) << language;
}

void TestWizard::cosRefererByKeyboard()
{
    QFETCH(QString, language);
    auto emulator = startEmulator(QStringLiteral("cos-referer-denied"));
    QVERIFY(emulator);
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(emulator->port());
    LanguageLoader languages;
    languages.load(language);
    DoctorWizard wizard(&languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *error = wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"));
    error->setFocus();
    QTest::keyClicks(error, QStringLiteral("<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message>"
                                           "<RequestId>NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==</RequestId></Error>"));
    QTest::keyClick(error, Qt::Key_Tab);
    QWidget *url = QApplication::focusWidget();
    QCOMPARE(url->objectName(), QStringLiteral("pasteUrl"));
    QTest::keyClicks(url, endpoint + QStringLiteral("/examplebucket-1250000000/photos/cat.jpg"));
    QTRY_VERIFY(wizard.pastePage()->previewText().contains(QLatin1String("AccessDenied")));
    QVERIFY(wizard.pastePage()->previewText().contains(QLatin1String("referer"), Qt::CaseInsensitive));
    QTest::keyClick(url, Qt::Key_Return); // the default button: Next
    QTRY_COMPARE(wizard.currentId(), int(ConnectionPageId));

    // The URL filled the connection; the referer symptom ticked the browser context.
    auto *page = wizard.connectionPage();
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("bucket"))->text(), QStringLiteral("examplebucket-1250000000"));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("object"))->text(), QStringLiteral("photos/cat.jpg"));
    QVERIFY(page->findChild<QGroupBox *>(QStringLiteral("browserBox"))->isChecked());
    page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(0); // cos
    page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
    setLine(page, "endpoint", endpoint);
    auto *keyId = page->findChild<QLineEdit *>(QStringLiteral("accessKeyId"));
    keyId->setFocus();
    QTest::keyClicks(keyId, QStringLiteral("AKIDEXAMPLESUBUSER"));
    QTest::keyClick(keyId, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), kCosSubSecret);
    auto *referer = page->findChild<QLineEdit *>(QStringLiteral("referer"));
    referer->setFocus();
    QTest::keyClicks(referer, QStringLiteral("https://www.example.com/gallery.html"));
    QTest::keyClick(referer, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ChecksPageId));

    // The referer step is suggested, and says what it will send before it runs.
    QVERIFY(wizard.checksPage()->suggested().contains(QStringLiteral("referer")));
    QVERIFY(wizard.checksPage()->step(QStringLiteral("referer"))->findChild<QLabel *>(QStringLiteral("details"))->text().contains(
        QLatin1String("Referer")));
    auto *runAll = wizard.checksPage()->findChild<QAbstractButton *>(QStringLiteral("runAll"));
    runAll->setFocus();
    QSignalSpy finished(wizard.checksPage(), &ChecksPage::runFinished);
    QTest::keyClick(runAll, Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QCOMPARE(wizard.session()->result(QStringLiteral("referer")).status, CheckResult::Status::Fail);
    QCOMPARE(wizard.checksPage()->step(QStringLiteral("referer"))->statusText(), CheckText::statusName(CheckResult::Status::Fail));
    QVERIFY(!wizard.checksPage()->step(QStringLiteral("referer"))->transcriptText().isEmpty());
    QCOMPARE(topCategory(wizard.session()), QStringLiteral("referer"));
    // The details offer the same requests as curl commands, secrets left out, to copy.
    CheckStepWidget *refererStep = wizard.checksPage()->step(QStringLiteral("referer"));
    const QString curl = refererStep->curlText();
    QVERIFY2(curl.startsWith(QLatin1String("curl ")), qPrintable(curl));
    QVERIFY(curl.contains(QLatin1String("Referer: https://www.example.com/gallery.html")));
    QVERIFY(curl.contains(endpoint));
    QVERIFY(!curl.contains(kCosSubSecret));
    refererStep->findChild<QAbstractButton *>(QStringLiteral("drawer"))->click();
    auto *copyCurl = refererStep->findChild<QAbstractButton *>(QStringLiteral("copyCurl"));
    QVERIFY(copyCurl->isVisible());
    copyCurl->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), curl);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    QVERIFY(wizard.summaryPage()->summaryText().contains(QLatin1String("referer"), Qt::CaseInsensitive));
    // The answer first: the failing Referer check confirms the cause, in the user's language.
    const Diagnosis &diagnosis = wizard.session()->diagnosis();
    const Verdict verdict = Verdict::of(diagnosis, wizard.session()->results());
    QCOMPARE(verdict.state, Verdict::State::Confirmed);
    QVERIFY(wizard.summaryPage()->headlineText().contains(UserText::verdictSentence(diagnosis.provider, verdict, diagnosis)));
    // Named by the check that confirmed it, not just "Confirmed".
    const QString stateLine = UserText::verdictStateLine(verdict);
    QVERIFY(stateLine != UserText::verdictStateName(Verdict::State::Confirmed));
    QVERIFY(stateLine.contains(CheckText::title(QStringLiteral("referer"))));
    QVERIFY2(wizard.summaryPage()->headlineText().contains(stateLine), qPrintable(wizard.summaryPage()->headlineText()));
    QVERIFY(!wizard.summaryPage()->headlineText().contains(u'%'));
    QTest::keyClick(&wizard, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ExportPageId));
    exportEverything(wizard, {kCosSubSecret});
}

// The emulator answers a wrong secret with its StringToSign; pasted into the wizard, the
// signature comparison and the key check agree: the secret is wrong.
void TestWizard::ossSignatureWithServerStringToSign()
{
    auto emulator = startEmulator(QStringLiteral("oss-healthy"));
    QVERIFY(emulator);
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(emulator->port());
    const QString wrongSecret = QStringLiteral("CANARY-wrong-secret-5d1e");
    // What the server says to a request signed with the wrong secret.
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    const QByteArray raw = "GET /examplebucket/photos/cat.jpg HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(emulator->port())
        + "\r\nDate: " + date.toUtf8() + "\r\nAuthorization: OSS LTAIEXAMPLESUBUSER:bm90LXRoZS1yaWdodC1zaWduYXR1cmU=\r\n\r\n";
    EmulatorRequest request;
    qsizetype consumed = 0;
    QCOMPARE(EmulatorRequest::parse(raw, &request, &consumed), EmulatorRequest::ParseState::Complete);
    const EmulatorResponse answer = emulator->respond(request);
    QCOMPARE(answer.status, 403);
    QVERIFY(answer.body.contains("<StringToSign>"));

    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QString::fromUtf8(answer.body));
    setLine(wizard.pastePage(), "pasteUrl", endpoint + QStringLiteral("/examplebucket/photos/cat.jpg"));
    QTRY_VERIFY(wizard.pastePage()->previewText().contains(QLatin1String("SignatureDoesNotMatch")));
    QVERIFY(wizard.session()->diagnosis().signature.present);
    wizard.next();
    auto *page = wizard.connectionPage();
    page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(1); // oss
    page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
    setLine(page, "endpoint", endpoint);
    setLine(page, "region", QStringLiteral("cn-hangzhou")); // the live checks sign with OSS V4
    setLine(page, "accessKeyId", QStringLiteral("LTAIEXAMPLESUBUSER"));
    setLine(page, "secretKey", wrongSecret);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ChecksPageId));
    runChecks(wizard);
    QCOMPARE(wizard.session()->result(QStringLiteral("key")).reason, QStringLiteral("signature_mismatch"));
    QCOMPARE(topCategory(wizard.session()), QStringLiteral("secret_wrong_signature"));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExportPageId));
    exportEverything(wizard, {wrongSecret});
}

void TestWizard::s3CorsAgainstS3rver()
{
#ifndef BUCKETDOCTOR_NODE
    QSKIP("s3rver needs Node.js and tests/node_modules (scripts/test.sh installs them)");
#else
    ServerProcess s3rver;
    QString error;
    QVERIFY2(s3rver.start(QStringLiteral(BUCKETDOCTOR_NODE), {QStringLiteral(BUCKETDOCTOR_S3RVER_SCRIPT), QStringLiteral(BUCKETDOCTOR_S3RVER_BUCKETS)},
                          &error),
             qPrintable(error));
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral(
        "Access to fetch at '%1/plain-bucket/hello.txt' from origin 'https://app.example.com' has been blocked by CORS policy: "
        "Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on "
        "the requested resource.").arg(s3rver.endpoint()));
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    auto *page = wizard.connectionPage();
    page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(2); // s3
    page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
    setLine(page, "endpoint", s3rver.endpoint());
    setLine(page, "bucket", QStringLiteral("plain-bucket"));
    setLine(page, "object", QStringLiteral("hello.txt"));
    setLine(page, "accessKeyId", QStringLiteral("S3RVER"));
    setLine(page, "secretKey", QStringLiteral("S3RVER"));
    page->findChild<QGroupBox *>(QStringLiteral("browserBox"))->setChecked(true);
    setLine(page, "origin", QStringLiteral("https://app.example.com"));
    wizard.next();
    QVERIFY(wizard.checksPage()->suggested().contains(QStringLiteral("cors")));
    runChecks(wizard);
    QCOMPARE(wizard.session()->result(QStringLiteral("cors")).status, CheckResult::Status::Fail);
    QCOMPARE(topCategory(wizard.session()), QStringLiteral("cors"));
    wizard.next();
    wizard.next();
    exportEverything(wizard, {});
#endif
}

void TestWizard::languageSwitchesMidWay()
{
    auto emulator = startEmulator(QStringLiteral("cos-no-cors"));
    QVERIFY(emulator);
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(
        QStringLiteral("<Error><Code>AccessForbidden</Code><Message>CORSResponse: This CORS request is not allowed.</Message></Error>"));
    QTRY_VERIFY(wizard.pastePage()->previewText().contains(QLatin1String("AccessForbidden")));
    wizard.next();
    auto *page = wizard.connectionPage();
    page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(0);
    page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
    setLine(page, "endpoint", QStringLiteral("http://127.0.0.1:%1").arg(emulator->port()));
    setLine(page, "bucket", QStringLiteral("examplebucket-1250000000"));
    page->findChild<QGroupBox *>(QStringLiteral("browserBox"))->setChecked(true);
    setLine(page, "origin", QStringLiteral("https://app.example.com"));
    wizard.next();
    runChecks(wizard);
    const QString englishTitle = wizard.checksPage()->title();
    const QString englishSummary = wizard.checksPage()->step(QStringLiteral("cors"))->summaryText();
    QCOMPARE(wizard.checksPage()->step(QStringLiteral("cors"))->statusText(), QStringLiteral("fail"));

    const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    const QRegularExpression hangul(QStringLiteral("[\\x{ac00}-\\x{d7af}]"));
    wizard.switchLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QVERIFY(wizard.checksPage()->title().contains(han));
    QVERIFY(wizard.checksPage()->step(QStringLiteral("cors"))->summaryText().contains(han));
    QVERIFY(wizard.checksPage()->step(QStringLiteral("cors"))->statusText().contains(han));
    QVERIFY(wizard.button(QWizard::NextButton)->text().contains(han)); // qtbase's own catalog
    wizard.next();
    QVERIFY(wizard.summaryPage()->summaryText().contains(han));
    wizard.switchLanguage(QStringLiteral("ko"));
    QCoreApplication::processEvents();
    QVERIFY(wizard.summaryPage()->summaryText().contains(hangul));
    QVERIFY(wizard.summaryPage()->title().contains(hangul));
    wizard.back();
    QVERIFY(wizard.checksPage()->step(QStringLiteral("cors"))->summaryText().contains(hangul));
    wizard.switchLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(wizard.checksPage()->title(), englishTitle);
    QCOMPARE(wizard.checksPage()->step(QStringLiteral("cors"))->summaryText(), englishSummary);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestWizard::offlineChecksSayTheyCouldNotRun()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing pasted yet
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("   \n"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // blank is nothing
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("RequestTimeTooSkewed"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    // A port nothing listens on stands for a machine without network.
    setLine(wizard.connectionPage(), "endpoint", QStringLiteral("http://127.0.0.1:9"));
    setLine(wizard.connectionPage(), "bucket", QStringLiteral("examplebucket-1250000000"));
    wizard.next();
    runChecks(wizard);
    QVERIFY2(wizard.checksPage()->findChild<QLabel *>(QStringLiteral("state"))->text().contains(QLatin1String("could not reach")),
             qPrintable(wizard.checksPage()->findChild<QLabel *>(QStringLiteral("state"))->text()));
    wizard.next();
    QVERIFY(!wizard.summaryPage()->summaryText().isEmpty());
    QCOMPARE(topCategory(wizard.session()), QStringLiteral("clock_skew"));
    wizard.next();
    exportEverything(wizard, {});
}

void TestWizard::checkStepsAreMadeWhenTheChecksPageIsFirstShown()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Not made with the wizard (they were a fifth of its start-up), and none shows stray at the top.
    QVERIFY(!wizard.checksPage()->step(QStringLiteral("time")));
    QVERIFY(wizard.checksPage()->findChildren<CheckStepWidget *>().isEmpty());
    QVERIFY(toChecksPage(wizard));
    // Every check has its step, laid out and shown, with the page's language.
    const QStringList ids = CheckSuite::ids();
    QCOMPARE(wizard.checksPage()->findChildren<CheckStepWidget *>().size(), ids.size());
    for (const QString &id : ids) {
        CheckStepWidget *step = wizard.checksPage()->step(id);
        QVERIFY2(step, qPrintable(id));
        QVERIFY2(step->isVisible(), qPrintable(id));
        QVERIFY2(step->findChild<QAbstractButton *>(QStringLiteral("drawer"))->text() == QLatin1String("Details: requests and responses"),
                 qPrintable(id));
    }
    // Back and forth again: the same steps, not a second set.
    CheckStepWidget *time = wizard.checksPage()->step(QStringLiteral("time"));
    wizard.back();
    wizard.next();
    QCOMPARE(wizard.checksPage()->step(QStringLiteral("time")), time);
    QCOMPARE(wizard.checksPage()->findChildren<CheckStepWidget *>().size(), ids.size());
}

void TestWizard::everyControlHasAnAccessibleName()
{
    for (const QString &language : LanguageLoader::supported()) {
        LanguageLoader languages;
        languages.load(language);
        DoctorWizard wizard(&languages);
        // The checks page makes its steps when it is first shown: go there, so theirs count too.
        wizard.show();
        QVERIFY(toChecksPage(wizard));
        QVERIFY(wizard.checksPage()->step(QStringLiteral("time")));
        const auto widgets = wizard.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w);
            if (input && !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestWizard::nothingIsSavedButGeometryAndLanguage()
{
    QSettings().clear();
    {
        LanguageLoader languages;
        languages.load(QStringLiteral("en"));
        DoctorWizard wizard(&languages);
        wizard.show();
        wizard.next();
        setLine(wizard.connectionPage(), "accessKeyId", QStringLiteral("AKIDCANARYID"));
        setLine(wizard.connectionPage(), "secretKey", QStringLiteral("CANARY-SECRET-settings"));
        // Opting in sends the pair to the keychain only; without one the user is told so.
        wizard.connectionPage()->findChild<QCheckBox *>(QStringLiteral("rememberCredentials"))->setChecked(true);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.connectionPage()->findChild<QLabel *>(QStringLiteral("keychainState"))->isHidden(), 15000);
        QVERIFY(!wizard.connectionPage()->findChild<QLabel *>(QStringLiteral("keychainState"))->text().isEmpty());
        wizard.setDiscardConfirmation([] { return true; }); // never a dialog in a test
        wizard.reject();
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("geometry"));
    QVERIFY(content.contains("rememberInKeychain=true"));
    QVERIFY(!content.contains("CANARY"));
}

void TestWizard::proxyOverrideAppliesOrStops()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("AccessDenied"));
    wizard.next();
    setLine(wizard.connectionPage(), "proxy", QStringLiteral("ftp://nowhere"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectionPageId)); // a proxy that cannot work stops here, with a sentence
    setLine(wizard.connectionPage(), "proxy", QStringLiteral("http://127.0.0.1:3128"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ChecksPageId));
    QCOMPARE(wizard.network()->proxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(wizard.network()->proxy().port(), quint16(3128));
}

// Alt+letter must reach one control: on the form pages no two labels or buttons share a letter, in
// any language (the wizard's own buttons and the language button included).
void TestWizard::accessKeysAreUniquePerPage()
{
    const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    for (const QString &language : LanguageLoader::supported()) {
        LanguageLoader languages;
        languages.load(language);
        DoctorWizard wizard(&languages);
        QStringList wizardKeys;
        for (const QWizard::WizardButton b : {QWizard::NextButton, QWizard::BackButton, QWizard::CustomButton1}) {
            const QRegularExpressionMatch m = mnemonic.match(wizard.buttonText(b));
            if (m.hasMatch())
                wizardKeys << m.captured(1).toLower();
        }
        for (QWidget *page : {static_cast<QWidget *>(wizard.pastePage()), static_cast<QWidget *>(wizard.connectionPage())}) {
            QStringList keys = wizardKeys;
            QStringList owners;
            const auto labels = page->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                const QRegularExpressionMatch m = mnemonic.match(label->text());
                if (m.hasMatch() && label->buddy())
                    keys << m.captured(1).toLower(), owners << label->text();
            }
            const auto buttons = page->findChildren<QAbstractButton *>();
            for (QAbstractButton *button : buttons) {
                const QRegularExpressionMatch m = mnemonic.match(button->text());
                if (m.hasMatch())
                    keys << m.captured(1).toLower(), owners << button->text();
            }
            QStringList seen;
            for (const QString &k : std::as_const(keys)) {
                QVERIFY2(!seen.contains(k), qPrintable(language + QStringLiteral(": &") + k + QStringLiteral(" twice among ") + owners.join(QStringLiteral(" | "))));
                seen << k;
            }
        }
    }
}

void TestWizard::resultsDoNotOutliveTheirPasteOrConnection()
{
    QNetworkAccessManager nam;
    WizardSession session(&nam);
    session.setPaste(QStringLiteral("You are denied by bucket referer rule"), QString());
    CheckContext context = session.context();
    context.provider = QStringLiteral("cos");
    context.endpoint = QStringLiteral("http://127.0.0.1:9000");
    context.bucket = QStringLiteral("examplebucket-1250000000");
    session.setContext(context);
    CheckResult referer;
    referer.id = QStringLiteral("referer");
    referer.status = CheckResult::Status::Fail;
    referer.reason = QStringLiteral("referer_denied");
    session.setResult(referer);
    session.rediagnose();
    QCOMPARE(session.diagnosis().causes.first().state, CauseState::Confirmed);

    session.setContext(context); // the same connection keeps them
    QCOMPARE(session.results().size(), 1);
    context.endpoint = QStringLiteral("http://127.0.0.1:9001"); // another port: they no longer hold
    session.setContext(context);
    QVERIFY(session.results().isEmpty());
    QCOMPARE(session.diagnosis().causes.first().state, CauseState::Open);

    session.setResult(referer);
    session.setPaste(QStringLiteral("RequestTimeTooSkewed"), QString()); // a new paste is another failure
    QVERIFY(session.results().isEmpty());
    for (const RankedCause &cause : session.diagnosis().causes)
        QVERIFY(cause.state != CauseState::Confirmed || cause.category == Category::ClockSkew);
}

void TestWizard::backKeepsAnEditedEndpoint()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("AccessDenied"));
    wizard.pastePage()->findChild<QLineEdit *>(QStringLiteral("pasteUrl"))->setText(
        QStringLiteral("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.jpg"));
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectionPageId));
    auto *endpoint = wizard.connectionPage()->findChild<QLineEdit *>(QStringLiteral("endpoint"));
    QVERIFY(endpoint->text().contains(QLatin1String("myqcloud.com")));
    auto *provider = wizard.connectionPage()->findChild<QComboBox *>(QStringLiteral("provider"));
    setLine(wizard.connectionPage(), "endpoint", QStringLiteral("http://127.0.0.1:8080"));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(PastePageId));
    wizard.next();
    QCOMPARE(endpoint->text(), QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(provider->currentData().toString(), QStringLiteral("cos"));
}

void TestWizard::newDiagnosisAndCancelAskBeforeDiscarding()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    int asked = 0;
    bool answer = false;
    wizard.setDiscardConfirmation([&] {
        ++asked;
        return answer;
    });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.button(QWizard::CustomButton2)->isVisible()); // nothing to start over from yet
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("AccessDenied"));
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    QVERIFY(wizard.button(QWizard::CustomButton2)->isVisible());

    // Before any run, Cancel does not ask.
    CheckResult referer;
    referer.id = QStringLiteral("referer");
    referer.status = CheckResult::Status::Fail;
    referer.reason = QStringLiteral("referer_denied");
    wizard.session()->setResult(referer);
    wizard.reject(); // after a run it asks; "no" keeps everything
    QCOMPARE(asked, 1);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.session()->results().size(), 1);

    answer = true;
    QTest::mouseClick(wizard.button(QWizard::CustomButton2), Qt::LeftButton);
    QCOMPARE(asked, 2);
    QCOMPARE(wizard.currentId(), int(PastePageId));
    QVERIFY(wizard.session()->results().isEmpty());
    QVERIFY(wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->toPlainText().isEmpty());

    wizard.session()->setResult(referer);
    wizard.reject();
    QCOMPARE(asked, 3);
    QVERIFY(!wizard.isVisible());
}

void TestWizard::toCosChecks(DoctorWizard &wizard, const QString &paste, const QString &endpoint)
{
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(paste);
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ConnectionPageId));
    auto *page = wizard.connectionPage();
    page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(0); // cos
    page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
    setLine(page, "endpoint", endpoint);
    setLine(page, "region", QStringLiteral("ap-guangzhou"));
    setLine(page, "bucket", QStringLiteral("examplebucket-1250000000"));
    setLine(page, "object", QStringLiteral("photos/cat.jpg"));
    setLine(page, "accessKeyId", QStringLiteral("AKIDEXAMPLESUBUSER"));
    setLine(page, "secretKey", kCosSubSecret);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ChecksPageId));
}

// COS "Access Denied.": the guide asks ACL before policy, and the steps follow it, not the ranking.
// Against a bucket whose policy denies explicitly, the walk stops at the policy step, which confirms
// the cause; "Keep checking" runs the rest; the guide's "contact us" end leads to the export.
void TestWizard::walkFollowsTheGuideAndStopsAtTheConfirmedCause()
{
    auto emulator = startEmulator(QStringLiteral("cos-policy-deny"));
    QVERIFY(emulator);
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    toCosChecks(wizard, QStringLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>"),
                QStringLiteral("http://127.0.0.1:%1").arg(emulator->port()));
    ChecksPage *checks = wizard.checksPage();

    const TreeSymptom *symptom = wizard.session()->symptom();
    QVERIFY(symptom);
    QCOMPARE(symptom->id, QStringLiteral("cos.sym.access_denied"));
    QStringList guideOrder;
    for (const TreeNode &node : symptom->nodes) {
        if (!node.check.isEmpty() && !guideOrder.contains(node.check))
            guideOrder << node.check;
    }
    QCOMPARE(checks->suggested(), guideOrder);
    QVERIFY(checks->suggested().indexOf(QStringLiteral("acl")) < checks->suggested().indexOf(QStringLiteral("policy")));
    // Each step shows the guide's question it answers.
    const QString aclQuestion = UserText::treeText(Provider::Cos, symptom->nodes.first().question);
    QVERIFY(checks->step(QStringLiteral("acl"))->findChild<QLabel *>(QStringLiteral("questions"))->text().contains(aclQuestion));
    QVERIFY(checks->step(QStringLiteral("acl"))->findChild<QLabel *>(QStringLiteral("questions"))->isVisible());
    // Checks outside the guide's walk carry no step number.
    for (const QString &id : checks->order()) {
        if (!checks->walk().contains(id))
            QVERIFY(!checks->step(id)->findChild<QLabel *>()->text().contains(QRegularExpression(QStringLiteral("\\b0\\b"))));
    }

    // "Run all" sits beside "Run suggested".
    auto *runAll = checks->findChild<QAbstractButton *>(QStringLiteral("runAll"));
    auto *runEvery = checks->findChild<QAbstractButton *>(QStringLiteral("runEvery"));
    QVERIFY(runEvery && runEvery->isVisible() && runEvery->isEnabled());
    QCOMPARE(runEvery->parentWidget(), runAll->parentWidget());

    QSignalSpy finished(checks, &ChecksPage::runFinished);
    runAll->setFocus();
    QTest::keyClick(runAll, Qt::Key_Space);
    // n of m from the first step on, and never the write-probe box in focus.
    auto *state = checks->findChild<QLabel *>(QStringLiteral("state"));
    QVERIFY2(state->text().contains(QRegularExpression(QStringLiteral("1 of \\d"))), qPrintable(state->text()));
    QVERIFY(QApplication::focusWidget() != checks->findChild<QCheckBox *>(QStringLiteral("allowWrite")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(wizard.session()->result(QStringLiteral("policy")).status, CheckResult::Status::Fail);
    QVERIFY(checks->stoppedAtConfirmedCause());
    QVERIFY(wizard.session()->result(QStringLiteral("anonymous")).id.isEmpty()); // after policy in the guide: not run
    QCOMPARE(Verdict::of(wizard.session()->diagnosis(), wizard.session()->results()).state, Verdict::State::Confirmed);
    auto *keepChecking = checks->findChild<QAbstractButton *>(QStringLiteral("keepChecking"));
    QVERIFY(keepChecking->isVisible());
    QVERIFY(state->text().contains(CheckText::title(QStringLiteral("policy"))));
    // The focus is on the result of the confirming step.
    QVERIFY(QApplication::focusWidget());
    QVERIFY(checks->step(QStringLiteral("policy"))->isAncestorOf(QApplication::focusWidget()));

    QTest::mouseClick(keepChecking, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!wizard.session()->result(QStringLiteral("anonymous")).id.isEmpty());
    QCOMPARE(wizard.session()->result(QStringLiteral("policy")).status, CheckResult::Status::Fail); // kept

    // The guide's end: contact support, with the ticket details.
    auto *contact = checks->findChild<QWidget *>(QStringLiteral("contactSupport"));
    QVERIFY(contact && contact->isVisible());
    QVERIFY(contact->findChild<QLabel *>(QStringLiteral("contactText"))->text().contains(
        UserText::treeText(Provider::Cos, symptom->contactSupport)));
    QTest::mouseClick(contact->findChild<QAbstractButton *>(QStringLiteral("toExport")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ExportPageId));
}

// COS "Request has expired": whether the request was sent after q-sign-time's end only the user
// knows. The step asks it in the guide's place; yes raises that cause, don't know changes nothing.
void TestWizard::aQuestionNoCheckAnswersIsAskedAndReranks()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    toCosChecks(wizard, QStringLiteral("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"),
                QStringLiteral("http://127.0.0.1:9"));
    const TreeSymptom *symptom = wizard.session()->symptom();
    QVERIFY(symptom);
    QString question;
    QString causeId;
    int nodeIndex = -1;
    for (int i = 0; i < symptom->nodes.size(); ++i) {
        if (symptom->nodes.at(i).check.isEmpty() && question.isEmpty())
            question = symptom->nodes.at(i).question, causeId = symptom->nodes.at(i).cause, nodeIndex = i;
    }
    QVERIFY(!question.isEmpty());
    GuideQuestionWidget *asked = wizard.checksPage()->question(question);
    QVERIFY(asked && asked->isVisible());
    QCOMPARE(wizard.checksPage()->walk().indexOf(QStringLiteral("?") + question), nodeIndex); // in the guide's place
    QVERIFY(asked->findChild<QLabel *>(QStringLiteral("questionText"))->text().contains(QLatin1String("q-sign-time")));

    auto ranking = [&] {
        QStringList ids;
        for (const RankedCause &c : wizard.session()->diagnosis().causes)
            ids << c.id + QLatin1Char('=') + QString::number(c.rawScore);
        return ids;
    };
    const QStringList before = ranking();
    QTest::mouseClick(asked->findChild<QAbstractButton *>(QStringLiteral("yes")), Qt::LeftButton);
    QCOMPARE(wizard.session()->diagnosis().causes.first().id, causeId);
    QVERIFY(ranking() != before);
    QTest::mouseClick(asked->findChild<QAbstractButton *>(QStringLiteral("no")), Qt::LeftButton);
    QVERIFY(wizard.session()->diagnosis().causes.first().id != causeId);
    QTest::mouseClick(asked->findChild<QAbstractButton *>(QStringLiteral("dontKnow")), Qt::LeftButton);
    QCOMPARE(ranking(), before);
}

// Clicking Run on a lower step runs it in place: the view does not jump to the top, the step shows
// its result, and the focus lands on that result, not on the write-probe box.
void TestWizard::runningALowerStepKeepsTheViewAndFocusesTheResult()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.resize(800, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    toCosChecks(wizard, QStringLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>"),
                QStringLiteral("http://127.0.0.1:9"));
    ChecksPage *checks = wizard.checksPage();
    auto *scroll = checks->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const int at = bar->value();
    CheckStepWidget *last = checks->step(checks->order().last());
    auto *run = last->findChild<QAbstractButton *>(QStringLiteral("run"));
    QVERIFY(run->isVisible());
    QSignalSpy finished(checks, &ChecksPage::runFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(bar->value(), at);
    QVERIFY(finished.wait(30000));
    // The step's text changed (its plan gave way to its result), so the page's height moved a little;
    // the view stays on the step, at the bottom, and never goes back to the top.
    QVERIFY2(bar->value() > bar->maximum() / 2, qPrintable(QStringLiteral("%1 of %2").arg(bar->value()).arg(bar->maximum())));
    const QRect runAt(run->mapTo(scroll->viewport(), QPoint(0, 0)), run->size());
    QVERIFY(scroll->viewport()->rect().intersects(runAt));
    QVERIFY(!wizard.session()->result(last->checkId()).id.isEmpty());
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus != checks->findChild<QCheckBox *>(QStringLiteral("allowWrite")));
    QVERIFY2(last->isAncestorOf(focus), qPrintable(focus->objectName()));
}

void TestWizard::literalIpEndpointIsPathStyleAndSaysSo()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))->setPlainText(QStringLiteral("AccessDenied"));
    QTRY_VERIFY(wizard.pastePage()->isComplete());
    wizard.next();
    auto *pathStyle = wizard.connectionPage()->findChild<QCheckBox *>(QStringLiteral("pathStyle"));
    auto *note = wizard.connectionPage()->findChild<QLabel *>(QStringLiteral("pathStyleNote"));
    QVERIFY(pathStyle && note);
    pathStyle->setChecked(false);
    setLine(wizard.connectionPage(), "endpoint", QStringLiteral("http://127.0.0.1:9000"));
    QVERIFY(pathStyle->isChecked());
    QVERIFY(!pathStyle->isEnabled());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("path-style")));
    setLine(wizard.connectionPage(), "endpoint", QStringLiteral("https://cos.ap-guangzhou.myqcloud.com"));
    QVERIFY(!pathStyle->isChecked()); // the user's own choice again
    QVERIFY(pathStyle->isEnabled());
    QVERIFY(!note->isVisible());
    setLine(wizard.connectionPage(), "endpoint", QStringLiteral("localhost:9000"));
    QVERIFY(pathStyle->isChecked());
}

void TestWizard::previewKeepsTheCausesInViewAndNamesTheSummarysProvider()
{
    LanguageLoader languages;
    languages.load(QStringLiteral("en"));
    DoctorWizard wizard(&languages);
    wizard.resize(800, 600);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *error = wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"));
    auto *preview = wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pastePreview"));
    // A long TraceId, one word that wraps over many lines.
    QString traceId;
    for (int i = 0; i < 40; ++i)
        traceId += QStringLiteral("OGVmYzZiMmQzYjA2OWNh");
    error->setPlainText(QStringLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>NjU2ZjI4ZTdfYjI1ODJi</RequestId>"
                                       "<TraceId>%1</TraceId></Error>").arg(traceId));
    QTRY_VERIFY(wizard.pastePage()->previewText().contains(QLatin1String("AccessDenied")));
    QApplication::processEvents();
    const Diagnosis &d = wizard.session()->diagnosis();
    int seen = 0;
    for (const RankedCause &cause : d.causes) {
        if (++seen > 3)
            break;
        const QTextCursor found = preview->document()->find(UserText::causeTitle(d.provider, cause));
        QVERIFY2(!found.isNull(), qPrintable(cause.id));
        const QRect where = preview->cursorRect(found);
        QVERIFY2(where.top() >= 0 && where.bottom() <= preview->viewport()->height(),
                 qPrintable(QStringLiteral("%1 at %2 of %3").arg(cause.id).arg(where.bottom()).arg(preview->viewport()->height())));
    }

    // Binary junk: no provider named in it, so the guide that fitted best is assumed, and the
    // preview says the same as the Summary.
    error->setPlainText(QString::fromLatin1("\x01\x02\x7f\x10 PK\x03\x04 \x1f\x8b junk 403"));
    QTRY_VERIFY(!wizard.pastePage()->previewText().contains(QLatin1String("AccessDenied")));
    const Diagnosis &junk = wizard.session()->diagnosis();
    QVERIFY(!junk.providerKnown);
    const QString shown = UserText::providerShown(junk.provider, junk.providerKnown);
    QVERIFY2(wizard.pastePage()->previewText().contains(shown), qPrintable(wizard.pastePage()->previewText()));
    const QString name = UserText::providerName(junk.provider);
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    // The connection confirmed the provider meanwhile: the Summary names the same one, no longer assumed.
    QVERIFY2(wizard.summaryPage()->summaryText().contains(name), qPrintable(wizard.summaryPage()->summaryText()));
    QVERIFY(!wizard.pastePage()->previewText().contains(UserText::providerName(Provider::Unknown)));
    QVERIFY(!wizard.summaryPage()->summaryText().contains(UserText::providerName(Provider::Unknown)));
}

void TestWizard::keyboardOnlyWalk_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageLoader::supported())
        QTest::newRow(qPrintable(language)) << language;
}

// The guided walk with the keyboard alone, in each language: type the paste and the URL, Return
// through the connection (a literal IP endpoint, path-style by itself), Tab to "Run suggested",
// Space; the focus lands on the answer; Return to the Summary, which names the confirming check;
// Return to the export.
void TestWizard::keyboardOnlyWalk()
{
    QFETCH(QString, language);
    auto emulator = startEmulator(QStringLiteral("cos-referer-denied"));
    QVERIFY(emulator);
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(emulator->port());
    LanguageLoader languages;
    languages.load(language);
    DoctorWizard wizard(&languages);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };

    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pasteError"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message></Error>"));
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("pasteUrl"));
    QTest::keyClicks(QApplication::focusWidget(), endpoint + QStringLiteral("/examplebucket-1250000000/photos/cat.jpg"));
    QTRY_VERIFY(wizard.pastePage()->previewText().contains(QLatin1String("AccessDenied")));
    key(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ConnectionPageId));
    QVERIFY(wizard.connectionPage()->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->isChecked());
    QCOMPARE(wizard.connectionPage()->findChild<QLineEdit *>(QStringLiteral("endpoint"))->text(), endpoint); // scheme and port kept
    // Tab to the Referer field and type the page's address.
    for (int tabs = 0; tabs < 60 && QApplication::focusWidget()->objectName() != QLatin1String("referer"); ++tabs)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("referer"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://www.example.com/gallery.html"));
    key(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ChecksPageId));

    ChecksPage *checks = wizard.checksPage();
    CheckStepWidget *referer = checks->step(QStringLiteral("referer"));
    QCOMPARE(checks->suggested().value(0), QStringLiteral("referer"));
    // The walk's step names its place in the guide, in the user's language.
    QVERIFY(referer->findChild<QLabel *>(QStringLiteral("questions"))->isVisible());
    auto *runAll = checks->findChild<QAbstractButton *>(QStringLiteral("runAll"));
    for (int tabs = 0; tabs < 60 && QApplication::focusWidget() != runAll; ++tabs)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), runAll);
    QSignalSpy finished(checks, &ChecksPage::runFinished);
    key(Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QCOMPARE(wizard.session()->result(QStringLiteral("referer")).status, CheckResult::Status::Fail);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus != checks->findChild<QCheckBox *>(QStringLiteral("allowWrite")));
    QVERIFY2(referer->isAncestorOf(focus), qPrintable(focus->objectName()));

    key(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(SummaryPageId));
    const Verdict verdict = Verdict::of(wizard.session()->diagnosis(), wizard.session()->results());
    QCOMPARE(verdict.state, Verdict::State::Confirmed);
    QVERIFY(wizard.summaryPage()->headlineText().contains(UserText::verdictStateLine(verdict)));
    key(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(ExportPageId));
}

QTEST_MAIN(TestWizard)
#include "TestWizard.moc"
