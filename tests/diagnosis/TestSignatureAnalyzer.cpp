#include "signing/OssV1Signer.h"
#include "diagnosis/SignatureAnalyzer.h"
#include "paste/PasteParser.h"
#include "signing/SigV4Signer.h"

#include <QTest>

// Each row is a real request shape: the server's error body, plus the client's own string from its
// debug log or the request itself, and the cause the difference must be named by.
class TestSignatureAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheDifference_data();
    void namesTheDifference();
    void rebuildsFromACurlDump();
    void presignRebuildKeepsTheSdksAmzParameters();
    void wrongKeyPairWithTheSecret();
    void secretWithWhitespace();
    void cosHttpStringFromTheSdkLog_data();
    void cosHttpStringFromTheSdkLog();
    void nothingWithoutAServerString();
    void everyCauseHasACategoryOrIsNeutral();
};

namespace {
QString ossBody(const QString &stringToSign)
{
    return QStringLiteral("<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you "
                          "provided.</Message><RequestId>646DCB189AE2D1333018A1B2</RequestId><HostId>b.oss-cn-hangzhou.aliyuncs.com</HostId>"
                          "<StringToSign>%1</StringToSign><EC>0002-00000040</EC></Error>")
        .arg(stringToSign.toHtmlEscaped());
}

QString clientLog(const char *label, const QString &value)
{
    return QStringLiteral("2026-11-23 10:00:00 DEBUG sdk.auth %1:\n%2\n2026-11-23 10:00:00 DEBUG sending request\n")
        .arg(QLatin1String(label), value);
}

const QString kDate = QStringLiteral("Tue, 23 May 2023 15:24:55 GMT");
}

void TestSignatureAnalyzer::namesTheDifference_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("category");

    const QString server = QStringLiteral("PUT\n\nimage/jpeg\n%1\n/b/photos/a.jpg").arg(kDate);
    QTest::newRow("browser added Content-Type")
        << clientLog("StringToSign", QStringLiteral("PUT\n\n\n%1\n/b/photos/a.jpg").arg(kDate)) + ossBody(server)
        << QStringLiteral("content_type") << QStringLiteral("signature_calc_bug");
    QTest::newRow("URL signed for GET, sent as PUT")
        << clientLog("StringToSign", QStringLiteral("GET\n\nimage/jpeg\n%1\n/b/photos/a.jpg").arg(kDate)) + ossBody(server)
        << QStringLiteral("method") << QStringLiteral("signature_calc_bug");
    QTest::newRow("sub-resource left out")
        << clientLog("StringToSign", QStringLiteral("PUT\n\n\n%1\n/b/k").arg(kDate)) + ossBody(QStringLiteral("PUT\n\n\n%1\n/b/k?acl").arg(kDate))
        << QStringLiteral("subresource") << QStringLiteral("signature_calc_bug");
    QTest::newRow("path-style resource")
        << clientLog("StringToSign", QStringLiteral("GET\n\n\n%1\n/k.txt").arg(kDate)) + ossBody(QStringLiteral("GET\n\n\n%1\n/b/k.txt").arg(kDate))
        << QStringLiteral("path_style") << QStringLiteral("signature_calc_bug");
    QTest::newRow("encoded key signed")
        << clientLog("StringToSign", QStringLiteral("GET\n\n\n%1\n/b/a%20b.jpg").arg(kDate))
               + ossBody(QStringLiteral("GET\n\n\n%1\n/b/a b.jpg").arg(kDate))
        << QStringLiteral("path_encoding") << QStringLiteral("signature_calc_bug");
    QTest::newRow("x-oss header added after signing")
        << clientLog("StringToSign", QStringLiteral("PUT\n\n\n%1\n/b/k").arg(kDate))
               + ossBody(QStringLiteral("PUT\n\n\n%1\nx-oss-meta-a:1\n/b/k").arg(kDate))
        << QStringLiteral("header_changed") << QStringLiteral("signature_calc_bug");
    QTest::newRow("date not the one sent")
        << clientLog("StringToSign", QStringLiteral("GET\n\n\nTue, 23 May 2023 15:24:56 GMT\n/b/k"))
               + ossBody(QStringLiteral("GET\n\n\n%1\n/b/k").arg(kDate))
        << QStringLiteral("date") << QStringLiteral("signature_calc_bug");
    QTest::newRow("Content-MD5 of another body")
        << clientLog("StringToSign", QStringLiteral("PUT\n1B2M2Y8AsgTpgAmY7PhCfg==\ntext/plain\n%1\n/b/k").arg(kDate))
               + ossBody(QStringLiteral("PUT\neB5eJF1ptWaXm4bijSPyxw==\ntext/plain\n%1\n/b/k").arg(kDate))
        << QStringLiteral("content_md5") << QStringLiteral("signature_calc_bug");
    QTest::newRow("another object signed")
        << clientLog("StringToSign", QStringLiteral("GET\n\n\n%1\n/b/report-old.csv").arg(kDate))
               + ossBody(QStringLiteral("GET\n\n\n%1\n/b/report.csv").arg(kDate))
        << QStringLiteral("path") << QStringLiteral("signature_calc_bug");
    QTest::newRow("same string, so the secret")
        << clientLog("StringToSign", QStringLiteral("GET\n\n\n%1\n/b/k").arg(kDate)) + ossBody(QStringLiteral("GET\n\n\n%1\n/b/k").arg(kDate))
        << QStringLiteral("identical_strings") << QStringLiteral("secret_wrong_signature");

    const QString s3Body = QStringLiteral(
        "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. "
        "Check your key and signing method.</Message><AWSAccessKeyId>AKIAEXAMPLE</AWSAccessKeyId><StringToSign>%1</StringToSign>"
        "<CanonicalRequest>%2</CanonicalRequest><RequestId>4442587FB7D0A2F9</RequestId></Error>");
    const QString serverCanonical = QStringLiteral("GET\n/\nlist-type=2&prefix=my%20photos\nhost:b.s3.amazonaws.com\nx-amz-date:20260101T000000Z\n\n"
                                                   "host;x-amz-date\nUNSIGNED-PAYLOAD");
    QTest::newRow("plus for a space in the query")
        << clientLog("CanonicalRequest", QString(serverCanonical).replace(QStringLiteral("my%20photos"), QStringLiteral("my+photos")))
               + s3Body.arg(QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc"),
                            serverCanonical.toHtmlEscaped())
        << QStringLiteral("space_plus_encoding") << QStringLiteral("signature_calc_bug");
    QTest::newRow("a parameter added after signing")
        << clientLog("CanonicalRequest", QString(serverCanonical).replace(QStringLiteral("list-type=2&"), QString()))
               + s3Body.arg(QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc"),
                            serverCanonical.toHtmlEscaped())
        << QStringLiteral("query") << QStringLiteral("signature_calc_bug");
    QTest::newRow("only the hashes differ")
        << clientLog("StringToSign", QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabd"))
               + s3Body.arg(QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc"), QString())
        << QStringLiteral("canonical_request") << QStringLiteral("signature_calc_bug");
    QTest::newRow("region in the scope")
        << clientLog("StringToSign", QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc"))
               + s3Body.arg(QStringLiteral("AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/eu-west-1/s3/aws4_request\nabc"), QString())
        << QStringLiteral("scope_region") << QStringLiteral("wrong_endpoint_region");
}

void TestSignatureAnalyzer::namesTheDifference()
{
    QFETCH(QString, paste);
    QFETCH(QString, cause);
    QFETCH(QString, category);
    const ParsedInput input = PasteParser::parse(paste);
    const SignatureFinding f = SignatureAnalyzer::analyze(input);
    QVERIFY(f.present);
    QVERIFY2(f.fromClientLog, qPrintable(input.clientStringToSign + input.clientCanonicalRequest));
    QVERIFY2(f.causes.contains(cause), qPrintable(f.causes.join(u',') + QStringLiteral(" ours=") + f.ours));
    QCOMPARE(SignatureAnalyzer::causeCategory(cause), category);
}

void TestSignatureAnalyzer::rebuildsFromACurlDump()
{
    // A proxy rewrote the Content-Type after the client signed: the dump shows what was sent, the
    // server's string what arrived.
    const QString paste = QStringLiteral("> PUT /photos/a%20b.jpg HTTP/1.1\n> Host: b.oss-cn-hangzhou.aliyuncs.com\n> Date: %1\n"
                                         "> Content-Type: image/jpeg\n> Authorization: OSS LTAI5tExample:c2lnbmF0dXJlc2lnbmF0dXJlc2k=\n>\n"
                                         "< HTTP/1.1 403 Forbidden\n< Server: AliyunOSS\n<\n")
                              .arg(kDate)
        + ossBody(QStringLiteral("PUT\n\napplication/octet-stream\n%1\n/b/photos/a b.jpg").arg(kDate));
    const SignatureFinding f = SignatureAnalyzer::analyze(PasteParser::parse(paste));
    QVERIFY(!f.fromClientLog);
    QCOMPARE(f.ours, QStringLiteral("PUT\n\nimage/jpeg\n%1\n/b/photos/a b.jpg").arg(kDate));
    QVERIFY(f.causes.contains(QStringLiteral("content_type")));
    QCOMPARE(f.diff.line, 2);

    // The same dump, and the server's string equals the rebuild: the request arrived unchanged.
    const QString same = QString(paste).replace(QStringLiteral("application/octet-stream"), QStringLiteral("image/jpeg"));
    QVERIFY(SignatureAnalyzer::analyze(PasteParser::parse(same)).causes.contains(QStringLiteral("request_unchanged")));
}

void TestSignatureAnalyzer::presignRebuildKeepsTheSdksAmzParameters()
{
    // Recent SDKs put X-Amz-Content-Sha256 and checksum parameters into presigned upload URLs; they
    // are signed as sent, so the rebuilt canonical request must keep them.
    const QString target = QStringLiteral(
        "/up.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD"
        "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=900"
        "&X-Amz-Signature=0123abcd&X-Amz-SignedHeaders=host&x-amz-checksum-crc32=AAAAAA%3D%3D&x-amz-sdk-checksum-algorithm=CRC32");
    const QString paste = QStringLiteral("> PUT %1 HTTP/1.1\n> Host: b.s3.amazonaws.com\n>\n< HTTP/1.1 403 Forbidden\n<\n").arg(target)
        + QStringLiteral("<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match.</Message>"
                         "<StringToSign>AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc</StringToSign>"
                         "<CanonicalRequest>PUT\n/up.bin\nX-Amz-Algorithm=AWS4-HMAC-SHA256\nhost:b.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"
                         "</CanonicalRequest></Error>");
    const SignatureFinding f = SignatureAnalyzer::analyze(PasteParser::parse(paste));
    QVERIFY(f.present);
    QVERIFY2(!f.ours.isEmpty(), "the request is rebuilt from the dump");
    QVERIFY2(f.ours.contains(QLatin1String("x-amz-checksum-crc32=")), qPrintable(f.ours));
    QVERIFY2(f.ours.contains(QLatin1String("X-Amz-Content-Sha256=UNSIGNED-PAYLOAD")), qPrintable(f.ours));
    QVERIFY2(f.ours.contains(QLatin1String("x-amz-sdk-checksum-algorithm=CRC32")), qPrintable(f.ours));
}

void TestSignatureAnalyzer::wrongKeyPairWithTheSecret()
{
    // The client signed the server's very string with "s3cret": the server holds another secret.
    const QString server = QStringLiteral("GET\n\n\n%1\n/b/k").arg(kDate);
    SignRequest r;
    QString error;
    SignRequest::fromUrl(QStringLiteral("GET"), QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/k"), {{QStringLiteral("Date"), kDate}},
                         &r, &error);
    r.accessKeyId = QStringLiteral("LTAI5tExample");
    r.secretKey = QStringLiteral("s3cret");
    const SignResult signedRequest = OssV1Signer::sign(r);
    const QString paste = QStringLiteral("> GET /k HTTP/1.1\n> Host: b.oss-cn-hangzhou.aliyuncs.com\n> Date: %1\n> Authorization: %2\n>\n")
                              .arg(kDate, signedRequest.authorization)
        + ossBody(server);
    const SignatureFinding f = SignatureAnalyzer::analyze(PasteParser::parse(paste), QStringLiteral("s3cret"));
    QVERIFY(f.causes.contains(QStringLiteral("secret_wrong_pair")));
    QCOMPARE(SignatureAnalyzer::causeCategory(QStringLiteral("secret_wrong_pair")), QStringLiteral("secret_wrong_signature"));
    // Another secret does not claim so.
    QVERIFY(!SignatureAnalyzer::analyze(PasteParser::parse(paste), QStringLiteral("other")).causes.contains(QStringLiteral("secret_wrong_pair")));
}

void TestSignatureAnalyzer::secretWithWhitespace()
{
    const QString paste = ossBody(QStringLiteral("GET\n\n\n%1\n/b/k").arg(kDate));
    QVERIFY(SignatureAnalyzer::analyze(PasteParser::parse(paste), QStringLiteral("s3cret ")).causes.contains(QStringLiteral("secret_whitespace")));
}

void TestSignatureAnalyzer::cosHttpStringFromTheSdkLog_data()
{
    QTest::addColumn<QString>("logged");
    QTest::addColumn<QString>("cause");
    const QString right = QStringLiteral("put\\n/photos/a b.jpg\\n\\ncontent-type=image%2Fjpeg&host=b-1250000000.cos.ap-beijing.myqcloud.com\\n");
    QTest::newRow("encoded key signed") << QString(right).replace(QStringLiteral("a b.jpg"), QStringLiteral("a%20b.jpg"))
                                        << QStringLiteral("path_encoding");
    QTest::newRow("content-type not signed") << QStringLiteral("put\\n/photos/a b.jpg\\n\\nhost=b-1250000000.cos.ap-beijing.myqcloud.com\\n")
                                             << QStringLiteral("header_changed");
    QTest::newRow("same string") << right << QStringLiteral("identical_strings");
}

void TestSignatureAnalyzer::cosHttpStringFromTheSdkLog()
{
    QFETCH(QString, logged);
    QFETCH(QString, cause);
    const QString paste = QStringLiteral("[cos-go-sdk] HttpString: \"%1\"\n"
                                         "> PUT /photos/a%20b.jpg HTTP/1.1\n> Host: b-1250000000.cos.ap-beijing.myqcloud.com\n"
                                         "> Content-Type: image/jpeg\n> User-Agent: cos-go-sdk-v5\n"
                                         "> Authorization: q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time=1;2&q-key-time=1;2"
                                         "&q-header-list=content-type;host&q-url-param-list=&q-signature=00ff\n>\n"
                                         "< HTTP/1.1 403 Forbidden\n< Server: tencent-cos\n<\n"
                                         "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match "
                                         "the signature you provided.</Message></Error>")
                              .arg(logged);
    const SignatureFinding f = SignatureAnalyzer::analyze(PasteParser::parse(paste));
    QVERIFY(f.present);
    QCOMPARE(f.scheme, QStringLiteral("cos"));
    QVERIFY2(f.causes.contains(cause), qPrintable(f.causes.join(u',') + QStringLiteral(" ours=") + f.ours + QStringLiteral(" theirs=") + f.theirs));
}

void TestSignatureAnalyzer::nothingWithoutAServerString()
{
    const SignatureFinding f = SignatureAnalyzer::analyze(PasteParser::parse(QStringLiteral("<Error><Code>AccessDenied</Code></Error>")));
    QVERIFY(!f.present);
    QVERIFY(f.causes.isEmpty());
}

void TestSignatureAnalyzer::everyCauseHasACategoryOrIsNeutral()
{
    for (const char *id : {"method", "content_md5", "content_type", "date", "subresource", "path_style", "path_encoding", "path",
                           "space_plus_encoding", "query", "header_changed", "other_line", "canonical_request"})
        QCOMPARE(SignatureAnalyzer::causeCategory(QLatin1String(id)), QStringLiteral("signature_calc_bug"));
    QVERIFY(SignatureAnalyzer::causeCategory(QStringLiteral("request_unchanged")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSignatureAnalyzer)
#include "TestSignatureAnalyzer.moc"
