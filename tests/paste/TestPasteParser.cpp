#include "support/FixtureCorpus.h"
#include "paste/PasteParser.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

class TestPasteParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void corpusCoversEveryFormat();
    void requestLineAndHostMakeUrl();
    void stringToSignBytesWin();
    void emptyAndJunk();
    void clientStringsInAnyCase_data();
    void clientStringsInAnyCase();
    void loweredAsToLower_data();
    void loweredAsToLower();
    void sdkFormatByItsLiterals_data();
    void sdkFormatByItsLiterals();
    void sdkFormatNotFromServerLogsOrProse_data();
    void toolUriBucket_data();
    void toolUriBucket();
    void sdkFormatNotFromServerLogsOrProse();
    void jsErrorWithFieldsOnALaterLine_data();
    void jsErrorWithFieldsOnALaterLine();
    void transcriptLinesPastTheirFilters();
    void browserNetworkLineAlone();
    void handsBackTheLoweredText();
};

namespace {
QString fieldValue(const ParsedInput &input, const QString &key)
{
    if (key == QLatin1String("provider"))
        return Providers::id(input.provider);
    if (key == QLatin1String("httpStatus"))
        return QString::number(input.httpStatus);
    const QHash<QString, QString> fields{
        {QStringLiteral("code"), input.code},
        {QStringLiteral("message"), input.message},
        {QStringLiteral("requestId"), input.requestId},
        {QStringLiteral("hostId"), input.hostId},
        {QStringLiteral("traceId"), input.traceId},
        {QStringLiteral("ec"), input.ec},
        {QStringLiteral("resource"), input.resource},
        {QStringLiteral("stringToSign"), input.stringToSign},
        {QStringLiteral("canonicalRequest"), input.canonicalRequest},
        {QStringLiteral("serverTime"), input.serverTime},
        {QStringLiteral("requestTime"), input.requestTime},
        {QStringLiteral("endpoint"), input.endpoint},
        {QStringLiteral("bucket"), input.bucket},
        {QStringLiteral("objectKey"), input.objectKey},
        {QStringLiteral("region"), input.region},
        {QStringLiteral("method"), input.method},
        {QStringLiteral("url"), input.url},
        {QStringLiteral("accessKeyId"), input.accessKeyId},
    };
    return fields.value(key, QStringLiteral("<unknown key %1>").arg(key));
}
}

void TestPasteParser::corpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("expected");
    QString error;
    const QList<Fixture> fixtures = FixtureCorpus::load(FixtureCorpus::fixturesDir() + QStringLiteral("/parser"), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    for (const Fixture &f : fixtures)
        QTest::newRow(qPrintable(f.name)) << f.text << f.expected;
}

void TestPasteParser::corpus()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, expected);
    const ParsedInput input = PasteParser::parse(text);
    QStringList mismatches;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key() == QLatin1String("formats")) {
            QStringList wanted;
            for (const QJsonValue &v : it.value().toArray())
                wanted << v.toString();
            QStringList got = input.formats;
            wanted.sort();
            got.sort();
            if (got != wanted)
                mismatches << QStringLiteral("formats: got [%1], expected [%2]").arg(got.join(u','), wanted.join(u','));
            continue;
        }
        const QString want = it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString();
        const QString got = fieldValue(input, it.key());
        if (got != want)
            mismatches << QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(it.key(), got, want);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

void TestPasteParser::corpusCoversEveryFormat()
{
    QString error;
    const QList<Fixture> fixtures = FixtureCorpus::load(FixtureCorpus::fixturesDir() + QStringLiteral("/parser"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fixtures.size() >= 40);
    QSet<QString> seen;
    for (const Fixture &f : fixtures) {
        for (const QJsonValue &v : f.expected.value(QStringLiteral("formats")).toArray())
            seen.insert(v.toString());
    }
    for (const char *format : {"xml", "json", "sdk-java", "sdk-python", "sdk-go", "sdk-php", "sdk-dotnet", "sdk-js", "http-dump",
                               "curl-verbose", "browser-console", "presigned-url", "text"})
        QVERIFY2(seen.contains(QLatin1String(format)), format);
}

void TestPasteParser::requestLineAndHostMakeUrl()
{
    const ParsedInput input = PasteParser::parse(QStringLiteral(
        "> PUT /photos/a.jpg HTTP/1.1\n> Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com\n> Content-Type: image/jpeg\n>\n"
        "< HTTP/1.1 403 Forbidden\n< Server: tencent-cos\n< x-cos-request-id: NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==\n<\n"));
    QCOMPARE(input.method, QStringLiteral("PUT"));
    QCOMPARE(input.httpStatus, 403);
    QCOMPARE(input.url, QStringLiteral("https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/photos/a.jpg"));
    QCOMPARE(input.bucket, QStringLiteral("examplebucket-1250000000"));
    QCOMPARE(input.objectKey, QStringLiteral("photos/a.jpg"));
    QCOMPARE(input.region, QStringLiteral("ap-beijing"));
    QCOMPARE(input.provider, Provider::Cos);
    QCOMPARE(input.requestHeader(QStringLiteral("content-type")), QStringLiteral("image/jpeg"));
    QVERIFY(input.formats.contains(QStringLiteral("curl-verbose")));
}

void TestPasteParser::stringToSignBytesWin()
{
    const ParsedInput input = PasteParser::parse(QStringLiteral(
        "<Error><Code>SignatureDoesNotMatch</Code><StringToSign>PUT  /bucket/?acl</StringToSign>"
        "<StringToSignBytes>50 55 54 0a 0a 2f 62</StringToSignBytes><EC>0002-00000040</EC></Error>"));
    QCOMPARE(input.stringToSign, QStringLiteral("PUT\n\n/b"));
    QCOMPARE(input.ec, QStringLiteral("0002-00000040"));
    QCOMPARE(input.provider, Provider::Oss);
}

void TestPasteParser::emptyAndJunk()
{
    const ParsedInput empty = PasteParser::parse(QString());
    QCOMPARE(empty.formats, QStringList{QStringLiteral("text")});
    QCOMPARE(empty.provider, Provider::Unknown);
    QString junk;
    for (int i = 0; i < 5000; ++i)
        junk += QChar(u'\x01' + (i * 7) % 200);
    const ParsedInput parsed = PasteParser::parse(junk);
    QVERIFY(parsed.code.isEmpty());
}

// Each SDK format is looked for only in a text holding one of its literals; one text per literal
// shows that the pattern behind it still finds the format.
void TestPasteParser::sdkFormatByItsLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("java package") << QStringLiteral("at com.amazonaws.services.s3.AmazonS3Client.invoke") << QStringLiteral("sdk-java");
    QTest::newRow("java frame") << QStringLiteral("\tat Main.upload(Main.java:42)") << QStringLiteral("sdk-java");
    QTest::newRow("java service") << QStringLiteral("Access Denied (Service: Amazon S3; Status Code: 403)") << QStringLiteral("sdk-java");
    QTest::newRow("python boto3") << QStringLiteral("import boto3") << QStringLiteral("sdk-python");
    QTest::newRow("python traceback") << QStringLiteral("Traceback (most recent call last):") << QStringLiteral("sdk-python");
    QTest::newRow("python botocore error") << QStringLiteral("An error occurred (AccessDenied) when calling the GetObject operation")
                                           << QStringLiteral("sdk-python");
    QTest::newRow("go request id") << QStringLiteral("AccessDenied: Access Denied\n\tstatus code: 403, request id: X1, host id: Y")
                                   << QStringLiteral("sdk-go");
    QTest::newRow("python boto3 client") << QStringLiteral("s3 = boto3.client('s3')") << QStringLiteral("sdk-python");
    QTest::newRow("go operation error") << QStringLiteral("operation error S3: GetObject, https response error StatusCode: 403")
                                        << QStringLiteral("sdk-go");
    QTest::newRow("go api error") << QStringLiteral("api error AccessDenied: Access Denied") << QStringLiteral("sdk-go");
    QTest::newRow("php namespace") << QStringLiteral("PHP Fatal error:  Uncaught OSS\\Core\\OssException") << QStringLiteral("sdk-php");
    QTest::newRow("php executing") << QStringLiteral("Error executing \"PutObject\" on \"https://b.s3.amazonaws.com/k\"")
                                   << QStringLiteral("sdk-php");
    QTest::newRow("dotnet line") << QStringLiteral("   at Program.Main() in C:\\src\\Program.cs:line 12") << QStringLiteral("sdk-dotnet");
    QTest::newRow("dotnet cosxml") << QStringLiteral("COSXML.CosException.CosServerException: AccessDenied") << QStringLiteral("sdk-dotnet");
    QTest::newRow("js metadata") << QStringLiteral("'$metadata': { httpStatusCode: 403 }") << QStringLiteral("sdk-js");
    QTest::newRow("js frame") << QStringLiteral("    at Object.upload (/app/src/index.mjs:10:5)") << QStringLiteral("sdk-js");
    QTest::newRow("js status code") << QStringLiteral("{ statusCode: 403, code: 'AccessDenied' }") << QStringLiteral("sdk-js");
}

void TestPasteParser::sdkFormatByItsLiterals()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    const ParsedInput input = PasteParser::parse(text);
    QVERIFY2(input.formats.contains(format), qPrintable(input.formats.join(u',')));
}

// A tool's s3://bucket/key names the bucket; an authority that is no bucket name names none. A
// path-style guess on an address yields to the bucket the server's HostId names.
void TestPasteParser::toolUriBucket_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("bucket and key") << QStringLiteral("aws s3 cp s3://my-bucket/a/b.txt . fails with 403") << QStringLiteral("my-bucket");
    QTest::newRow("bucket alone") << QStringLiteral("aws s3 ls s3://my-bucket") << QStringLiteral("my-bucket");
    QTest::newRow("bucket in quotes") << QStringLiteral("ERROR \"ls s3://my-bucket\": AccessDenied") << QStringLiteral("my-bucket");
    QTest::newRow("key and secret") << QStringLiteral("格式是 s3://ak:sk@bucketname.endpoint/path") << QString();
    QTest::newRow("access point arn") << QStringLiteral("s3://arn:aws:s3:us-east-2:111122223333:accesspoint/ap/k") << QString();
    QTest::newRow("capitals") << QStringLiteral("aws s3 sync . s3://accB-s3-bucket/") << QString();
    QTest::newRow("hostid beats an address's path") << QStringLiteral("for url: http://47.110.178.117/dev/a.mp4\n[ErrorCode]: AccessDenied\n"
                                                                      "[HostId]: yw2018.oss-cn-hangzhou.aliyuncs.com")
                                                    << QStringLiteral("yw2018");
    QTest::newRow("address path without a server's word") << QStringLiteral("GET http://10.0.0.5:9000/media/a.mp4 403") << QStringLiteral("media");
}

void TestPasteParser::toolUriBucket()
{
    QFETCH(QString, text);
    QFETCH(QString, bucket);
    QCOMPARE(PasteParser::parse(text).bucket, bucket);
}

// A store's own server log cites its Go sources, and prose may name an SDK: neither is SDK output.
void TestPasteParser::sdkFormatNotFromServerLogsOrProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("seaweedfs log") << QStringLiteral("I0112 10:00:00.000 auth_credentials.go:248] user name: cdn") << QStringLiteral("sdk-go");
    QTest::newRow("minio trace") << QStringLiteral("Error: Prefix access is denied\n  3: cmd/bucket-policy.go:53") << QStringLiteral("sdk-go");
    QTest::newRow("boto3 in prose") << QStringLiteral("my local boto3 uses the default credentials of the main account") << QStringLiteral("sdk-python");
}

void TestPasteParser::sdkFormatNotFromServerLogsOrProse()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    const ParsedInput input = PasteParser::parse(text);
    QVERIFY2(!input.formats.contains(format), qPrintable(input.formats.join(u',')));
}

// A JavaScript error line, then SDK fields on a later line: the fields must follow the error.
void TestPasteParser::jsErrorWithFieldsOnALaterLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("js");
    QTest::newRow("fields after") << QStringLiteral("AccessDeniedError: Access Denied\n    name: 'x'\n    status: 403\n") << true;
    QTest::newRow("after a blank line") << QStringLiteral("S3Error: denied\n\n\tcode: 'AccessDenied'") << true;
    QTest::newRow("second error line") << QStringLiteral("note\nTypeError: a\nRangeError: b\nrequestId: 'R1'") << true;
    QTest::newRow("fields first") << QStringLiteral("status: 403\nAccessDeniedError: Access Denied") << false;
    QTest::newRow("same line") << QStringLiteral("AccessDeniedError: Access Denied status: 403") << false;
    QTest::newRow("field not at a line start") << QStringLiteral("S3Error: denied\nthe status: 403") << false;
    QTest::newRow("no error word") << QStringLiteral("Access Denied\nstatus: 403") << false;
}

void TestPasteParser::jsErrorWithFieldsOnALaterLine()
{
    QFETCH(QString, text);
    QFETCH(bool, js);
    QCOMPARE(PasteParser::parse(text).formats.contains(QStringLiteral("sdk-js")), js);
}

// The transcript's line patterns run only on lines that can start them: each kind still parses,
// lower-case devtools labels, Chinese labels and a port-80 curl line included.
void TestPasteParser::transcriptLinesPastTheirFilters()
{
    const ParsedInput devtools = PasteParser::parse(QStringLiteral(
        "request url: https://b.oss-cn-hangzhou.aliyuncs.com/a.png\nrequest method: get\nstatus code: 403 Forbidden\n"
        "Response Headers\nx-oss-request-id: 5F1\nx-oss-ec: 0003-00000001\n"));
    QCOMPARE(devtools.url, QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/a.png"));
    QCOMPARE(devtools.method, QStringLiteral("GET"));
    QCOMPARE(devtools.httpStatus, 403);
    QCOMPARE(devtools.requestId, QStringLiteral("5F1"));
    QCOMPARE(devtools.ec, QStringLiteral("0003-00000001"));
    const ParsedInput zh = PasteParser::parse(QStringLiteral("请求网址: https://b.cos.ap-guangzhou.myqcloud.com/k\n状态代码: 403\n响应标头\nServer: tencent-cos\n"));
    QCOMPARE(zh.url, QStringLiteral("https://b.cos.ap-guangzhou.myqcloud.com/k"));
    QCOMPARE(zh.httpStatus, 403);
    QCOMPARE(zh.responseHeader(QStringLiteral("Server")), QStringLiteral("tencent-cos"));
    const ParsedInput dump = PasteParser::parse(QStringLiteral(
        "* Connected to b.s3.amazonaws.com (52.1.1.1) port 80 (#0)\nGET /k HTTP/1.1\nHost: b.s3.amazonaws.com\n\n"
        "HTTP/1.1 403 Forbidden\nx-amz-request-id: R9\n"));
    QCOMPARE(dump.method, QStringLiteral("GET"));
    QCOMPARE(dump.httpStatus, 403);
    QCOMPARE(dump.url, QStringLiteral("http://b.s3.amazonaws.com/k"));
    QCOMPARE(dump.requestId, QStringLiteral("R9"));
}

// Chrome's failed network line counts alone when it carries net::ERR_FAILED.
void TestPasteParser::browserNetworkLineAlone()
{
    const ParsedInput failed = PasteParser::parse(QStringLiteral("PUT https://b.s3.amazonaws.com/k net::ERR_FAILED 403 (Forbidden)"));
    QVERIFY(failed.formats.contains(QStringLiteral("browser-console")));
    QCOMPARE(failed.method, QStringLiteral("PUT"));
    QCOMPARE(failed.httpStatus, 403);
    const ParsedInput plain = PasteParser::parse(QStringLiteral("PUT https://b.s3.amazonaws.com/k 403 (Forbidden)"));
    QVERIFY(!plain.formats.contains(QStringLiteral("browser-console")));
}

// The engine indexes the lowered text the parser made instead of lowering the paste again: it must
// be the paste lower-cased, with CRLF as LF, and the fields must be those of parse(text).
void TestPasteParser::handsBackTheLoweredText()
{
    const QString text = QStringLiteral("HTTP/1.1 403 Forbidden\r\nServer: AliyunOSS\r\n\r\n<Code>AccessDenied</Code> \u212A İ");
    QString lowered;
    const ParsedInput parsed = PasteParser::parse(text, &lowered);
    QString crlfAsLf = text;
    crlfAsLf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(lowered, crlfAsLf.toLower());
    QVERIFY(lowered.startsWith(QStringLiteral("http/1.1 403 forbidden\nserver: aliyunoss")));
    QCOMPARE(parsed.code, PasteParser::parse(text).code);
    QCOMPARE(parsed.provider, PasteParser::parse(text).provider);
    QCOMPARE(parsed.provider, Provider::Oss);
}

// The client's own strings from SDK logs, whatever the case of their labels (the parser looks for
// the labels' words in the lower-cased text before it runs their patterns).
void TestPasteParser::clientStringsInAnyCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stringToSign");
    QTest::addColumn<QString>("canonicalRequest");
    QTest::addColumn<QString>("httpString");
    QTest::newRow("botocore lines") << QStringLiteral("StringToSign:\nAWS4-HMAC-SHA256\n20261123T100000Z\n\n2026-11-23 DEBUG next")
                                    << QStringLiteral("AWS4-HMAC-SHA256\n20261123T100000Z") << QString() << QString();
    // One-line values, quoted and with escaped line breaks.
    QTest::newRow("upper-case labels") << QStringLiteral("STRING-TO-SIGN = 'a\\nb'\nCANONICAL REQUEST: GET /k\nFORMATSTRING: get&/k")
                                       << QStringLiteral("a\nb") << QStringLiteral("GET /k") << QStringLiteral("get&/k");
    QTest::newRow("mixed case") << QStringLiteral("Http String: put&/x") << QString() << QString() << QStringLiteral("put&/x");
    QTest::newRow("no labels") << QStringLiteral("<Error><Code>AccessDenied</Code></Error>") << QString() << QString() << QString();
}

void TestPasteParser::clientStringsInAnyCase()
{
    QFETCH(QString, text);
    QFETCH(QString, stringToSign);
    QFETCH(QString, canonicalRequest);
    QFETCH(QString, httpString);
    const ParsedInput input = PasteParser::parse(text);
    QCOMPARE(input.clientStringToSign, stringToSign);
    QCOMPARE(input.clientCanonicalRequest, canonicalRequest);
    QCOMPARE(input.clientHttpString, httpString);
}

// The lower-cased text parse() hands back is text.toLower() of the text with CRLF made LF, whether
// the text is all ASCII (a pass of its own) or not (Qt's case mapping).
void TestPasteParser::loweredAsToLower_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("<Error><Code>AccessDenied</Code>\r\nX-Amz-Request-Id: ABC@[`{~\t");
    QTest::newRow("chinese") << QStringLiteral("访问被拒绝 AccessDenied 签名");
    QTest::newRow("turkish capital i") << QStringLiteral("İSTANBUL Kelvin \u212A");
    QTest::newRow("empty") << QString();
}

void TestPasteParser::loweredAsToLower()
{
    QFETCH(QString, text);
    QString lowered;
    PasteParser::parse(text, &lowered);
    QCOMPARE(lowered, QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).toLower());
}

QTEST_GUILESS_MAIN(TestPasteParser)
#include "TestPasteParser.moc"
