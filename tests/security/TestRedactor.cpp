#include "report/Redacted.h"
#include "security/Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void url();
    void headers();
    void inventory_data();
    void inventory();
    void inventoryOfCleanText();
    void inventoryOrderAndLabels();
    void signedStringsByField();
};

void TestRedactor::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");

    QTest::newRow("cos authorization") << QStringLiteral("Authorization: q-sign-algorithm=sha1&q-ak=AKIDabc&q-sign-time=1;2&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a")
                                       << QStringLiteral("ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a") << QStringLiteral("q-ak=AKIDabc");
    QTest::newRow("oss v1 authorization") << QStringLiteral("Authorization: OSS LTAI5tExample:kSHKmLxlyEAKtZPkJhG9bZb5k7M=")
                                          << QStringLiteral("kSHKmLxlyEAKtZPkJhG9bZb5k7M=") << QStringLiteral("LTAI5tExample");
    QTest::newRow("sigv4 authorization") << QStringLiteral("authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
                                         << QStringLiteral("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31") << QStringLiteral("AKIDEXAMPLE/20150830");
    QTest::newRow("token header") << QStringLiteral("x-cos-security-token: CANARYTOKEN123456") << QStringLiteral("CANARYTOKEN123456") << QStringLiteral("x-cos-security-token");
    QTest::newRow("presigned url") << QStringLiteral("https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835&X-Amz-Security-Token=CANARY2")
                                   << QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835") << QStringLiteral("X-Amz-Credential=AKIA%2F1");
    QTest::newRow("presigned token") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/k?Expires=1&OSSAccessKeyId=STS.x&Signature=abc%3D&security-token=CANARY3")
                                     << QStringLiteral("CANARY3") << QStringLiteral("OSSAccessKeyId=STS.x");
    QTest::newRow("python dict secret") << QStringLiteral("{'SecretKey': 'CANARYSECRET', 'SecretId': 'AKIDkeep'}") << QStringLiteral("CANARYSECRET") << QStringLiteral("AKIDkeep");
    QTest::newRow("xml signature provided") << QStringLiteral("<SignatureProvided>tPN3CANARY</SignatureProvided>") << QStringLiteral("tPN3CANARY") << QStringLiteral("SignatureProvided");
    // Forms a review found leaking (issue 14): each secret goes, the name or key id stays.
    QTest::newRow("sigv2 authorization") << QStringLiteral("Authorization: AWS AKIAIOSFODNN7EXAMPLE:CANARYV2SIG+abc=") << QStringLiteral("CANARYV2SIG") << QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    QTest::newRow("canonical query token") << QStringLiteral("GET\n/k\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F1&X-Amz-Security-Token=CANARYCQTOKEN&X-Amz-SignedHeaders=host\nhost:b")
                                           << QStringLiteral("CANARYCQTOKEN") << QStringLiteral("X-Amz-SignedHeaders=host");
    QTest::newRow("canonical query token first") << QStringLiteral("GET\n/k\nX-Amz-Security-Token=CANARYFIRST&X-Amz-Date=1\n") << QStringLiteral("CANARYFIRST") << QStringLiteral("X-Amz-Date=1");
    QTest::newRow("sse-c header") << QStringLiteral("x-amz-server-side-encryption-customer-key:CANARYSSECKEY==\nx-amz-server-side-encryption-customer-key-md5:keepmd5")
                                  << QStringLiteral("CANARYSSECKEY") << QStringLiteral("keepmd5");
    QTest::newRow("aws credentials file") << QStringLiteral("[default]\naws_access_key_id = AKIAKEEP\naws_secret_access_key = CANARYAWSSECRET\naws_session_token = CANARYAWSTOKEN")
                                          << QStringLiteral("CANARYAWS") << QStringLiteral("AKIAKEEP");
    QTest::newRow("ali-oss options") << QStringLiteral("new OSS({ accessKeyId: 'LTAIkeep', accessKeySecret: 'CANARYALISECRET', stsToken: 'CANARYSTS', bucket: 'b' })")
                                     << QStringLiteral("CANARY") << QStringLiteral("LTAIkeep");
    QTest::newRow("tencent sts credentials") << QStringLiteral("{\"Credentials\": {\"Token\": \"CANARYTCTOKEN\", \"TmpSecretId\": \"AKIDkeep\", \"TmpSecretKey\": \"CANARYTMPKEY\"}}")
                                             << QStringLiteral("CANARY") << QStringLiteral("AKIDkeep");
    QTest::newRow("oss signature as json") << QStringLiteral("{\"OSSAccessKeyId\": \"LTAIkeep\", \"Signature\": \"CANARYJSONSIG\"}") << QStringLiteral("CANARYJSONSIG") << QStringLiteral("LTAIkeep");
    QTest::newRow("code stays") << QStringLiteral("<Code>InvalidToken</Code><Message>The provided token is malformed.</Message>") << QString() << QStringLiteral("InvalidToken");
}

void TestRedactor::text()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor::text(input);
    if (secret.isEmpty()) { // nothing secret: the text stays as it was
        QCOMPARE(out, input);
        return;
    }
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
    QVERIFY(out.contains(Redactor::placeholder()));
}

void TestRedactor::url()
{
    const QString out = Redactor::url(QStringLiteral("https://a.cos.ap-beijing.myqcloud.com/k?q-sign-algorithm=sha1&q-ak=AKID1&q-signature=0123abcd&x-cos-security-token=CANARY"));
    QVERIFY(!out.contains(QLatin1String("0123abcd")));
    QVERIFY(!out.contains(QLatin1String("CANARY")));
    QVERIFY(out.contains(QLatin1String("q-ak=AKID1")));
}

void TestRedactor::headers()
{
    QCOMPARE(Redactor::headerValue(QStringLiteral("X-Amz-Security-Token"), QStringLiteral("abc")), Redactor::placeholder());
    QCOMPARE(Redactor::headerValue(QStringLiteral("Content-Type"), QStringLiteral("text/plain")), QStringLiteral("text/plain"));
    QVERIFY(!Redactor::headerValue(QStringLiteral("Authorization"), QStringLiteral("OSS ak:sigsig=")).contains(QLatin1String("sigsig")));
    QCOMPARE(Redactor::fieldValue(QStringLiteral("Token-0"), QStringLiteral("x")), Redactor::placeholder());
}

void TestRedactor::inventory_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("label");

    QTest::newRow("cos q-signature") << QStringLiteral(
        "Authorization: q-sign-algorithm=sha1&q-ak=AKIDabc&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a")
                                     << QStringLiteral("signature") << QStringLiteral("q-signature");
    QTest::newRow("oss v1") << QStringLiteral("Authorization: OSS LTAI5tExample:kSHKmLxlyEAKtZPkJhG9bZb5k7M=")
                            << QStringLiteral("signature") << QStringLiteral("OSS V1");
    QTest::newRow("sigv4 header") << QStringLiteral(
        "authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request, SignedHeaders=host, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
                                  << QStringLiteral("signature") << QStringLiteral("Signature");
    QTest::newRow("url encoded q-signature")
        << QStringLiteral("sign=q-sign-algorithm%3Dsha1%26q-signature%3Dce4ac0ecbcdb30538b3f") << QStringLiteral("signature")
        << QStringLiteral("q-signature");
    QTest::newRow("cos token header") << QStringLiteral("x-cos-security-token: CANARYTOKEN123456")
                                      << QStringLiteral("security_token") << QStringLiteral("x-cos-security-token");
    QTest::newRow("oss url token") << QStringLiteral(
        "https://b.oss-cn-hangzhou.aliyuncs.com/k?Expires=1&OSSAccessKeyId=STS.x&security-token=CANARY3")
                                   << QStringLiteral("security_token") << QStringLiteral("security-token");
    QTest::newRow("python dict secret") << QStringLiteral("{'SecretKey': 'CANARYSECRET', 'SecretId': 'AKIDkeep'}")
                                        << QStringLiteral("secret_key") << QStringLiteral("SecretKey");
    QTest::newRow("json secret") << QStringLiteral("{\"AccessKeySecret\": \"CANARYSECRET\"}") << QStringLiteral("secret_key")
                                 << QStringLiteral("AccessKeySecret");
    QTest::newRow("xml signature provided") << QStringLiteral("<SignatureProvided>tPN3CANARY</SignatureProvided>")
                                            << QStringLiteral("signature") << QStringLiteral("SignatureProvided");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer CANARYBEARER") << QStringLiteral("authorization")
                            << QStringLiteral("Bearer");
}

void TestRedactor::inventory()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, label);
    const QString redacted = Redactor::text(input);
    const QList<Redactor::Redaction> found = Redactor::inventory(redacted);
    QVERIFY2(found.size() == 1, qPrintable(redacted));
    QCOMPARE(found.first().kind, kind);
    QCOMPARE(found.first().count, 1);
    QCOMPARE(found.first().labels, QStringList { label });
}

void TestRedactor::inventoryOfCleanText()
{
    QVERIFY(Redactor::inventory(QString()).isEmpty());
    QVERIFY(Redactor::inventory(QStringLiteral("GET /k HTTP/1.1\nHost: b.cos.ap-beijing.myqcloud.com")).isEmpty());
}

void TestRedactor::inventoryOrderAndLabels()
{
    const QString p = Redactor::placeholder();
    const QString text = QStringLiteral("Cookie: %1\nx-oss-security-token: %1\nSignature=%1&x-amz-signature=%1\n"
                                        "Proxy-Authorization: %1\n%1\n&lt;SignatureProvided&gt;%1&lt;/SignatureProvided&gt;\n"
                                        "&quot;SecurityToken&quot;: &quot;%1&quot;")
                             .arg(p);
    const QList<Redactor::Redaction> found = Redactor::inventory(text);
    QStringList kinds;
    for (const Redactor::Redaction &r : found)
        kinds << r.kind;
    QCOMPARE(kinds,
        (QStringList { QStringLiteral("signature"), QStringLiteral("security_token"), QStringLiteral("authorization"),
            QStringLiteral("cookie"), QStringLiteral("other") }));
    QCOMPARE(found.at(0).count, 3);
    QCOMPARE(found.at(0).labels,
        (QStringList { QStringLiteral("Signature"), QStringLiteral("x-amz-signature"), QStringLiteral("SignatureProvided") }));
    QCOMPARE(found.at(1).count, 2);
    QCOMPARE(found.at(1).labels, (QStringList { QStringLiteral("x-oss-security-token"), QStringLiteral("SecurityToken") }));
    QCOMPARE(found.at(2).labels, QStringList { QStringLiteral("Proxy-Authorization") });
    QCOMPARE(found.at(3).count, 1);
    QCOMPARE(found.at(4).count, 1);
    QVERIFY(found.at(4).labels.isEmpty());
    for (const Redactor::Redaction &r : found)
        QVERIFY(Redactor::redactionKinds().contains(r.kind));
}

// Server strings are redacted by field: a header line by its name, a query pair by its key, whatever
// the value looks like (here values no pattern would take whole: spaces, a leading ellipsis).
void TestRedactor::signedStringsByField()
{
    ParsedInput in;
    in.stringToSign = QStringLiteral("GET\n\n\n1728990000\nx-oss-security-token:qz en one\n/b/k.gz?acl&security-token=…qz two");
    in.canonicalRequest = QStringLiteral("GET\n/k\nX-Amz-Date=20241015T091244Z&X-Amz-Security-Token=…qz three&X-Amz-SignedHeaders=host\n"
                                         "x-amz-server-side-encryption-customer-key:key four==\nhost:b.s3.amazonaws.com\n");
    in.extraFields = {{QStringLiteral("ArgumentName"), QStringLiteral("x-oss-security-token")},
                      {QStringLiteral("ArgumentValue"), QStringLiteral("five")}};
    const ParsedInput out = Redacted::input(in);
    const QString all = out.stringToSign + out.canonicalRequest + out.extraFields.last().second;
    for (const char *secret : {"qz", "one", "two", "three", "four", "five"})
        QVERIFY2(!all.contains(QLatin1String(secret)), secret);
    // What is no secret stays, line for line.
    QCOMPARE(out.stringToSign, QStringLiteral("GET\n\n\n1728990000\nx-oss-security-token:[redacted]\n/b/k.gz?acl&security-token=[redacted]"));
    QVERIFY(out.canonicalRequest.contains(QLatin1String("X-Amz-Date=20241015T091244Z&X-Amz-Security-Token=[redacted]&X-Amz-SignedHeaders=host")));
    QVERIFY(out.canonicalRequest.contains(QLatin1String("\nhost:b.s3.amazonaws.com\n")));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
