// The live checks and the diagnosis against Ceph's RADOS Gateway, a real S3 nobody here wrote
// (tests/rgw): the scenarios are set up with the official AWS SDK (tests/rgw/scenarios.mjs), the
// CLI's `check` runs against them, and the server's own answers (bodies with an empty Message,
// curl -v transcripts) go through `diagnose`. Nothing here depends on AWS wording.
#include "servers/ServerProcess.h"
#include "support/CheckJson.h"
#include "support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstdlib>

class TestRgw : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void diagnose_data();
    void diagnose();

private:
    QJsonObject scenario(const QString &name) const;

    ServerProcess m_rgw;
    QJsonObject m_scenarios;
};

namespace {
QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

QString topCategory(const QJsonObject &root)
{
    return root.value(QStringLiteral("causes")).toArray().first().toObject().value(QStringLiteral("category")).toString();
}
}

void TestRgw::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("radosgw")).isEmpty())
        QSKIP("radosgw is not installed (scripts/setup-deps.sh installs it)");
    // A start takes 2–4 s on a quiet machine and up to 13 s on a loaded one (tests/rgw/README.md).
    m_rgw.setStartTimeoutMs(90000);
    QString error;
    QVERIFY2(m_rgw.start(QStringLiteral("bash"), {QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/tests/rgw/start-rgw.sh")}, &error), qPrintable(error));
    QProcess node;
    node.start(QStringLiteral(BUCKETDOCTOR_NODE), {QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/tests/rgw/scenarios.mjs"), m_rgw.endpoint()});
    QVERIFY(node.waitForFinished(120000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    m_scenarios = parseJson(node.readAllStandardOutput()).value(QStringLiteral("scenarios")).toObject();
    QVERIFY(m_scenarios.size() >= 16);
}

QJsonObject TestRgw::scenario(const QString &name) const
{
    return m_scenarios.value(name).toObject();
}

void TestRgw::check_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("checks");
    QTest::addColumn<QStringList>("categories"); // acceptable top categories; empty: not asserted
    QTest::addColumn<int>("clockOffsetMin"); // this machine's clock as the CLI reads it, minutes off
    const QStringList none;
    QTest::newRow("healthy") << "healthy" << none << "endpoint=pass,time=pass,key=pass/accepted,object=pass" << QStringList() << 0;
    QTest::newRow("wrong secret") << "wrong-secret" << none << "time=pass,key=fail/signature_mismatch"
                                  << QStringList{QStringLiteral("secret_wrong_signature")} << 0;
    QTest::newRow("unknown key") << "unknown-key" << none << "key=fail/key_unknown" << QStringList{QStringLiteral("key_invalid_or_disabled")} << 0;
    QTest::newRow("suspended user") << "suspended-user" << none << "key=fail/account_disabled"
                                    << QStringList{QStringLiteral("account_or_bucket_disabled")} << 0;
    QTest::newRow("explicit deny for the owner") << "policy-deny-owner" << none << "key=pass/accepted_denied,policy=fail/explicit_deny"
                                                 << QStringList{QStringLiteral("permission_acl_policy")} << 0;
    QTest::newRow("object ACL without the owner") << "object-acl-other-only" << none << "key=pass/accepted_denied"
                                                  << QStringList{QStringLiteral("permission_acl_policy")} << 0;
    QTest::newRow("cross-account grant") << "cross-account-grant" << none << "key=pass/accepted" << QStringList() << 0;
    const QStringList origin{QStringLiteral("--origin"), QStringLiteral("https://app.example.com"), QStringLiteral("--request-method"),
                             QStringLiteral("GET")};
    QTest::newRow("cors allowed") << "cors-allowed" << origin << "cors=pass/allowed" << QStringList() << 0;
    QTest::newRow("cors refused") << "cors-refused"
                                  << QStringList{QStringLiteral("--origin"), QStringLiteral("https://other.example.net"),
                                                 QStringLiteral("--request-method"), QStringLiteral("GET")}
                                  << "cors=fail" << QStringList{QStringLiteral("cors")} << 0;
    QTest::newRow("cors not configured") << "cors-not-configured" << origin << "cors=fail" << QStringList{QStringLiteral("cors")} << 0;
    // The machine's clock 20 minutes ahead (a test-only offset, common/LocalClock): the time check
    // measures it against the server's Date, and the signed checks after it sign at the server's
    // time, so the key is still found good.
    QTest::newRow("clock 20 minutes ahead") << "clock-skew" << none << "time=fail/too_skewed,key=pass/accepted,object=pass"
                                            << QStringList{QStringLiteral("clock_skew")} << 20;
    QTest::newRow("clock 20 minutes behind") << "clock-skew" << none << "time=fail/too_skewed,key=pass/accepted,object=pass"
                                             << QStringList{QStringLiteral("clock_skew")} << -20;
}

void TestRgw::check()
{
    QFETCH(QString, name);
    QFETCH(QStringList, extra);
    QFETCH(QString, checks);
    QFETCH(QStringList, categories);
    QFETCH(int, clockOffsetMin);
    const QJsonObject s = scenario(name);
    QVERIFY2(!s.isEmpty(), qPrintable(name));
    // Checks that need a key use the scenario's; the CORS scenarios are anonymous, so the rules
    // are read with the owner's key.
    QString keyId = s.value(QStringLiteral("accessKeyId")).toString();
    QString secret = s.value(QStringLiteral("secretKey")).toString();
    if (keyId.isEmpty()) {
        keyId = QStringLiteral("BDOWNERKEY0000000000");
        secret = QStringLiteral("bdownersecret000000000000000000000000000");
    }
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--endpoint"),
                          m_rgw.endpoint(), QStringLiteral("--path-style"), QStringLiteral("--bucket"), s.value(QStringLiteral("bucket")).toString(),
                          QStringLiteral("--object"), s.value(QStringLiteral("object")).toString(), QStringLiteral("--access-key-id"), keyId,
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout-ms"), QStringLiteral("5000")};
    arguments += extra;
    const qint64 offsetMs = qint64(clockOffsetMin) * 60000;
    const CliRun run = CliProcess::run(arguments, {},
                                       {{QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), secret},
                                        {QStringLiteral("BUCKETDOCTOR_TEST_CLOCK_OFFSET_MS"), QString::number(offsetMs)}});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QJsonObject root = parseJson(run.out);
    const QString mismatch = CheckJson::mismatches(root, checks);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (offsetMs != 0) {
        // The measured offset is the server's time minus ours: the simulated offset, negated, to
        // within the Date header's second and the round trip.
        qint64 skewMs = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("checks")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("time"))
                skewMs = v.toObject().value(QStringLiteral("facts")).toObject().value(QStringLiteral("skewMs")).toString().toLongLong();
        }
        QVERIFY2(std::llabs(skewMs + offsetMs) < 5000, qPrintable(QString::number(skewMs)));
    }
    if (!categories.isEmpty())
        QVERIFY2(categories.contains(topCategory(root)), qPrintable(topCategory(root)));
    QVERIFY(!run.out.contains(secret.toUtf8()));
}

void TestRgw::diagnose_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("answer"); // body or curl
    QTest::addColumn<QStringList>("categories");
    QTest::newRow("wrong secret, body") << "wrong-secret" << "body"
                                        << QStringList{QStringLiteral("secret_wrong_signature"), QStringLiteral("signature_calc_bug")};
    QTest::newRow("unknown key, body") << "unknown-key" << "body" << QStringList{QStringLiteral("key_invalid_or_disabled")};
    QTest::newRow("suspended user, body") << "suspended-user" << "body" << QStringList{QStringLiteral("account_or_bucket_disabled")};
    QTest::newRow("clock 20 minutes off, body") << "clock-skew" << "body" << QStringList{QStringLiteral("clock_skew")};
    QTest::newRow("expired presigned URL, curl -v") << "presigned-expired" << "curl" << QStringList{QStringLiteral("presign_expired")};
    QTest::newRow("anonymous GET of a private object, curl -v") << "anonymous-private" << "curl"
                                                                << QStringList{QStringLiteral("anonymous_private")};
    QTest::newRow("public ACL behind Public Access Block, curl -v")
        << "public-acl-ignored" << "curl" << QStringList{QStringLiteral("anonymous_private"), QStringLiteral("permission_acl_policy")};
}

void TestRgw::diagnose()
{
    QFETCH(QString, name);
    QFETCH(QString, answer);
    QFETCH(QStringList, categories);
    const QString text = scenario(name).value(QStringLiteral("answers")).toObject().value(answer).toString();
    QVERIFY2(!text.isEmpty(), qPrintable(name + u' ' + answer));
    // RGW's answers carry an empty Message: the diagnosis must stand on the code and the request.
    if (answer == QLatin1String("body"))
        QVERIFY(text.contains(QLatin1String("<Message></Message>")));
    const CliRun run = CliProcess::run({QStringLiteral("diagnose"), QStringLiteral("--provider"), QStringLiteral("s3"),
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       text.toUtf8());
    QCOMPARE(run.exitCode, 0);
    const QString top = topCategory(parseJson(run.out));
    QVERIFY2(categories.contains(top), qPrintable(top));
}

QTEST_GUILESS_MAIN(TestRgw)
#include "TestRgw.moc"
