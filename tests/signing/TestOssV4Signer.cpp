#include "signing/OssV4Signer.h"

#include <QTest>

class TestOssV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalRequestOfTheVector();
    void regionComesFromTheEndpoint();
    void queryFormAddsItsParameters();
};

namespace {
SignRequest vectorRequest()
{
    SignRequest r;
    QString error;
    SignRequest::fromUrl(QStringLiteral("PUT"),
                         QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/1234%2B-/123/1.txt?param1=value1&%2Bparam1=value3"
                                        "&%7Cparam1=value4&%2Bparam2=&%7Cparam2=&param2="),
                         {{QStringLiteral("x-oss-head1"), QStringLiteral("value")},
                          {QStringLiteral("abc"), QStringLiteral("value")},
                          {QStringLiteral("ZAbc"), QStringLiteral("value")},
                          {QStringLiteral("XYZ"), QStringLiteral("value")},
                          {QStringLiteral("content-type"), QStringLiteral("text/plain")},
                          {QStringLiteral("x-oss-content-sha256"), QStringLiteral("UNSIGNED-PAYLOAD")}},
                         &r, &error);
    r.accessKeyId = QStringLiteral("ak");
    r.secretKey = QStringLiteral("sk");
    r.region = QStringLiteral("cn-hangzhou");
    r.time = QDateTime::fromSecsSinceEpoch(1702743657, Qt::UTC);
    return r;
}
}

void TestOssV4Signer::canonicalRequestOfTheVector()
{
    const SignResult result = OssV4Signer::sign(vectorRequest());
    QCOMPARE(result.step(QStringLiteral("canonicalRequest")),
             QStringLiteral("PUT\n/bucket/1234%2B-/123/1.txt\n%2Bparam1=value3&%2Bparam2&%7Cparam1=value4&%7Cparam2&param1=value1&param2\n"
                            "content-type:text/plain\nx-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20231216T162057Z\nx-oss-head1:value\n\n\n"
                            "UNSIGNED-PAYLOAD"));
    QVERIFY(result.step(QStringLiteral("stringToSign")).endsWith(QLatin1String("f4613657f1b108998e8dbd10a1aa5da621dc2c6e02c9ddec0f163664848704c4")));
}

void TestOssV4Signer::regionComesFromTheEndpoint()
{
    SignRequest r = vectorRequest();
    r.region.clear();
    QCOMPARE(OssV4Signer::sign(r).step(QStringLiteral("scope")), QStringLiteral("20231216/cn-hangzhou/oss/aliyun_v4_request"));
    QString error;
    SignRequest custom;
    SignRequest::fromUrl(QStringLiteral("GET"), QStringLiteral("https://files.example.com/k"), {}, &custom, &error);
    QVERIFY(!OssV4Signer::sign(custom).ok);
}

void TestOssV4Signer::queryFormAddsItsParameters()
{
    SignRequest r = vectorRequest();
    r.presign = true;
    r.expires = 599;
    r.securityToken = QStringLiteral("tok");
    const SignResult result = OssV4Signer::sign(r);
    const QString query = result.step(QStringLiteral("canonicalRequest")).section(u'\n', 2, 2);
    QVERIFY(query.contains(QLatin1String("x-oss-credential=ak%2F20231216%2Fcn-hangzhou%2Foss%2Faliyun_v4_request")));
    QVERIFY(query.contains(QLatin1String("x-oss-expires=599&x-oss-security-token=tok&x-oss-signature-version=OSS4-HMAC-SHA256")));
    QVERIFY(result.url.contains(QLatin1String("&x-oss-signature=")));
    QVERIFY(result.authorization.isEmpty());
}

QTEST_GUILESS_MAIN(TestOssV4Signer)
#include "TestOssV4Signer.moc"
