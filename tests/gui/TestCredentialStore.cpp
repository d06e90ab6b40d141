#include "platform/CredentialStore.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The keychain store on a machine without a keychain, as on headless CI: every call fails with a
// sentence within the store's timeout, and the secret reaches no settings file. main() points
// D-Bus at nothing, so this holds on a developer's desktop too and never touches a real keychain.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void blobRoundTrip();
    void blobRejectsGarbage();
    void saveFailsWithoutKeychain();
    void loadAndRemoveFailWithoutKeychain();
    void emptyProfileFails();
    void answersOnceWhenTimeoutRacesTheJob();
    void survivesDeletionWithJobPending();
    void nothingReachesSettings();

private:
    static constexpr int kTimeoutMs = 5000;
    static QString canary() { return QStringLiteral("CANARYSECRETKEY0123456789"); }
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings(CredentialStore::serviceName()).clear();
}

void TestCredentialStore::blobRoundTrip()
{
    const CredentialStore::Credentials in { QStringLiteral("AKIDexample"), canary(), QStringLiteral("token \"quoted\" 中文") };
    CredentialStore::Credentials out;
    QVERIFY(CredentialStore::decode(CredentialStore::encode(in), &out));
    QCOMPARE(out.accessKeyId, in.accessKeyId);
    QCOMPARE(out.secretKey, in.secretKey);
    QCOMPARE(out.securityToken, in.securityToken);
}

void TestCredentialStore::blobRejectsGarbage()
{
    CredentialStore::Credentials out;
    QVERIFY(!CredentialStore::decode(QByteArrayLiteral("not json"), &out));
    QVERIFY(!CredentialStore::decode(QByteArrayLiteral("[1,2]"), &out));
    QVERIFY(!CredentialStore::decode(QByteArrayLiteral("{\"accessKeyId\":\"a\"}"), &out));
}

void TestCredentialStore::saveFailsWithoutKeychain()
{
    CredentialStore store;
    store.setTimeoutMs(kTimeoutMs);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy saved(&store, &CredentialStore::saved);
    QElapsedTimer clock;
    clock.start();
    store.save(QStringLiteral("cos/default"), { QStringLiteral("AKIDexample"), canary(), QString() });
    QVERIFY(failed.wait(kTimeoutMs + 2000));
    qInfo("save answered in %lld ms: %s", clock.elapsed(), qPrintable(failed.first().first().toString()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(saved.size(), 0);
    const QString sentence = failed.first().first().toString();
    QVERIFY(!sentence.trimmed().isEmpty());
    QVERIFY(!sentence.contains(canary()));
    // Exactly one answer: a late job result after a timeout must not add another.
    QTest::qWait(200);
    QCOMPARE(failed.size(), 1);
}

void TestCredentialStore::loadAndRemoveFailWithoutKeychain()
{
    CredentialStore store;
    store.setTimeoutMs(kTimeoutMs);
    QSignalSpy failed(&store, &CredentialStore::failed);
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    QSignalSpy removed(&store, &CredentialStore::removed);
    store.load(QStringLiteral("oss/default"));
    QVERIFY(failed.wait(kTimeoutMs + 2000));
    store.remove(QStringLiteral("oss/default"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kTimeoutMs + 2000);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(removed.size(), 0);
    for (const QList<QVariant> &args : failed)
        QVERIFY(!args.first().toString().trimmed().isEmpty());
}

void TestCredentialStore::emptyProfileFails()
{
    CredentialStore store;
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.save(QStringLiteral("  "), { QStringLiteral("AKIDexample"), canary(), QString() });
    QCOMPARE(failed.size(), 0); // answers asynchronously, like the keychain
    QVERIFY(failed.wait(1000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestCredentialStore::answersOnceWhenTimeoutRacesTheJob()
{
    CredentialStore store;
    store.setTimeoutMs(0);
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.load(QStringLiteral("cos/default"));
    QVERIFY(failed.wait(2000));
    QTest::qWait(300); // whichever of timer and job lost must stay silent
    QCOMPARE(failed.size(), 1);
}

void TestCredentialStore::survivesDeletionWithJobPending()
{
    auto *store = new CredentialStore;
    store->save(QStringLiteral("cos/default"), { QStringLiteral("AKIDexample"), canary(), QString() });
    delete store;
    QTest::qWait(300); // the job finishes with nobody listening
}

void TestCredentialStore::nothingReachesSettings()
{
    {
        CredentialStore store;
        store.setTimeoutMs(kTimeoutMs);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.save(QStringLiteral("s3/default"), { QStringLiteral("AKIAexample"), canary(), QStringLiteral("CANARYTOKEN") });
        QVERIFY(failed.wait(kTimeoutMs + 2000));
    }
    QVERIFY(QSettings().allKeys().isEmpty());
    QVERIFY(QSettings(CredentialStore::serviceName()).allKeys().isEmpty());
    // No file under the test-mode configuration and data directories holds the secret.
    const QStringList roots { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) };
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(canary().toUtf8()), qPrintable(path));
        }
    }
}

int main(int argc, char *argv[])
{
    // No keychain here: a session bus that does not exist stands for the headless machine.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bucketdoctor-test-bus");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bucket Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCredentialStore.moc"
