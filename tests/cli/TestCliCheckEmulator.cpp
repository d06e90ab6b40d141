#include "support/CheckJson.h"
#include "servers/ServerProcess.h"
#include "support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// `bucketdoctor-cli check` end to end against the COS/OSS store emulator (tests/emulator), one
// scenario per row: the verdict each named check must reach and the category of the top cause.
class TestCliCheckEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
};

namespace {
struct Identity {
    QString keyId;
    QString secret;
    QString token;
};

const Identity kCosSub{QStringLiteral("AKIDEXAMPLESUBUSER"), QStringLiteral("example-subuser-secret-not-real"), {}};
const Identity kCosOwner{QStringLiteral("AKIDEXAMPLEOWNER"), QStringLiteral("example-owner-secret-not-real"), {}};
const Identity kOssSub{QStringLiteral("LTAIEXAMPLESUBUSER"), QStringLiteral("example-subuser-secret-not-real"), {}};
const Identity kOssOwner{QStringLiteral("LTAIEXAMPLEOWNER"), QStringLiteral("example-owner-secret-not-real"), {}};
}

Q_DECLARE_METATYPE(Identity)

void TestCliCheckEmulator::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Identity>("identity");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("checks");
    QTest::addColumn<QString>("topCategory");

    const QStringList cos{QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--bucket"),
                          QStringLiteral("examplebucket-1250000000"), QStringLiteral("--region"), QStringLiteral("ap-guangzhou")};
    const QStringList oss{QStringLiteral("--provider"), QStringLiteral("oss"), QStringLiteral("--bucket"), QStringLiteral("examplebucket"),
                          QStringLiteral("--region"), QStringLiteral("cn-hangzhou")};
    const QStringList cat{QStringLiteral("--object"), QStringLiteral("photos/cat.jpg")};
    const QStringList page{QStringLiteral("--origin"), QStringLiteral("https://app.example.com"), QStringLiteral("--referer"),
                           QStringLiteral("https://www.example.com/gallery.html")};

    QTest::newRow("cos healthy") << QStringLiteral("cos-healthy") << (cos + cat + page) << kCosSub << 0
                                 << QStringLiteral("endpoint=pass,time=pass/in_sync,key=pass/accepted,anonymous=pass/private,acl=pass/private,"
                                                   "policy=pass/no_deny,cors=pass/allowed,referer=pass/allowed,object=pass/available")
                                 << QString();
    QTest::newRow("cos referer refused") << QStringLiteral("cos-referer-denied") << (cos + cat + page) << kCosSub << 1
                                         << QStringLiteral("referer=fail/referer_denied,key=pass") << QStringLiteral("referer");
    QTest::newRow("cos no cors") << QStringLiteral("cos-no-cors") << (cos + cat + page) << kCosSub << 1
                                 << QStringLiteral("cors=fail/refused") << QStringLiteral("cors");
    QTest::newRow("cos policy deny") << QStringLiteral("cos-policy-deny") << (cos + cat) << kCosSub << 1
                                     << QStringLiteral("key=pass/accepted_denied,policy=fail/explicit_deny")
                                     << QStringLiteral("permission_acl_policy");
    QTest::newRow("cos skewed clock") << QStringLiteral("cos-skewed-clock") << (cos + cat) << kCosSub << 1
                                      << QStringLiteral("time=fail/too_skewed,key=pass/accepted") << QStringLiteral("clock_skew");
    QTest::newRow("cos unknown key") << QStringLiteral("cos-healthy") << (cos + cat)
                                     << Identity{QStringLiteral("AKIDNOSUCHKEY000"), QStringLiteral("whatever"), {}} << 1
                                     << QStringLiteral("key=fail/key_unknown") << QStringLiteral("key_invalid_or_disabled");
    QTest::newRow("cos wrong secret") << QStringLiteral("cos-healthy") << (cos + cat)
                                      << Identity{kCosSub.keyId, QStringLiteral("not-the-secret"), {}} << 1
                                      << QStringLiteral("key=fail/signature_mismatch") << QStringLiteral("secret_wrong_signature");
    QTest::newRow("cos temporary key without token") << QStringLiteral("cos-healthy") << (cos + cat)
                                                     << Identity{QStringLiteral("AKIDEXAMPLETEMP"), QStringLiteral("example-temp-secret-not-real"), {}}
                                                     << 1 << QStringLiteral("key=fail/token_missing")
                                                     << QStringLiteral("sts_token_expired_or_missing");
    QTest::newRow("cos temporary key with token")
        << QStringLiteral("cos-healthy") << (cos + cat)
        << Identity{QStringLiteral("AKIDEXAMPLETEMP"), QStringLiteral("example-temp-secret-not-real"), QStringLiteral("example-cos-token-not-real")}
        << 0 << QStringLiteral("key=pass/accepted") << QString();
    QTest::newRow("cos archived object") << QStringLiteral("cos-healthy")
                                         << (cos + QStringList{QStringLiteral("--object"), QStringLiteral("archive/old.bin")}) << kCosOwner << 1
                                         << QStringLiteral("object=fail/archived") << QStringLiteral("archive_not_restored");
    QTest::newRow("cos restored object") << QStringLiteral("cos-healthy")
                                         << (cos + QStringList{QStringLiteral("--object"), QStringLiteral("archive/restored.bin")}) << kCosOwner
                                         << 0 << QStringLiteral("object=pass/restored") << QString();
    QTest::newRow("cos write probe") << QStringLiteral("cos-healthy") << (cos + cat + QStringList{QStringLiteral("--write-probe")})
                                     << kCosOwner << 0 << QStringLiteral("write=pass/writable") << QString();

    QTest::newRow("oss healthy, V1 when asked for") << QStringLiteral("oss-healthy")
                                 << (oss + cat + page + QStringList{QStringLiteral("--signature-version"), QStringLiteral("1")}) << kOssSub << 0
                                 << QStringLiteral("endpoint=pass,time=pass,key=pass/accepted,anonymous=pass/private,cors=pass/allowed,"
                                                   "referer=pass/allowed,object=pass/available")
                                 << QString();
    QTest::newRow("oss healthy") << QStringLiteral("oss-healthy") << (oss + cat + page) << kOssSub << 0
                                 << QStringLiteral("endpoint=pass,time=pass,key=pass/accepted,anonymous=pass/private,cors=pass/allowed,"
                                                   "referer=pass/allowed,object=pass/available")
                                 << QString();
    QTest::newRow("oss referer blacklist") << QStringLiteral("oss-referer-blacklist") << (oss + cat + page) << kOssSub << 1
                                           << QStringLiteral("referer=fail/referer_denied") << QStringLiteral("referer");
    QTest::newRow("oss cors refused") << QStringLiteral("oss-cors-denied") << (oss + cat + page) << kOssSub << 1
                                      << QStringLiteral("cors=fail/refused") << QStringLiteral("cors");
    QTest::newRow("oss wrong endpoint") << QStringLiteral("oss-wrong-endpoint") << (oss + cat) << kOssOwner << 1
                                        << QStringLiteral("endpoint=fail/wrong_endpoint") << QStringLiteral("wrong_endpoint_region");
    QTest::newRow("oss public read") << QStringLiteral("oss-public-read") << (oss + cat) << kOssOwner << 0
                                     << QStringLiteral("anonymous=pass/public,acl=pass/public_read") << QString();
    QTest::newRow("oss sts key with its token")
        << QStringLiteral("oss-token") << (oss + cat)
        << Identity{QStringLiteral("STS.EXAMPLETEMPKEY"), QStringLiteral("example-sts-secret-not-real"), QStringLiteral("example-oss-token-not-real")}
        << 0 << QStringLiteral("key=pass/accepted") << QString();
    QTest::newRow("oss sts key with another token")
        << QStringLiteral("oss-token") << (oss + cat)
        << Identity{QStringLiteral("STS.EXAMPLETEMPKEY"), QStringLiteral("example-sts-secret-not-real"),
                    QStringLiteral("example-other-oss-token-not-real")}
        << 1 << QStringLiteral("key=fail/token_invalid") << QStringLiteral("sts_token_expired_or_missing");
    QTest::newRow("oss archived object") << QStringLiteral("oss-healthy")
                                         << (oss + QStringList{QStringLiteral("--object"), QStringLiteral("archive/old.bin")}) << kOssOwner << 1
                                         << QStringLiteral("object=fail/archived") << QStringLiteral("archive_not_restored");
}

void TestCliCheckEmulator::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, arguments);
    QFETCH(Identity, identity);
    QFETCH(int, exitCode);
    QFETCH(QString, checks);
    QFETCH(QString, topCategory);
    ServerProcess emulator;
    QString error;
    QVERIFY2(emulator.start(QStringLiteral(BUCKETDOCTOR_EMULATOR),
                            {QStringLiteral("--scenario"), QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/") + scenario + QStringLiteral(".json")},
                            &error),
             qPrintable(error));
    QHash<QString, QString> env{{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), identity.secret}};
    if (!identity.token.isEmpty())
        env.insert(QStringLiteral("BUCKETDOCTOR_SECURITY_TOKEN"), identity.token);
    const CliRun run = CliProcess::run(QStringList{QStringLiteral("check"), QStringLiteral("--endpoint"), emulator.endpoint(),
                                                   QStringLiteral("--path-style"), QStringLiteral("--access-key-id"), identity.keyId,
                                                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout-ms"),
                                                   QStringLiteral("5000")}
                                           + arguments,
                                       {}, env);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QString wrong = CheckJson::mismatches(root, checks);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(run.exitCode, exitCode);
    const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
    QVERIFY(!causes.isEmpty());
    if (!topCategory.isEmpty())
        QCOMPARE(causes.first().toObject().value(QStringLiteral("category")).toString(), topCategory);
    for (const QByteArray &output : {run.out, run.err}) {
        QVERIFY(!output.contains(identity.secret.toUtf8()));
        if (!identity.token.isEmpty())
            QVERIFY(!output.contains(identity.token.toUtf8()));
    }
}

QTEST_MAIN(TestCliCheckEmulator)
#include "TestCliCheckEmulator.moc"
