#include "Redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void url();
    void headers();
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
}

void TestRedactor::text()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = Redactor::text(input);
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

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
