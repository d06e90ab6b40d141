#include "StoreEmulator.h"
#include "pages/ChecksPage.h"
#include "pages/ConnectionPage.h"
#include "pages/PastePage.h"
#include "text/LanguageLoader.h"
#include "wizard/DoctorWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The opt-in write probe puts a test object into the user's bucket and deletes it. When the probe
// is cut short after the PUT took effect (the CLI's deadline runs out, the user closes the wizard),
// the DELETE must still reach the bucket, and be answered, before the program lets go of its
// network manager. The store emulator runs in this process, stores the PUT at once and answers it
// slowly, and answers the DELETE only after kDeleteAnswerMs: the program must have waited for that
// answer, and the bucket must hold no probe object.
class TestWriteProbeCleanup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLineDeadlineMidProbe();
    void wizardClosedMidProbe();

private:
    std::unique_ptr<StoreEmulator> startEmulator(int putDelayMs);
};

namespace {
const QString kBucket = QStringLiteral("examplebucket-1250000000");
const QString kOwnerKey = QStringLiteral("AKIDEXAMPLEOWNER");
const QString kOwnerSecret = QStringLiteral("example-owner-secret-not-real");
constexpr int kDeleteAnswerMs = 1200; // within the DELETE's own deadline (the CLI's --timeout-ms 2000, the wizard's)

QStringList probeObjects(const StoreEmulator &emulator)
{
    QStringList keys;
    for (const EmulatorObject &object : emulator.scenario().objects) {
        if (object.key.contains(QLatin1String("bucketdoctor-probe-")))
            keys << object.key;
    }
    return keys;
}
}

void TestWriteProbeCleanup::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bucketdoctor-test-bus");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

std::unique_ptr<StoreEmulator> TestWriteProbeCleanup::startEmulator(int putDelayMs)
{
    EmulatorScenario scenario;
    QString error;
    if (!EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/cos-healthy.json"), &scenario, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto emulator = std::make_unique<StoreEmulator>(scenario);
    emulator->setMethodDelayMs(QStringLiteral("PUT"), putDelayMs);
    emulator->setMethodDelayMs(QStringLiteral("DELETE"), kDeleteAnswerMs);
    if (!emulator->listen())
        return nullptr;
    return emulator;
}

void TestWriteProbeCleanup::commandLineDeadlineMidProbe()
{
    // The PUT's answer comes long after the CLI's two-second request deadline.
    const auto emulator = startEmulator(8000);
    QVERIFY(emulator);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), kOwnerSecret);
    env.remove(QStringLiteral("BUCKETDOCTOR_SECURITY_TOKEN"));
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    // Started without blocking this thread: the emulator answers from its event loop.
    cli.start(QStringLiteral(BUCKETDOCTOR_CLI_PATH),
              {QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--endpoint"),
               QStringLiteral("http://127.0.0.1:%1").arg(emulator->port()), QStringLiteral("--path-style"), QStringLiteral("--bucket"), kBucket,
               QStringLiteral("--region"), QStringLiteral("ap-guangzhou"), QStringLiteral("--object"), QStringLiteral("photos/cat.jpg"),
               QStringLiteral("--access-key-id"), kOwnerKey, QStringLiteral("--only"), QStringLiteral("write"), QStringLiteral("--write-probe"),
               QStringLiteral("--timeout-ms"), QStringLiteral("2000"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForStarted());
    cli.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!probeObjects(*emulator).isEmpty(), 10000); // the PUT took effect
    const int afterPut = emulator->requestCount();
    QTRY_VERIFY_WITH_TIMEOUT(emulator->requestCount() > afterPut, 10000); // the DELETE arrived
    QElapsedTimer sinceDelete;
    sinceDelete.start();
    QVERIFY(finished.wait(20000));
    // The CLI exited only once the DELETE was answered, not as soon as it was sent.
    QVERIFY2(sinceDelete.elapsed() >= kDeleteAnswerMs - 300, qPrintable(QString::number(sinceDelete.elapsed())));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit, cli.readAllStandardError().constData());
    QVERIFY2(!out.contains("\"writable\""), out.constData()); // the deadline, not the PUT's answer, ended the probe
    // No waiting here: the CLI must have finished the DELETE before it exited.
    QCOMPARE(probeObjects(*emulator), QStringList());
}

void TestWriteProbeCleanup::wizardClosedMidProbe()
{
    const auto emulator = startEmulator(30000);
    QVERIFY(emulator);
    {
        LanguageLoader languages;
        languages.load(QStringLiteral("en"));
        DoctorWizard wizard(&languages);
        wizard.show();
        wizard.pastePage()->findChild<QPlainTextEdit *>(QStringLiteral("pasteError"))
            ->setPlainText(QStringLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>"));
        wizard.next();
        auto *page = wizard.connectionPage();
        page->findChild<QComboBox *>(QStringLiteral("provider"))->setCurrentIndex(0); // cos
        page->findChild<QCheckBox *>(QStringLiteral("pathStyle"))->setChecked(true);
        page->findChild<QLineEdit *>(QStringLiteral("endpoint"))->setText(QStringLiteral("http://127.0.0.1:%1").arg(emulator->port()));
        page->findChild<QLineEdit *>(QStringLiteral("bucket"))->setText(kBucket);
        page->findChild<QLineEdit *>(QStringLiteral("object"))->setText(QStringLiteral("photos/cat.jpg"));
        page->findChild<QLineEdit *>(QStringLiteral("accessKeyId"))->setText(kOwnerKey);
        page->findChild<QLineEdit *>(QStringLiteral("secretKey"))->setText(kOwnerSecret);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ChecksPageId));
        wizard.checksPage()->findChild<QCheckBox *>(QStringLiteral("allowWrite"))->setChecked(true);
        wizard.checksPage()->runChecks({QStringLiteral("write")});
        QTRY_VERIFY_WITH_TIMEOUT(!probeObjects(*emulator).isEmpty(), 10000); // the PUT took effect, its answer is 30 s away
        QVERIFY(wizard.checksPage()->isRunning());
        wizard.setDiscardConfirmation([] { return true; });
        QElapsedTimer closing;
        closing.start();
        wizard.reject(); // the user closes the wizard mid-probe
        // Closing waited for the DELETE's answer.
        QVERIFY2(closing.elapsed() >= kDeleteAnswerMs - 300, qPrintable(QString::number(closing.elapsed())));
    }
    // No waiting here: closing must have finished the DELETE.
    QCOMPARE(probeObjects(*emulator), QStringList());
}

QTEST_MAIN(TestWriteProbeCleanup)
#include "TestWriteProbeCleanup.moc"
