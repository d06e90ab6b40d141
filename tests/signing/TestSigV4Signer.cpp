#include "signing/SigV4Signer.h"

#include <QTest>

class TestSigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteCanonicalRequest();
    void s3DocStringToSignHash();
    void pathIsEncodedOnceAndNotNormalised();
    void regionFromHostOrDefault();
    void unsignableHeadersStayOut();
};

namespace {
SignRequest request(const QString &method, const QString &url, const HeaderList &headers, const char *secret)
{
    SignRequest r;
    QString error;
    SignRequest::fromUrl(method, url, headers, &r, &error);
    r.secretKey = QString::fromLatin1(secret);
    return r;
}
}

void TestSigV4Signer::suiteCanonicalRequest()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://example.amazonaws.com/"), {}, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    r.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    r.region = QStringLiteral("us-east-1");
    r.service = QStringLiteral("service");
    r.time = QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate);
    const SignResult result = SigV4Signer::sign(r);
    QCOMPARE(result.step(QStringLiteral("canonicalRequest")),
             QStringLiteral("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(result.step(QStringLiteral("stringToSign")),
             QStringLiteral("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
}

void TestSigV4Signer::s3DocStringToSignHash()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"), {},
                            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    r.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    r.time = QDateTime::fromString(QStringLiteral("2013-05-24T00:00:00Z"), Qt::ISODate);
    r.expires = 86400;
    r.presign = true;
    const SignResult result = SigV4Signer::sign(r);
    QVERIFY(result.step(QStringLiteral("stringToSign")).endsWith(QLatin1String("3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04")));
    QVERIFY(result.url.contains(QLatin1String("X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bb")));
}

void TestSigV4Signer::pathIsEncodedOnceAndNotNormalised()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://b.s3.us-west-2.amazonaws.com/a/./b%20c/%2Bx~y*z"), {}, "s");
    r.accessKeyId = QStringLiteral("AKIAX");
    r.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QString canonical = SigV4Signer::sign(r).step(QStringLiteral("canonicalRequest"));
    QCOMPARE(canonical.section(u'\n', 1, 1), QStringLiteral("/a/./b%20c/%2Bx~y%2Az"));
}

void TestSigV4Signer::regionFromHostOrDefault()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://b.s3.eu-central-1.amazonaws.com/k"), {}, "s");
    r.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QCOMPARE(SigV4Signer::sign(r).step(QStringLiteral("scope")), QStringLiteral("20231114/eu-central-1/s3/aws4_request"));
    SignRequest minio = request(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:9000/bucket/k"), {}, "s");
    minio.time = r.time;
    const SignResult result = SigV4Signer::sign(minio);
    QCOMPARE(result.step(QStringLiteral("scope")), QStringLiteral("20231114/us-east-1/s3/aws4_request"));
    QVERIFY(result.step(QStringLiteral("canonicalRequest")).contains(QLatin1String("host:127.0.0.1:9000\n")));
}

void TestSigV4Signer::unsignableHeadersStayOut()
{
    SignRequest r = request(QStringLiteral("PUT"), QStringLiteral("https://b.s3.amazonaws.com/k"),
                            {{QStringLiteral("User-Agent"), QStringLiteral("x")}, {QStringLiteral("Content-Type"), QStringLiteral("a  b")},
                             {QStringLiteral("X-Amz-Meta-A"), QStringLiteral("1")}, {QStringLiteral("x-amz-meta-a"), QStringLiteral("2")}},
                            "s");
    r.time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const SignResult result = SigV4Signer::sign(r);
    QVERIFY(result.authorization.contains(QLatin1String("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-meta-a,")));
    QVERIFY(result.step(QStringLiteral("canonicalRequest")).contains(QLatin1String("content-type:a b\n")));
    QVERIFY(result.step(QStringLiteral("canonicalRequest")).contains(QLatin1String("x-amz-meta-a:1,2\n")));
}

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "TestSigV4Signer.moc"
