#include "paste/PasteParser.h"
#include "diagnosis/SignalExtractor.h"

#include <QSet>
#include <QTest>

class TestSignalExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fires_data();
    void fires();
    void signedSaysWhatSigned_data();
    void signedSaysWhatSigned();
    void wordsAreLowerCase();
    void presignedExpiryUsesServerTimeOrNow();
    void corsPolicyIsNotAnAccessPolicy();
    void everyKnownIdIsTested();
    void syncedClockReading_data();
    void syncedClockReading();
    void clockSaidOff_data();
    void clockSaidOff();

private:
    QSet<QString> m_tested;
};

namespace {
QList<Signal> signalsOf(const QString &text, const QDateTime &now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
{
    const ParsedInput input = PasteParser::parse(text);
    return SignalExtractor::extract(input, text, WholeWordIndex(text.toLower()), now);
}

bool has(const QList<Signal> &list, const QString &id)
{
    for (const Signal &s : list) {
        if (s.id == id)
            return true;
    }
    return false;
}
}

void TestSignalExtractor::fires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("expected");

    QTest::newRow("token header") << QStringLiteral("x-cos-security-token: abc") << QStringLiteral("token") << true;
    QTest::newRow("token sts key") << QStringLiteral("OSSAccessKeyId=STS.NUgYrLnoC37mZZCNnAbez2") << QStringLiteral("token") << true;
    QTest::newRow("token chinese") << QStringLiteral("使用临时密钥上传失败") << QStringLiteral("token") << true;
    QTest::newRow("no token") << QStringLiteral("AccessDenied") << QStringLiteral("token") << false;
    QTest::newRow("clock said slow") << QStringLiteral("Forbidden. My computer's clock was 1 minute slow.") << QStringLiteral("clock_said_off") << true;
    QTest::newRow("clock said slow, synced reading") << QStringLiteral("My clock is slow?\nSystem time     : 0.000012345 seconds fast of NTP time")
                                                     << QStringLiteral("clock_said_off") << false;
    QTest::newRow("clock not said") << QStringLiteral("RequestTimeTooSkewed") << QStringLiteral("clock_said_off") << false;
    QTest::newRow("browser origin") << QStringLiteral("> GET /a HTTP/1.1\n> Origin: https://app.example.com\n") << QStringLiteral("browser") << true;
    QTest::newRow("browser xhr") << QStringLiteral("XMLHttpRequest failed") << QStringLiteral("browser") << true;
    QTest::newRow("preflight options") << QStringLiteral("> OPTIONS /a HTTP/1.1\n> Host: x\n") << QStringLiteral("preflight") << true;
    QTest::newRow("cors console") << QStringLiteral("Access to XMLHttpRequest at 'https://b.oss-cn-hangzhou.aliyuncs.com/a' from origin 'http://localhost:8080' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.")
                                  << QStringLiteral("cors_console") << true;
    QTest::newRow("referer header") << QStringLiteral("> GET /a HTTP/1.1\n> Referer: https://evil.example/\n") << QStringLiteral("referer") << true;
    QTest::newRow("referer chinese") << QStringLiteral("设置了防盗链以后图片打不开") << QStringLiteral("referer") << true;
    QTest::newRow("presigned cos") << QStringLiteral("https://a-1250000000.cos.ap-beijing.myqcloud.com/k?q-sign-algorithm=sha1&q-ak=AKIDx&q-sign-time=1700000000;1700000600&q-key-time=1700000000;1700000600&q-header-list=host&q-url-param-list=&q-signature=abcd")
                                   << QStringLiteral("presigned") << true;
    QTest::newRow("string to sign") << QStringLiteral("<Error><Code>SignatureDoesNotMatch</Code><StringToSign>GET\n\n\n1\n/b/k</StringToSign></Error>") << QStringLiteral("string_to_sign") << true;
    QTest::newRow("special key") << QStringLiteral("GET https://b.s3.amazonaws.com/my%20file+1.txt") << QStringLiteral("special_key") << true;
    QTest::newRow("plain key") << QStringLiteral("GET https://b.s3.amazonaws.com/myfile.txt") << QStringLiteral("special_key") << false;
    QTest::newRow("anonymous dump") << QStringLiteral("> GET /a.jpg HTTP/1.1\n> Host: b.oss-cn-hangzhou.aliyuncs.com\n>\n< HTTP/1.1 403 Forbidden\n") << QStringLiteral("anonymous") << true;
    QTest::newRow("a compound name is no browser") << QStringLiteral("同样的账号用 oss-browser 上传没问题，SDK 报 403") << QStringLiteral("browser") << false;
    QTest::newRow("a browser beside the compound") << QStringLiteral("oss-browser works, the browser gets 403") << QStringLiteral("browser") << true;
    QTest::newRow("head cut short") << QStringLiteral("PUT http://test.s3.amazonaws.com/test HTTP/1.1\nHost: test.s3.amazonaws.com\n...\n\n"
                                                      "HTTP/1.1 403 Forbidden\n")
                                    << QStringLiteral("anonymous") << false;
    QTest::newRow("signed dump") << QStringLiteral("> GET /a.jpg HTTP/1.1\n> Authorization: OSS ak:sig=\n") << QStringLiteral("signed") << true;
    QTest::newRow("anonymous aws cli switch") << QStringLiteral("$ aws s3 ls --no-sign-request s3://open-data/\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied") << QStringLiteral("anonymous") << true;
    QTest::newRow("anonymous botocore unsigned") << QStringLiteral("s3 = boto3.client('s3', config=Config(signature_version=UNSIGNED))") << QStringLiteral("anonymous") << true;
    QTest::newRow("anonymous java sdk") << QStringLiteral("S3Client.builder().credentialsProvider(AnonymousCredentialsProvider.create())") << QStringLiteral("anonymous") << true;
    QTest::newRow("anonymous fsspec") << QStringLiteral("fs = s3fs.S3FileSystem(anon=True)") << QStringLiteral("anonymous") << true;
    QTest::newRow("unsigned payload is signed") << QStringLiteral("x-amz-content-sha256: UNSIGNED-PAYLOAD") << QStringLiteral("anonymous") << false;
    QTest::newRow("signed by a logged field") << QStringLiteral("headers: {authorization=OSS ak:c2ln}") << QStringLiteral("signed") << true;
    QTest::newRow("a setting named authorization is no signature")
        << QStringLiteral("s3proxy.authorization=aws-v2-or-v4\ncurl --request PUT http://localhost:8080/b") << QStringLiteral("signed") << false;
    QTest::newRow("proxy authorization is no signature") << QStringLiteral("> PUT /b HTTP/1.1\n> Proxy-Authorization: Basic eA==\n")
                                                        << QStringLiteral("signed") << false;
    QTest::newRow("signed not anonymous") << QStringLiteral("> GET /a.jpg HTTP/1.1\n> Authorization: OSS ak:sig=\n") << QStringLiteral("anonymous") << false;
    QTest::newRow("archive") << QStringLiteral("x-cos-storage-class: DEEP_ARCHIVE") << QStringLiteral("archive") << true;
    QTest::newRow("kms") << QStringLiteral("This request is forbidden by kms") << QStringLiteral("kms") << true;
    QTest::newRow("sub account") << QStringLiteral("RAM user uploads fail") << QStringLiteral("sub_account") << true;
    QTest::newRow("cross account") << QStringLiteral("cross-account access to the bucket") << QStringLiteral("cross_account") << true;
    QTest::newRow("policy") << QStringLiteral("Access denied by bucket policy.") << QStringLiteral("policy") << true;
    QTest::newRow("explicit deny") << QStringLiteral("with an explicit deny in a resource-based policy") << QStringLiteral("explicit_deny") << true;
    QTest::newRow("acl") << QStringLiteral("because of bucket acl") << QStringLiteral("acl") << true;
    QTest::newRow("endpoint element") << QStringLiteral("<Error><Code>AccessDenied</Code><Endpoint>oss-cn-hangzhou.aliyuncs.com</Endpoint></Error>") << QStringLiteral("endpoint_hint") << true;
    QTest::newRow("region mismatch") << QStringLiteral("https://b.s3.us-west-2.amazonaws.com/k Authorization: AWS4-HMAC-SHA256 Credential=AKIAX/20260101/us-east-1/s3/aws4_request")
                                     << QStringLiteral("region_mismatch") << true;
    QTest::newRow("bucket without appid") << QStringLiteral("https://examplebucket.cos.ap-guangzhou.myqcloud.com/a") << QStringLiteral("bucket_no_appid") << true;
    QTest::newRow("bucket with appid") << QStringLiteral("https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/a") << QStringLiteral("bucket_no_appid") << false;
    QTest::newRow("ip vpc") << QStringLiteral("Access denied by VPC endpoint policy") << QStringLiteral("ip_vpc") << true;
    QTest::newRow("write method") << QStringLiteral("> PUT /a HTTP/1.1\n> Host: x\n") << QStringLiteral("write_method") << true;
    QTest::newRow("write: a call") << QStringLiteral("An error occurred (AccessDenied) when calling the PutObject operation")
                                   << QStringLiteral("write_method") << true;
    QTest::newRow("write: a policy's action is no call")
        << QStringLiteral("the policy allows s3:HeadBucket and s3:PutObject, yet HeadBucket is refused") << QStringLiteral("write_method") << false;
    QTest::newRow("content type") << QStringLiteral("> PUT /a HTTP/1.1\n> Content-Type: image/png\n") << QStringLiteral("content_type") << true;
    QTest::newRow("sdk") << QStringLiteral("com.aliyun.oss.OSSException: x [ErrorCode]: AccessDenied") << QStringLiteral("sdk") << true;
    QTest::newRow("ak bad chars") << QStringLiteral("Authorization: OSS LTAI\"5t:sig=") << QStringLiteral("ak_bad_chars") << true;
    QTest::newRow("ak bad chars message") << QStringLiteral("The OSS Access Key Id contains non-acceptable characters") << QStringLiteral("ak_bad_chars") << true;
    QTest::newRow("post policy") << QStringLiteral("Invalid according to Policy: Policy expired.") << QStringLiteral("post_policy") << true;
    QTest::newRow("custom domain") << QStringLiteral("GET https://static.example.com/a.jpg 403") << QStringLiteral("custom_domain") << true;
    QTest::newRow("s3-compatible service's endpoint") << QStringLiteral("endpoint https://nyc3.digitaloceanspaces.com 403 AccessDenied")
                                                      << QStringLiteral("custom_domain") << false;
    QTest::newRow("an address is no domain") << QStringLiteral("GET https://10.240.193.107/b/x 403") << QStringLiteral("custom_domain") << false;
    QTest::newRow("a placeholder leaves no domain") << QStringLiteral("endpoint https://cos.<region>.myqcloud.com 403")
                                                   << QStringLiteral("custom_domain") << false;
    QTest::newRow("legacy cos host is the bucket's own") << QStringLiteral("GET http://a-1250000000.cosgz.myqcloud.com/a.jpg 403")
                                                          << QStringLiteral("custom_domain") << false;
    QTest::newRow("cdn") << QStringLiteral("X-Cache: MISS from cdn") << QStringLiteral("cdn") << true;
    QTest::newRow("requester pays") << QStringLiteral("the same command works with --request-payer requester") << QStringLiteral("requester_pays") << true;
    QTest::newRow("requester pays, not a payer") << QStringLiteral("the request is paid by the owner") << QStringLiteral("requester_pays") << false;
    QTest::newRow("clock skew") << QStringLiteral("<Error><Code>RequestTimeTooSkewed</Code><RequestTime>2024-08-28T01:03:57.000Z</RequestTime><ServerTime>2024-08-28T01:23:02.000Z</ServerTime></Error>")
                                << QStringLiteral("clock_skew") << true;
    QTest::newRow("clock ok") << QStringLiteral("<Error><Code>X</Code><RequestTime>Fri, 28 Apr 2017 07:01:06 GMT</RequestTime><ServerTime>2017-04-28T07:02:20Z</ServerTime></Error>")
                              << QStringLiteral("clock_ok") << true;
    QTest::newRow("rfc1123 skew") << QStringLiteral("<Error><Code>X</Code><RequestTime>Fri, 28 Apr 2017 07:01:06 GMT</RequestTime><ServerTime>2017-04-28T07:17:20Z</ServerTime></Error>")
                                  << QStringLiteral("clock_skew") << true;
}

void TestSignalExtractor::fires()
{
    QFETCH(QString, text);
    QFETCH(QString, signal);
    QFETCH(bool, expected);
    m_tested.insert(signal);
    QCOMPARE(has(signalsOf(text), signal), expected);
}

// The signed signal names what signed the request: a presigned URL names its algorithm in the
// query, which is no Authorization header (one paste was told its unsigned request "was signed
// (Authorization)" because a working presigned URL beside it carried AWS4-HMAC-SHA256).
void TestSignalExtractor::signedSaysWhatSigned_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("header") << QStringLiteral("> GET /a HTTP/1.1\n> Authorization: AWS4-HMAC-SHA256 Credential=k/20240101/us-east-1/s3/aws4_request\n")
                            << QStringLiteral("Authorization");
    QTest::newRow("presigned url") << QStringLiteral("GET https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX%2F20240101"
                                                     "%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=60"
                                                     "&X-Amz-SignedHeaders=host&X-Amz-Signature=ab")
                                   << QStringLiteral("URL");
    QTest::newRow("logged value") << QStringLiteral("sign: q-sign-algorithm=sha1&q-ak=AKIDx&q-sign-time=1;2") << QStringLiteral("q-sign-algorithm");
}

void TestSignalExtractor::signedSaysWhatSigned()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    QString seen;
    for (const Signal &s : signalsOf(text)) {
        if (s.id == QLatin1String("signed"))
            seen = s.detail;
    }
    QCOMPARE(seen, detail);
}

void TestSignalExtractor::wordsAreLowerCase()
{
    // The text is searched lower-cased, and the words are literals written so: one with a capital
    // would never be found.
    const QStringList words = SignalExtractor::words();
    QVERIFY(words.size() > 100);
    for (const QString &w : words)
        QVERIFY2(!w.isEmpty() && w == w.toLower(), qPrintable(w));
}

void TestSignalExtractor::presignedExpiryUsesServerTimeOrNow()
{
    // Valid from 2023-11-14T22:13:20Z for 600 s.
    const QString url = QStringLiteral("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAX%2F20231114%2Fus-east-1%2Fs3%2Faws4_request"
                                       "&X-Amz-Date=20231114T221320Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=ab");
    QVERIFY(has(signalsOf(url, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)), QStringLiteral("presign_expired")));
    QVERIFY(!has(signalsOf(url, QDateTime(QDate(2023, 11, 14), QTime(22, 15), Qt::UTC)), QStringLiteral("presign_expired")));
    const QString body = QStringLiteral("<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires>"
                                        "<Expires>2023-12-19T05:07:47Z</Expires><ServerTime>2023-12-19T18:45:49Z</ServerTime></Error>");
    QVERIFY(has(signalsOf(body, QDateTime(QDate(2023, 12, 19), QTime(0, 0), Qt::UTC)), QStringLiteral("presign_expired")));
    m_tested.insert(QStringLiteral("presign_expired"));
}

void TestSignalExtractor::corsPolicyIsNotAnAccessPolicy()
{
    QVERIFY(!has(signalsOf(QStringLiteral("has been blocked by CORS policy")), QStringLiteral("policy")));
    QVERIFY(!has(signalsOf(QStringLiteral("You are denied by bucket referer policy.")), QStringLiteral("policy")));
}

void TestSignalExtractor::everyKnownIdIsTested()
{
    for (const QString &id : SignalExtractor::knownIds())
        QVERIFY2(m_tested.contains(id), qPrintable(QStringLiteral("signal %1 has no test row").arg(id)));
}

void TestSignalExtractor::syncedClockReading_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("reading");
    QTest::newRow("ntpdate, in sync") << QStringLiteral("ntpdate[4203]: adjust time server 74.117.214.2 offset -0.002418 sec")
                                      << QStringLiteral("offset -0.002418 sec");
    QTest::newRow("ntpdate, 12 s off") << QStringLiteral("ntpdate[4203]: step time server 74.117.214.2 offset 12.5 sec") << QString();
    QTest::newRow("chrony, in sync") << QStringLiteral("System time     : 0.000012345 seconds fast of NTP time")
                                     << QStringLiteral("system time     : 0.000012345 seconds fast");
    QTest::newRow("chrony, 20 min slow") << QStringLiteral("System time     : 1200.5 seconds slow of NTP time") << QString();
    QTest::newRow("timedatectl") << QStringLiteral("       System clock synchronized: yes\n                NTP service: active")
                                 << QStringLiteral("system clock synchronized: yes");
    QTest::newRow("timedatectl, not synced") << QStringLiteral("System clock synchronized: no") << QString();
    QTest::newRow("an offset that is not a clock") << QStringLiteral("read failed at offset 0 of part 3") << QString();
    QTest::newRow("nothing") << QStringLiteral("RequestTimeTooSkewed") << QString();
}

void TestSignalExtractor::syncedClockReading()
{
    QFETCH(QString, paste);
    QFETCH(QString, reading);
    QCOMPARE(SignalExtractor::syncedClockReading(paste.toLower()), reading);
}

void TestSignalExtractor::clockSaidOff_data()
{
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("clock slow") << QStringLiteral("My computer's clock was 1 minute slow.") << QStringLiteral("clock was 1 minute slow");
    QTest::newRow("clock behind") << QStringLiteral("The server clock is about 15 minutes behind")
                                  << QStringLiteral("clock is about 15 minutes behind");
    QTest::newRow("container time differs") << QStringLiteral("The time in the container differs from the host.")
                                            << QStringLiteral("time in the container differs");
    QTest::newRow("wrong system clock") << QStringLiteral("Could a wrong system clock do this?") << QStringLiteral("wrong system clock");
    QTest::newRow("time skew") << QStringLiteral("startup fails with a time skew 403") << QStringLiteral("time skew");
    QTest::newRow("chinese") << QStringLiteral("客户端机器时间快了十五分钟，上传就失败") << QStringLiteral("时间快了");
    QTest::newRow("chinese, time zone") << QStringLiteral("服务器时区不对导致签名过期") << QStringLiteral("时区不对");
    QTest::newRow("korean") << QStringLiteral("서버 시계가 5분 느려서 그런 것 같습니다") << QStringLiteral("시계가 5분 느려");
    // "time" with a loose word of deviation, or in a code, says nothing of a clock.
    QTest::newRow("time, turned off") << QStringLiteral("At the time I turned off the proxy it worked.") << QString();
    QTest::newRow("time, behind a proxy") << QStringLiteral("Every time behind the nginx proxy it fails") << QString();
    QTest::newRow("a code") << QStringLiteral("<Code>RequestTimeTooSkewed</Code>") << QString();
    QTest::newRow("another sentence") << QStringLiteral("I checked the clock. The key was wrong.") << QString();
    QTest::newRow("chinese, no deviation") << QStringLiteral("上传时间很长，然后返回 403") << QString();
}

void TestSignalExtractor::clockSaidOff()
{
    QFETCH(QString, paste);
    QFETCH(QString, phrase);
    QCOMPARE(SignalExtractor::clockSaidOff(WholeWordIndex(paste.toLower())), phrase);
}

QTEST_GUILESS_MAIN(TestSignalExtractor)
#include "TestSignalExtractor.moc"
