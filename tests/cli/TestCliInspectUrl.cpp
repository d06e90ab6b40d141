#include "support/CliProcess.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// Runs the real `bucketdoctor-cli inspect-url`, as a user or a CI job would.
class TestCliInspectUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFollowsContract();
    void jsonPerForm_data();
    void jsonPerForm();
    void status_data();
    void status();
    void nowDefaultsToTheClock();
    void textOutput();
    void warningsInJson();
    void methodOption();
    void languageKeepsIds();
    void exitCodes_data();
    void exitCodes();
    void secretsStayOut_data();
    void secretsStayOut();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments);
    static QJsonObject json(const QStringList &arguments, Run *raw = nullptr);
};

TestCliInspectUrl::Run TestCliInspectUrl::run(const QStringList &arguments)
{
    return CliProcess::run(arguments);
}

QJsonObject TestCliInspectUrl::json(const QStringList &arguments, Run *raw)
{
    const Run r = run(arguments);
    if (raw)
        *raw = r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

namespace {
const QString kS3Doc = QStringLiteral(
    "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z"
    "&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
const QByteArray kS3DocSignature = "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
const QString kS3DocNow = QStringLiteral("1369357200"); // an hour after X-Amz-Date

const QString kOssV1Token = QStringLiteral(
    "http://bucket.oss-cn-hangzhou.aliyuncs.com/key%2B123?Expires=1699808204&OSSAccessKeyId=ak"
    "&Signature=jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D&security-token=token&versionId=versionId");
const QString kOssV4 = QStringLiteral(
    "https://bucket.oss-cn-hangzhou.aliyuncs.com/1234%2B-/123/1.txt?x-oss-signature-version=OSS4-HMAC-SHA256"
    "&x-oss-credential=ak%2F20231217%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231217T025437Z"
    "&x-oss-expires=599&x-oss-signature=a39966c61718be0d5b14e668088b3fa07601033f6518ac7b523100014269c0fe");
const QString kCos = QStringLiteral(
    "https://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/a%20b/%E6%B5%8B%E8%AF%95.jpg"
    "?response-content-type=image%2Fjpeg&versionId=MTg0NDUx&q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp"
    "&q-sign-time=1480932292;1481012292&q-key-time=1480932292;1481012292&q-header-list=host;range"
    "&q-url-param-list=response-content-type;versionid&q-signature=210018be73dd9cb3047c21662f5154193468a5f5");

const QRegularExpression kIsoUtc(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
}

void TestCliInspectUrl::jsonFollowsContract()
{
    Run r;
    const QJsonObject o = json({QStringLiteral("inspect-url"), kS3Doc, QStringLiteral("--now"), kS3DocNow, QStringLiteral("--format"),
                                QStringLiteral("json")},
                               &r);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(!o.isEmpty(), r.out.constData());
    QVERIFY(r.out.trimmed().startsWith('{') && r.out.trimmed().endsWith('}')); // one object, nothing else
    for (const char *key : {"provider", "form", "algorithm", "accessKeyId", "signedAt", "expiresAt", "validitySeconds", "status",
                            "signedHeaders", "signedQueryParams", "tokenPresent", "temporaryCredential", "host", "bucket",
                            "objectKey", "hostRegion", "scopeRegion", "signature", "securityToken", "warnings", "now", "url"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("s3"));
    QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("sigv4"));
    QCOMPARE(o.value(QStringLiteral("accessKeyId")).toString(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    QCOMPARE(o.value(QStringLiteral("signedAt")).toString(), QStringLiteral("2013-05-24T00:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2013-05-25T00:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("now")).toString(), QStringLiteral("2013-05-24T01:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("validitySeconds")).toInteger(), 86400);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(o.value(QStringLiteral("signedHeaders")).toArray(), QJsonArray{QStringLiteral("host")});
    QCOMPARE(o.value(QStringLiteral("scopeRegion")).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(o.value(QStringLiteral("bucket")).toString(), QStringLiteral("examplebucket"));
    QCOMPARE(o.value(QStringLiteral("objectKey")).toString(), QStringLiteral("test.txt"));
    QCOMPARE(o.value(QStringLiteral("tokenPresent")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("securityToken")).isNull());
    QCOMPARE(o.value(QStringLiteral("signature")).toString(), QStringLiteral("[redacted]"));
    QVERIFY(o.value(QStringLiteral("warnings")).isArray());
    QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 0);
    QVERIFY(o.value(QStringLiteral("url")).toString().contains(QLatin1String("X-Amz-Signature=[redacted]")));
}

void TestCliInspectUrl::jsonPerForm_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("hasSignedAt");
    QTest::addColumn<bool>("token");
    QTest::newRow("S3 SigV4") << kS3Doc << kS3DocNow << "s3" << "sigv4" << true << false;
    QTest::newRow("OSS V1 with token") << kOssV1Token << "1699807000" << "oss" << "oss-v1" << false << true;
    QTest::newRow("OSS V4") << kOssV4 << "1702781700" << "oss" << "oss-v4" << true << false;
    QTest::newRow("COS") << kCos << "1480932300" << "cos" << "cos" << true << false;
}

void TestCliInspectUrl::jsonPerForm()
{
    QFETCH(QString, url);
    QFETCH(QString, now);
    QFETCH(QString, provider);
    QFETCH(QString, form);
    QFETCH(bool, hasSignedAt);
    QFETCH(bool, token);
    Run r;
    const QJsonObject o = json({QStringLiteral("inspect-url"), url, QStringLiteral("--now"), now, QStringLiteral("--format=json")}, &r);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(o.value(QStringLiteral("provider")).toString(), provider);
    QCOMPARE(o.value(QStringLiteral("form")).toString(), form);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY2(kIsoUtc.match(o.value(QStringLiteral("expiresAt")).toString()).hasMatch(), r.out.constData());
    if (hasSignedAt)
        QVERIFY(kIsoUtc.match(o.value(QStringLiteral("signedAt")).toString()).hasMatch());
    else
        QVERIFY(o.value(QStringLiteral("signedAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("tokenPresent")).toBool(), token);
    QCOMPARE(o.value(QStringLiteral("securityToken")).toString(), token ? QStringLiteral("[redacted]") : QString());
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject warning = w.toObject();
        QVERIFY(!warning.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!warning.value(QStringLiteral("text")).toString().isEmpty());
    }
}

void TestCliInspectUrl::status_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("status");
    QTest::newRow("S3 valid") << kS3Doc << kS3DocNow << "valid";
    QTest::newRow("S3 expired") << kS3Doc << "1369440001" << "expired";
    QTest::newRow("S3 not yet valid") << kS3Doc << "1369350000" << "not_yet_valid";
    QTest::newRow("COS not yet valid") << kCos << "1480932291" << "not_yet_valid";
    QTest::newRow("COS expired") << kCos << "1481012293" << "expired";
    QTest::newRow("OSS V1 expired") << kOssV1Token << "1699808205" << "expired";
}

void TestCliInspectUrl::status()
{
    QFETCH(QString, url);
    QFETCH(QString, now);
    QFETCH(QString, status);
    Run r;
    const QJsonObject o = json({QStringLiteral("inspect-url"), url, QStringLiteral("--now"), now, QStringLiteral("--format"),
                                QStringLiteral("json")},
                               &r);
    QCOMPARE(r.exitCode, 0); // an expired URL is a finding, not a failure to run
    QCOMPARE(o.value(QStringLiteral("status")).toString(), status);
}

void TestCliInspectUrl::nowDefaultsToTheClock()
{
    const QJsonObject o = json({QStringLiteral("inspect-url"), kS3Doc, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    const QDateTime now = QDateTime::fromString(o.value(QStringLiteral("now")).toString(), Qt::ISODate);
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestCliInspectUrl::textOutput()
{
    const Run r = run({QStringLiteral("inspect-url"), kS3Doc, QStringLiteral("--now"), QStringLiteral("1369440060")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QString out = QString::fromUtf8(r.out);
    for (const char *expected : {"Provider: AWS S3", "Signature form: sigv4 (AWS4-HMAC-SHA256)", "Access key id: AKIAIOSFODNN7EXAMPLE",
                                 "Signed at: 2013-05-24T00:00:00Z", "Expires at: 2013-05-25T00:00:00Z", "Valid for: 1 d",
                                 "Status: expired 1 min ago", "Signed headers: host", "Signature: [redacted]",
                                 "Security token: none", "Bucket: examplebucket", "Object key: test.txt"})
        QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(expected), out)));
    QVERIFY(!out.contains(QLatin1String("Warnings:")));

    const Run v1 = run({QStringLiteral("inspect-url"), kOssV1Token, QStringLiteral("--now"), QStringLiteral("1699807000")});
    const QString v1Out = QString::fromUtf8(v1.out);
    QVERIFY2(v1Out.contains(QLatin1String("Signed at: not in the URL")), qPrintable(v1Out));
    QVERIFY(v1Out.contains(QLatin1String("Status: valid, 20 min 4 s left")));
    QVERIFY(v1Out.contains(QLatin1String("Security token: [redacted]")));
    QVERIFY(v1Out.contains(QLatin1String("Warnings:\n  - Note [content_type_if_upload]: ")));
}

void TestCliInspectUrl::warningsInJson()
{
    const QString url = QStringLiteral(
        "https://examplebucket.s3.eu-west-1.amazonaws.com/a.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=ASIAEXAMPLE%2F20260131%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260131T080000Z"
        "&X-Amz-Expires=43200&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE"
        "&X-Amz-Signature=00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QJsonObject o = json({QStringLiteral("inspect-url"), url, QStringLiteral("--now"), QStringLiteral("1769846460"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(o.value(QStringLiteral("temporaryCredential")).toBool(), true);
    QStringList ids;
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject warning = w.toObject();
        ids << warning.value(QStringLiteral("id")).toString();
        QCOMPARE(warning.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QVERIFY(warning.value(QStringLiteral("text")).toString().size() > 40);
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("region_mismatch"), QStringLiteral("temporary_credential_lifetime")}));
}

void TestCliInspectUrl::methodOption()
{
    const QStringList base{QStringLiteral("inspect-url"), kOssV4, QStringLiteral("--now"), QStringLiteral("1702781700"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const auto idsOf = [](const QJsonObject &o) {
        QStringList ids;
        for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
            ids << w.toObject().value(QStringLiteral("id")).toString();
        return ids;
    };
    QCOMPARE(idsOf(json(base)), QStringList{QStringLiteral("content_type_if_upload")});
    const QJsonObject put = json(base + QStringList{QStringLiteral("--method"), QStringLiteral("put")});
    QCOMPARE(put.value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(idsOf(put), QStringList{QStringLiteral("content_type_must_match")});
    QCOMPARE(idsOf(json(base + QStringList{QStringLiteral("--method"), QStringLiteral("GET")})), QStringList{});
}

void TestCliInspectUrl::languageKeepsIds()
{
    // Ids, keys and values stay the same in every language; only the sentences change.
    for (const char *lang : {"en", "zh_CN", "ko"}) {
        Run r;
        const QJsonObject o = json({QStringLiteral("inspect-url"), kOssV4, QStringLiteral("--now"), QStringLiteral("1702781700"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QLatin1String(lang)},
                                   &r);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("content_type_if_upload"));
    }
}

void TestCliInspectUrl::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrHas");
    const QString cmd = QStringLiteral("inspect-url");
    QTest::newRow("help") << QStringList{cmd, QStringLiteral("--help")} << 0 << "";
    QTest::newRow("no URL") << QStringList{cmd} << 2 << "presigned URL";
    QTest::newRow("two URLs") << QStringList{cmd, kS3Doc, kCos} << 2 << "one URL";
    QTest::newRow("bad --now") << QStringList{cmd, kS3Doc, QStringLiteral("--now"), QStringLiteral("yesterday")} << 2 << "--now";
    QTest::newRow("negative --now") << QStringList{cmd, kS3Doc, QStringLiteral("--now"), QStringLiteral("-5")} << 2 << "";
    QTest::newRow("bad format") << QStringList{cmd, kS3Doc, QStringLiteral("--format"), QStringLiteral("markdown")} << 2 << "markdown";
    QTest::newRow("bad method") << QStringList{cmd, kS3Doc, QStringLiteral("--method"), QStringLiteral("P UT")} << 2 << "P UT";
    QTest::newRow("unknown option") << QStringList{cmd, kS3Doc, QStringLiteral("--frobnicate")} << 2 << "frobnicate";
    QTest::newRow("bad language") << QStringList{cmd, kS3Doc, QStringLiteral("--lang"), QStringLiteral("fr")} << 2 << "fr";
    QTest::newRow("not a URL") << QStringList{cmd, QStringLiteral("hello world")} << 3 << "not an http or https URL";
    QTest::newRow("not presigned") << QStringList{cmd, QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt")} << 3
                                   << "examplebucket.s3.amazonaws.com is not a presigned URL";
    QTest::newRow("cut at the first &")
        << QStringList{cmd, QStringLiteral("https://b-1250000000.cos.ap-beijing.myqcloud.com/a.jpg?q-sign-algorithm=sha1")} << 3
        << "quotes";
}

void TestCliInspectUrl::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrHas);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        // One clear sentence on stderr, nothing on stdout.
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
    }
}

void TestCliInspectUrl::secretsStayOut_data()
{
    QTest::addColumn<QString>("url");
    const QString sig = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
    const QString token = QStringLiteral("CANARYTOKEN0123456789");
    // Concatenated, not QString::arg(): the URLs hold percent-escapes such as %2F.
    QTest::newRow("COS") << QStringLiteral("https://cdn.example.com/a.jpg?q-sign-algorithm=sha1&q-ak=AKIDexample"
                                           "&q-sign-time=1769846400;1769853600&q-key-time=1769846400;1769853600&q-header-list=host"
                                           "&q-url-param-list=&q-signature=")
            + sig + QStringLiteral("&x-cos-security-token=") + token;
    QTest::newRow("OSS V1") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=STS.example&Expires=1769850000"
                                              "&Signature=")
            + sig + QStringLiteral("&security-token=") + token;
    QTest::newRow("OSS V4") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/a.jpg?x-oss-signature-version=OSS4-HMAC-SHA256"
                                              "&x-oss-credential=STS.example%2F20260131%2Fcn-hangzhou%2Foss%2Faliyun_v4_request"
                                              "&x-oss-date=20260131T080000Z&x-oss-expires=7200&x-oss-security-token=")
            + token + QStringLiteral("&x-oss-signature=") + sig;
    QTest::newRow("S3, mixed-case keys")
        << QStringLiteral("https://b.s3.eu-west-1.amazonaws.com/a.jpg?x-amz-algorithm=AWS4-HMAC-SHA256"
                          "&x-amz-credential=ASIAEXAMPLE%2F20260131%2Feu-west-1%2Fs3%2Faws4_request&x-amz-date=20260131T080000Z"
                          "&x-amz-expires=7200&x-amz-signedheaders=host&X-AMZ-SECURITY-TOKEN=")
            + token + QStringLiteral("&X-Amz-signature=") + sig;
}

void TestCliInspectUrl::secretsStayOut()
{
    QFETCH(QString, url);
    const QByteArray sig = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";
    const QByteArray token = "CANARYTOKEN0123456789";
    for (const char *format : {"text", "json"}) {
        const Run r = run({QStringLiteral("inspect-url"), url, QStringLiteral("--now"), QStringLiteral("1769846460"),
                           QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--method"), QStringLiteral("PUT")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("[redacted]"), format);
        QVERIFY2(!r.out.contains(sig), format);
        QVERIFY2(!r.out.contains(token), format);
        QVERIFY(!r.err.contains(sig) && !r.err.contains(token));
    }
    // An unquoted URL split by the shell: the stray part is echoed only after redaction.
    const Run split = run({QStringLiteral("inspect-url"), kS3Doc, QStringLiteral("x-cos-security-token=") + QString::fromLatin1(token)});
    QCOMPARE(split.exitCode, 2);
    QVERIFY(!split.err.contains(token));
    const Run splitSig = run({QStringLiteral("inspect-url"), kS3Doc, QStringLiteral("X-Amz-Signature=") + QString::fromLatin1(kS3DocSignature)});
    QCOMPARE(splitSig.exitCode, 2);
    QVERIFY(!splitSig.err.contains(kS3DocSignature));
}

QTEST_GUILESS_MAIN(TestCliInspectUrl)
#include "TestCliInspectUrl.moc"
