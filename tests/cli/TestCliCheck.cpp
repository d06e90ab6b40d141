#include "support/CheckJson.h"
#include "net/HttpProbe.h"
#include "servers/ServerProcess.h"
#include "signing/SignRequest.h"
#include "signing/SigV4Signer.h"
#include "support/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `bucketdoctor-cli check` end to end against real local servers: s3rver (tests/s3rver) here, the
// COS/OSS store emulator in TestCliCheckEmulator. Each row names the verdict every check must reach
// and the category of the top cause.
class TestCliCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void s3rver_data();
    void s3rver();
    void writeProbeCleansUp();
    void reportFilesKeepSecretsOut();
    void expiredPresignedUrlFromTheServer();
    void usageErrors_data();
    void usageErrors();

private:
    ServerProcess m_s3rver;
};

namespace {
const QString kCanarySecret = QStringLiteral("CANARY-SECRET-do-not-print-7f3a");

QJsonObject parseJson(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << run.out.left(2000) << run.err;
    return doc.object();
}

}

void TestCliCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_s3rver.start(QStringLiteral(BUCKETDOCTOR_NODE),
                            {QStringLiteral(BUCKETDOCTOR_S3RVER_SCRIPT), QStringLiteral(BUCKETDOCTOR_S3RVER_BUCKETS)}, &error),
             qPrintable(error));
}

void TestCliCheck::s3rver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("checks");
    QTest::addColumn<QString>("topCategory");

    const QStringList base{QStringLiteral("--path-style"), QStringLiteral("--object"), QStringLiteral("hello.txt")};
    const QStringList key{QStringLiteral("--access-key-id"), QStringLiteral("S3RVER")};
    const QStringList origin{QStringLiteral("--origin"), QStringLiteral("https://app.example.com")};
    QTest::newRow("CORS allowed, key good")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket")} + base + key + origin) << QStringLiteral("S3RVER") << 0
        << QStringLiteral("endpoint=pass/reachable,time=pass,key=pass/accepted,anonymous=pass/public,cors=pass/allowed,"
                          "object=pass/available,referer=skipped/not_supported,write=skipped/not_opted_in,acl=skipped/not_implemented")
        << QString();
    QTest::newRow("CORS not enabled on the bucket")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("plain-bucket")} + base + key + origin) << QStringLiteral("S3RVER") << 1
        << QStringLiteral("cors=fail/refused,key=pass") << QStringLiteral("cors");
    QTest::newRow("CORS refused for another origin")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--origin"),
                        QStringLiteral("https://evil.example.net")}
            + base + key)
        << QStringLiteral("S3RVER") << 1 << QStringLiteral("cors=fail/refused") << QStringLiteral("cors");
    QTest::newRow("CORS refused for a method")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--request-method"),
                        QStringLiteral("DELETE")}
            + base + key + origin)
        << QStringLiteral("S3RVER") << 1 << QStringLiteral("cors=fail/refused") << QStringLiteral("cors");
    QTest::newRow("unknown access key")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--access-key-id"),
                        QStringLiteral("AKIDNOSUCHKEY0000")}
            + base)
        << kCanarySecret << 1 << QStringLiteral("key=fail/key_unknown,endpoint=pass") << QStringLiteral("key_invalid_or_disabled");
    QTest::newRow("no key: the unsigned checks still run")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket")} + base) << QString() << 0
        << QStringLiteral("key=skipped/missing_input:access_key_id,anonymous=pass/public,endpoint=pass,time=pass,"
                          "cors=skipped/missing_input:origin,object=skipped/missing_input:access_key_id")
        << QString();
    QTest::newRow("bucket missing")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("no-such-bucket")} + base + key) << QStringLiteral("S3RVER") << 1
        << QStringLiteral("endpoint=fail/bucket_not_found") << QStringLiteral("wrong_endpoint_region");
    QTest::newRow("object missing")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--path-style"), QStringLiteral("--object"),
                        QStringLiteral("missing.txt")}
            + key)
        << QStringLiteral("S3RVER") << 1 << QStringLiteral("object=fail/not_found,key=pass/accepted") << QString();
    QTest::newRow("--only runs the named checks")
        << (QStringList{QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--only"), QStringLiteral("time,key")}
            + base + key)
        << QStringLiteral("S3RVER") << 0
        << QStringLiteral("time=pass,key=pass,endpoint=skipped/not_selected,anonymous=skipped/not_selected") << QString();
}

void TestCliCheck::s3rver()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, checks);
    QFETCH(QString, topCategory);
    QHash<QString, QString> env;
    if (!secret.isEmpty())
        env.insert(QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), secret);
    const CliRun run = CliProcess::run(QStringList{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"),
                                                   QStringLiteral("--endpoint"), m_s3rver.endpoint(), QStringLiteral("--format"),
                                                   QStringLiteral("json"), QStringLiteral("--timeout-ms"), QStringLiteral("5000")}
                                           + arguments,
                                       {}, env);
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject root = parseJson(run);
    const QString wrong = CheckJson::mismatches(root, checks);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
    QVERIFY(!causes.isEmpty());
    if (!topCategory.isEmpty())
        QCOMPARE(causes.first().toObject().value(QStringLiteral("category")).toString(), topCategory);
    // The environment a support ticket needs: the clock's offset whenever the time check ran.
    const QJsonObject environment = root.value(QStringLiteral("environment")).toObject();
    QCOMPARE(environment.value(QStringLiteral("appVersion")).toString(), QStringLiteral(BUCKETDOCTOR_VERSION));
    QCOMPARE(environment.value(QStringLiteral("proxy")).toString(), QStringLiteral("system"));
    QCOMPARE(environment.value(QStringLiteral("clockOffsetMs")).isDouble(), CheckJson::mismatches(root, QStringLiteral("time=pass")).isEmpty());
    QVERIFY(!run.out.contains(kCanarySecret.toUtf8()));
    QVERIFY(!run.err.contains(kCanarySecret.toUtf8()));
}

void TestCliCheck::writeProbeCleansUp()
{
    const CliRun run = CliProcess::run({QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--endpoint"),
                                        m_s3rver.endpoint(), QStringLiteral("--bucket"), QStringLiteral("cors-bucket"),
                                        QStringLiteral("--path-style"), QStringLiteral("--access-key-id"), QStringLiteral("S3RVER"),
                                        QStringLiteral("--only"), QStringLiteral("write"), QStringLiteral("--write-probe"),
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       {}, {{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), QStringLiteral("S3RVER")}});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run);
    QCOMPARE(CheckJson::mismatches(root, QStringLiteral("write=pass/writable")), QString());
    QString probeKey;
    for (const QJsonValue &v : root.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("write"))
            probeKey = v.toObject().value(QStringLiteral("facts")).toObject().value(QStringLiteral("probeKey")).toString();
    }
    QVERIFY(probeKey.startsWith(QLatin1String("bucketdoctor-probe-")));
    // s3rver serves anonymous reads, so the probe's object can be looked for without a signature.
    QNetworkAccessManager nam;
    HttpProbe probe(&nam);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    ProbeRequest request;
    request.url = QUrl(m_s3rver.endpoint() + QStringLiteral("/cors-bucket/") + probeKey);
    probe.start(request);
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().first().value<ProbeResult>().httpStatus, 404);
}

void TestCliCheck::reportFilesKeepSecretsOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {QStringLiteral("report.md"), QStringLiteral("report.html"), QStringLiteral("report.json")}) {
        const QString path = dir.filePath(name);
        const CliRun run = CliProcess::run(
            {QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--endpoint"), m_s3rver.endpoint(),
             QStringLiteral("--bucket"), QStringLiteral("cors-bucket"), QStringLiteral("--path-style"), QStringLiteral("--object"),
             QStringLiteral("hello.txt"), QStringLiteral("--access-key-id"), QStringLiteral("AKIDCANARYKEY1234"), QStringLiteral("--output"), path},
            {}, {{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), kCanarySecret}, {QStringLiteral("BUCKETDOCTOR_SECURITY_TOKEN"), kCanarySecret + u'T'}});
        QCOMPARE(run.exitCode, 1); // the unknown key fails the key check
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray report = file.readAll();
        QVERIFY(report.contains("key_unknown") || report.contains("access key ID"));
        // The transcripts keep the Authorization header's shape (key id, scope, signed headers), which
        // support needs, and lose its signature.
        QVERIFY(report.contains("Signature=[redacted]"));
        static const QRegularExpression signatureValue(QStringLiteral("(Signature=|signature=|q-signature=)[0-9a-fA-F]{16}"));
        for (const QByteArray &haystack : {report, run.out, run.err}) {
            QVERIFY(!haystack.contains(kCanarySecret.toUtf8()));
            QVERIFY(!signatureValue.match(QString::fromUtf8(haystack)).hasMatch());
        }
    }
}

// The body s3rver really answers to an expired presigned URL, pasted with the URL into diagnose.
void TestCliCheck::expiredPresignedUrlFromTheServer()
{
    SignRequest request;
    QString error;
    QVERIFY(SignRequest::fromUrl(QStringLiteral("GET"), m_s3rver.endpoint() + QStringLiteral("/cors-bucket/hello.txt"), {}, &request, &error));
    request.accessKeyId = QStringLiteral("S3RVER");
    request.secretKey = QStringLiteral("S3RVER");
    request.region = QStringLiteral("us-east-1");
    request.time = QDateTime::currentDateTimeUtc().addSecs(-3600);
    request.expires = 60;
    request.presign = true;
    const SignResult signedUrl = SigV4Signer::sign(request);
    QVERIFY(signedUrl.ok);
    QNetworkAccessManager nam;
    HttpProbe probe(&nam);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    ProbeRequest get;
    get.url = QUrl(signedUrl.url, QUrl::StrictMode);
    probe.start(get);
    QVERIFY(spy.wait(10000));
    const ProbeResult answer = spy.first().first().value<ProbeResult>();
    QCOMPARE(answer.httpStatus, 403);
    const QByteArray paste = signedUrl.url.toUtf8() + "\n\n" + answer.body;
    const CliRun run = CliProcess::run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")}, paste);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run);
    QCOMPARE(root.value(QStringLiteral("causes")).toArray().first().toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("presign_expired"));
}

void TestCliCheck::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--endpoint"),
                           QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--bucket"), QStringLiteral("b")};
    QTest::newRow("no bucket") << QStringList{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"),
                                              QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")}
                               << 2 << QStringLiteral("--bucket");
    QTest::newRow("unknown check") << (base + QStringList{QStringLiteral("--only"), QStringLiteral("time,dns")}) << 2
                                   << QStringLiteral("Unknown check \"dns\"");
    QTest::newRow("pdf from the command line") << (base + QStringList{QStringLiteral("--output"), QStringLiteral("r.pdf")}) << 2
                                               << QStringLiteral("PDF reports");
    QTest::newRow("unknown report format") << (base + QStringList{QStringLiteral("--output"), QStringLiteral("r.docx")}) << 2
                                           << QStringLiteral("report format");
    QTest::newRow("unknown signature version") << (base + QStringList{QStringLiteral("--signature-version"), QStringLiteral("3")}) << 2
                                               << QStringLiteral("3");
    QTest::newRow("bad proxy") << (base + QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://x")}) << 2
                               << QStringLiteral("Unusable proxy");
    QTest::newRow("bad timeout") << (base + QStringList{QStringLiteral("--timeout-ms"), QStringLiteral("soon")}) << 2
                                 << QStringLiteral("--timeout-ms");
    QTest::newRow("ftp endpoint") << QStringList{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"),
                                                 QStringLiteral("--endpoint"), QStringLiteral("ftp://127.0.0.1"), QStringLiteral("--bucket"),
                                                 QStringLiteral("b")}
                                  << 2 << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("unreadable secret file")
        << (base + QStringList{QStringLiteral("--access-key-id"), QStringLiteral("AK"), QStringLiteral("--secret-key-file"),
                               QStringLiteral("/nonexistent/secret")})
        << 3 << QStringLiteral("/nonexistent/secret");
}

void TestCliCheck::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = CliProcess::run(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliCheck)
#include "TestCliCheck.moc"
