#include "checks/CheckSuite.h"
#include "pages/ChecksPage.h"
#include "pages/ConnectionPage.h"
#include "pages/ExportPage.h"
#include "pages/PastePage.h"
#include "servers/ServerProcess.h"
#include "StoreEmulator.h"
#include "support/CliProcess.h"
#include "support/PdfText.h"
#include "text/LanguageLoader.h"
#include "wizard/DoctorWizard.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A canary secret key and token go through every path a secret can take: a pasted log, the
// command line's diagnose and check (stdout, stderr, every report file), the wizard and its
// exports (PDF text included), the settings file and the log messages. Neither canary, nor any
// signature value, may come out anywhere.
class TestSecretCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandLineDiagnose();
    void commandLineCheckAndReports();
    void wizardExportsSettingsAndLogs();

private:
    QString m_endpoint;
    std::unique_ptr<StoreEmulator> m_emulator; // in this process, for the wizard
    ServerProcess m_emulatorProcess;           // its own process, for the command line, which blocks this one
    QTemporaryDir m_dir;
};

namespace {
const QString kSecret = QStringLiteral("CANARYSECRETq7Zp9Lx2");
const QString kToken = QStringLiteral("CANARYTOKENm3Xw8Rv5");
// The signature values a report could leak: 40 hex (q-sign), 64 hex (V4), 28 base64 (OSS V1).
const QRegularExpression kSignatureValue(QStringLiteral("(q-signature=|Signature=|Signature\":\\s*\"|OSS [A-Za-z0-9]+:)"
                                                        "(?!\\[redacted\\])[0-9A-Za-z+/=]{20,}"));
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

QString leaks(const QString &where, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList found;
    if (text.contains(kSecret))
        found << QStringLiteral("secret");
    if (text.contains(kToken))
        found << QStringLiteral("token");
    const QRegularExpressionMatch m = kSignatureValue.match(text);
    if (m.hasMatch())
        found << QStringLiteral("signature %1").arg(m.captured(0));
    return found.isEmpty() ? QString() : where + QStringLiteral(": ") + found.join(QStringLiteral(", "));
}

QByteArray readFileText(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"))) {
        QByteArray text;
        QString error;
        return PdfText::extract(path, &text, &error) ? text : QByteArrayLiteral("pdftotext failed");
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

void TestSecretCanary::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bucketdoctor-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    EmulatorScenario scenario;
    QString error;
    QVERIFY2(EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/cos-healthy.json"), &scenario, &error), qPrintable(error));
    m_emulator = std::make_unique<StoreEmulator>(scenario);
    QVERIFY(m_emulator->listen());
    m_endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_emulator->port());
    QVERIFY2(m_emulatorProcess.start(QStringLiteral(BUCKETDOCTOR_EMULATOR),
                                     {QStringLiteral("--scenario"), QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/cos-healthy.json")}, &error),
             qPrintable(error));
}

void TestSecretCanary::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

void TestSecretCanary::commandLineDiagnose()
{
    const QByteArray paste =
        "PUT /photos/cat.jpg HTTP/1.1\nHost: examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com\n"
        "Authorization: q-sign-algorithm=sha1&q-ak=AKIDEXAMPLE&q-sign-time=1700000000;1700000900&q-key-time=1700000000;1700000900"
        "&q-header-list=host&q-url-param-list=&q-signature=0123456789abcdef0123456789abcdef01234567\n"
        "x-cos-security-token: " + kToken.toUtf8() + "\n"
        "SecretKey=" + kSecret.toUtf8() + "\n"
        "https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.jpg?q-sign-algorithm=sha1&q-ak=AKIDEXAMPLE"
        "&q-sign-time=1700000000;1700000900&q-key-time=1700000000;1700000900&q-header-list=host&q-url-param-list="
        "&q-signature=89abcdef0123456789abcdef0123456789abcdef&x-cos-security-token=" + kToken.toUtf8() + "\n"
        "HTTP/1.1 403 Forbidden\n<Error><Code>SignatureDoesNotMatch</Code><Message>SignatureDoesNotMatch</Message></Error>\n";
    QStringList found;
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}) {
        const CliRun run = CliProcess::run({QStringLiteral("diagnose"), QStringLiteral("--format"), format}, paste,
                                           {{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), kSecret}});
        QCOMPARE(run.exitCode, 0);
        found << leaks(format + QStringLiteral(" stdout"), run.out) << leaks(format + QStringLiteral(" stderr"), run.err);
    }
    found.removeAll(QString());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSecretCanary::commandLineCheckAndReports()
{
    QStringList found;
    for (const QString &name : {QStringLiteral("cli.md"), QStringLiteral("cli.html"), QStringLiteral("cli.json")}) {
        const QString path = m_dir.filePath(name);
        const CliRun run = CliProcess::run({QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("cos"),
                                            QStringLiteral("--endpoint"), m_emulatorProcess.endpoint(), QStringLiteral("--path-style"),
                                            QStringLiteral("--bucket"),
                                            QStringLiteral("examplebucket-1250000000"), QStringLiteral("--object"), QStringLiteral("photos/cat.jpg"),
                                            QStringLiteral("--access-key-id"), QStringLiteral("AKIDEXAMPLESUBUSER"), QStringLiteral("--origin"),
                                            QStringLiteral("https://app.example.com"), QStringLiteral("--referer"),
                                            QStringLiteral("https://www.example.com/"), QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--output"), path},
                                           {}, {{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), kSecret}, {QStringLiteral("BUCKETDOCTOR_SECURITY_TOKEN"), kToken}});
        QCOMPARE(run.exitCode, 1); // the canary is not the key's secret (nor its token): the key check fails
        QVERIFY(run.out.contains("\"fail\""));
        found << leaks(name + QStringLiteral(" stdout"), run.out) << leaks(name + QStringLiteral(" stderr"), run.err)
              << leaks(name, readFileText(path));
        QVERIFY(readFileText(path).contains("[redacted]")); // there was something to remove
    }
    found.removeAll(QString());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSecretCanary::wizardExportsSettingsAndLogs()
{
    g_log.clear();
    qInstallMessageHandler(captureLog);
    QStringList found;
    {
        LanguageLoader languages;
        languages.load(QStringLiteral("en"));
        DoctorWizard wizard(&languages);
        wizard.show();
        wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))
            ->setPlainText(QStringLiteral("x-cos-security-token: %1\nSecretKey: %2\n<Error><Code>AccessDenied</Code></Error>").arg(kToken, kSecret));
        wizard.next();
        auto *page = wizard.connectionPage();
        page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(0);
        page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
        page->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(m_endpoint);
        page->findChild<QLineEdit *>(QStringLiteral("bucket"))->setText(QStringLiteral("examplebucket-1250000000"));
        page->findChild<QLineEdit *>(QStringLiteral("object"))->setText(QStringLiteral("photos/cat.jpg"));
        page->findChild<QLineEdit *>(QStringLiteral("accessKeyId"))->setText(QStringLiteral("AKIDEXAMPLESUBUSER"));
        page->findChild<QLineEdit *>(QStringLiteral("secretKey"))->setText(kSecret);
        page->findChild<QLineEdit *>(QStringLiteral("securityToken"))->setText(kToken);
        page->findChild<QCheckBox *>(QStringLiteral("rememberCredentials"))->setChecked(true); // the keychain only
        wizard.next();
        QSignalSpy finished(wizard.checksPage(), &ChecksPage::runFinished);
        wizard.checksPage()->runChecks(CheckSuite::ids());
        QVERIFY(finished.wait(30000));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ExportPageId));
        found << leaks(QStringLiteral("preview"), wizard.exportPage()->previewText().toUtf8());
        const QList<QPair<ExportPage::Format, QString>> formats{{ExportPage::Format::Markdown, QStringLiteral("gui.md")},
                                                               {ExportPage::Format::Html, QStringLiteral("gui.html")},
                                                               {ExportPage::Format::Json, QStringLiteral("gui.json")},
                                                               {ExportPage::Format::Pdf, QStringLiteral("gui.pdf")}};
        for (const auto &[format, name] : formats) {
            QString error;
            QVERIFY2(wizard.exportPage()->saveTo(m_dir.filePath(name), format, &error), qPrintable(error));
            const QByteArray text = readFileText(m_dir.filePath(name));
            QVERIFY2(!text.isEmpty() && text != "pdftotext failed", qPrintable(name));
            found << leaks(name, text);
        }
        wizard.setDiscardConfirmation([] { return true; }); // Cancel after a run asks first
        wizard.reject();
    }
    qInstallMessageHandler(nullptr);
    found << leaks(QStringLiteral("log messages"), g_log.join(u'\n').toUtf8());
    // Every file the app may write under test mode: settings, caches, data.
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            found << leaks(path, readFileText(path));
        }
    }
    QSettings settings;
    settings.sync();
    found << leaks(QStringLiteral("settings"), readFileText(settings.fileName()));
    found.removeAll(QString());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestSecretCanary)
#include "TestSecretCanary.moc"
