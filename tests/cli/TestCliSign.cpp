#include "support/CliProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Every official signature vector of providers.md §2, through the real bucketdoctor-cli binary.
class TestCliSign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void secretFromFile();
    void noSecretIsAClearError();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments, const QString &secret, const QString &token = {});
};

TestCliSign::Run TestCliSign::run(const QStringList &arguments, const QString &secret, const QString &token)
{
    QHash<QString, QString> env;
    if (!secret.isEmpty())
        env.insert(QStringLiteral("BUCKETDOCTOR_SECRET_KEY"), secret);
    if (!token.isEmpty())
        env.insert(QStringLiteral("BUCKETDOCTOR_SECURITY_TOKEN"), token);
    return CliProcess::run(QStringList{QStringLiteral("sign")} + arguments, {}, env);
}

namespace {
QString unixTime(const char *iso)
{
    return QString::number(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch());
}

QStringList headers(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *h : list)
        out << QStringLiteral("--header") << QString::fromUtf8(h);
    return out;
}
}

void TestCliSign::vectors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("key");      // JSON key to compare
    QTest::addColumn<QString>("expected");

    const QString cosSecret = QStringLiteral("AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM");
    const QStringList cosBase{QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--access-key-id"),
                              QStringLiteral("QmFzZTY0IGlzIGEgZ2VuZXJp"), QStringLiteral("--time"), QStringLiteral("1480932292"),
                              QStringLiteral("--expires"), QStringLiteral("80000"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("cos go-sdk TestNewAuthorization")
        << cosBase + QStringList{QStringLiteral("--method"), QStringLiteral("PUT"), QStringLiteral("--url"),
                                 QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/testfile2")}
               + headers({"Host: testbucket-125000000.cos.ap-guangzhou.myqcloud.com",
                          "x-cos-content-sha1: db8ac1c259eb89d4a131b253bacfca5f319d54f2", "x-cos-stroage-class: nearline"})
        << cosSecret << QString() << QStringLiteral("authorization")
        << QStringLiteral("q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp&q-sign-time=1480932292;1481012292&q-key-time=1480932292;"
                          "1481012292&q-header-list=host;x-cos-content-sha1;x-cos-stroage-class&q-url-param-list=&q-signature="
                          "ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a");
    QTest::newRow("cos GET acl")
        << cosBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/?acl")}
        << cosSecret << QString() << QStringLiteral("signature") << QStringLiteral("40b366aa5c8fe38ecd61936135e083105705ac3d");
    QTest::newRow("cos unencoded path, params and range")
        << cosBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/a%20b/%E6%B5%8B%E8%AF%95.jpg"
                                                "?response-content-type=image/jpeg&versionId=MTg0NDUx")}
               + headers({"Range: bytes=0-9"})
        << cosSecret << QString() << QStringLiteral("signature") << QStringLiteral("210018be73dd9cb3047c21662f5154193468a5f5");

    const QString date = QStringLiteral("Wed, 28 Dec 2022 10:27:41 GMT");
    const QStringList ossBase{QStringLiteral("--provider"), QStringLiteral("oss"), QStringLiteral("--access-key-id"),
                              QStringLiteral("ak"), QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList putHeaders = headers({"Content-MD5: eB5eJF1ptWaXm4bijSPyxw==", "Content-Type: text/html",
                                            "x-oss-meta-author: alice", "x-oss-meta-magic: abracadabra"})
        + QStringList{QStringLiteral("--header"), QStringLiteral("x-oss-date: ") + date};
    QTest::newRow("oss v1 TestV1AuthHeader put")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("PUT"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/nelson")} + putHeaders
        << QStringLiteral("sk") << QString() << QStringLiteral("authorization") << QStringLiteral("OSS ak:kSHKmLxlyEAKtZPkJhG9bZb5k7M=");
    QTest::newRow("oss v1 put acl")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("PUT"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/nelson?acl")} + putHeaders
        << QStringLiteral("sk") << QString() << QStringLiteral("authorization") << QStringLiteral("OSS ak:/afkugFbmWDQ967j1vr6zygBLQk=");
    QTest::newRow("oss v1 non sub-resource ignored")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/?resourceGroup&non-resousce=null"),
                                 QStringLiteral("--header"), QStringLiteral("x-oss-date: ") + date}
        << QStringLiteral("sk") << QString() << QStringLiteral("authorization") << QStringLiteral("OSS ak:vkQmfuUDyi1uDi3bKt67oemssIs=");
    QTest::newRow("oss v1 sub-resources sorted")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/?resourceGroup&acl"),
                                 QStringLiteral("--header"), QStringLiteral("x-oss-date: ") + date}
        << QStringLiteral("sk") << QString() << QStringLiteral("authorization") << QStringLiteral("OSS ak:x3E5TgOvl/i7PN618s5mEvpJDYk=");
    QTest::newRow("oss v1 date header referer")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/?referer"),
                                 QStringLiteral("--header"), QStringLiteral("Date: ") + date}
        << QStringLiteral("sk") << QString() << QStringLiteral("signature") << QStringLiteral("XGs3HR6xlXZ7YoYis0e2SQvd8x4=");
    QTest::newRow("oss v1 head object")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("HEAD"), QStringLiteral("--url"),
                                 QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/dir/a.txt"),
                                 QStringLiteral("--header"), QStringLiteral("Date: ") + date}
        << QStringLiteral("sk") << QString() << QStringLiteral("signature") << QStringLiteral("dddy8TIUs2QT88aGwTblGJRHSNY=");
    QTest::newRow("oss v1 TestV1AuthQuery url")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/key?versionId=versionId"),
                                 QStringLiteral("--time"), QStringLiteral("1699806520"), QStringLiteral("--expires"), QStringLiteral("900"),
                                 QStringLiteral("--presign")}
        << QStringLiteral("sk") << QString() << QStringLiteral("url")
        << QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/key?Expires=1699807420&OSSAccessKeyId=ak&Signature=dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D&versionId=versionId");
    QTest::newRow("oss v1 url with token and plus")
        << ossBase + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                 QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/key+123?versionId=versionId"),
                                 QStringLiteral("--time"), QStringLiteral("1699807304"), QStringLiteral("--expires"), QStringLiteral("900"),
                                 QStringLiteral("--presign")}
        << QStringLiteral("sk") << QStringLiteral("token") << QStringLiteral("url")
        << QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/key%2B123?Expires=1699808204&OSSAccessKeyId=ak&Signature=jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D&security-token=token&versionId=versionId");

    const QString v4Url = QStringLiteral("http://bucket.oss-cn-hangzhou.aliyuncs.com/1234%2B-/123/1.txt?param1=value1&%2Bparam1=value3&%7Cparam1=value4&%2Bparam2=&%7Cparam2=&param2=");
    const QStringList v4Base = QStringList{QStringLiteral("--provider"), QStringLiteral("oss"), QStringLiteral("--signature-version"),
                                           QStringLiteral("4"), QStringLiteral("--access-key-id"), QStringLiteral("ak"),
                                           QStringLiteral("--region"), QStringLiteral("cn-hangzhou"), QStringLiteral("--method"),
                                           QStringLiteral("PUT"), QStringLiteral("--url"), v4Url, QStringLiteral("--format"),
                                           QStringLiteral("json")}
        + headers({"x-oss-head1: value", "abc: value", "ZAbc: value", "XYZ: value"});
    const QStringList v4Header = headers({"Content-Type: text/plain", "x-oss-content-sha256: UNSIGNED-PAYLOAD"});
    QTest::newRow("oss v4 header")
        << v4Base + v4Header + QStringList{QStringLiteral("--time"), QStringLiteral("1702743657")} << QStringLiteral("sk") << QString()
        << QStringLiteral("authorization")
        << QStringLiteral("OSS4-HMAC-SHA256 Credential=ak/20231216/cn-hangzhou/oss/aliyun_v4_request,Signature=e21d18daa82167720f9b1047ae7e7f1ce7cb77a31e8203a7d5f4624fa0284afe");
    QTest::newRow("oss v4 header with token")
        << v4Base + v4Header + QStringList{QStringLiteral("--time"), QStringLiteral("1702784856")} << QStringLiteral("sk")
        << QStringLiteral("token") << QStringLiteral("signature")
        << QStringLiteral("b94a3f999cf85bcdc00d332fbd3734ba03e48382c36fa4d5af5df817395bd9ea");
    QTest::newRow("oss v4 additional headers")
        << v4Base + v4Header
               + QStringList{QStringLiteral("--time"), QStringLiteral("1702747512"), QStringLiteral("--additional-headers"),
                             QStringLiteral("ZAbc;abc")}
        << QStringLiteral("sk") << QString() << QStringLiteral("authorization")
        << QStringLiteral("OSS4-HMAC-SHA256 Credential=ak/20231216/cn-hangzhou/oss/aliyun_v4_request,AdditionalHeaders=abc;zabc,Signature=4a4183c187c07c8947db7620deb0a6b38d9fbdd34187b6dbaccb316fa251212f");
    const QStringList v4Query = headers({"Content-Type: application/octet-stream"})
        + QStringList{QStringLiteral("--expires"), QStringLiteral("599"), QStringLiteral("--presign")};
    QTest::newRow("oss v4 query")
        << v4Base + v4Query + QStringList{QStringLiteral("--time"), unixTime("2023-12-17T02:54:37Z")} << QStringLiteral("sk") << QString()
        << QStringLiteral("signature") << QStringLiteral("a39966c61718be0d5b14e668088b3fa07601033f6518ac7b523100014269c0fe");
    QTest::newRow("oss v4 query with token")
        << v4Base + v4Query + QStringList{QStringLiteral("--time"), unixTime("2023-12-17T03:56:28Z")} << QStringLiteral("sk")
        << QStringLiteral("token") << QStringLiteral("signature")
        << QStringLiteral("3817ac9d206cd6dfc90f1c09c00be45005602e55898f26f5ddb06d7892e1f8b5");

    const QString suiteSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    const QString suiteToken = QStringLiteral("6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267");
    const QStringList suite{QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--service"), QStringLiteral("service"),
                            QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                            QStringLiteral("https://example.amazonaws.com/"), QStringLiteral("--access-key-id"),
                            QStringLiteral("AKIDEXAMPLE"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
                            QStringLiteral("--time"), unixTime("2015-08-30T12:36:00Z"), QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList presign{QStringLiteral("--expires"), QStringLiteral("3600"), QStringLiteral("--presign")};
    QTest::newRow("sigv4 suite get-vanilla header")
        << suite << suiteSecret << QString() << QStringLiteral("authorization")
        << QStringLiteral("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    QTest::newRow("sigv4 suite get-vanilla query") << suite + presign << suiteSecret << QString() << QStringLiteral("signature")
                                                   << QStringLiteral("e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d");
    QTest::newRow("sigv4 suite session token header") << suite << suiteSecret << suiteToken << QStringLiteral("signature")
                                                      << QStringLiteral("07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8");
    QTest::newRow("sigv4 suite session token query") << suite + presign << suiteSecret << suiteToken << QStringLiteral("signature")
                                                     << QStringLiteral("7ff2b50b376cb4d151970630573d6291dc128cc5c2a12ffb237f73cc53f67b6c");

    const QString s3Secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const QString emptyHash = QStringLiteral("x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const QStringList s3{QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--access-key-id"),
                         QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QStringLiteral("--time"), unixTime("2013-05-24T00:00:00Z"),
                         QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("s3 doc GET range")
        << s3 + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                            QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"), QStringLiteral("--header"),
                            QStringLiteral("Range: bytes=0-9"), QStringLiteral("--header"), emptyHash}
        << s3Secret << QString() << QStringLiteral("signature") << QStringLiteral("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    QTest::newRow("s3 doc PUT with body hash")
        << s3 + QStringList{QStringLiteral("--method"), QStringLiteral("PUT"), QStringLiteral("--url"),
                            QStringLiteral("https://examplebucket.s3.amazonaws.com/test%24file.text")}
               + headers({"Date: Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class: REDUCED_REDUNDANCY",
                          "x-amz-content-sha256: 44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"})
        << s3Secret << QString() << QStringLiteral("signature") << QStringLiteral("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    QTest::newRow("s3 doc GET lifecycle")
        << s3 + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                            QStringLiteral("https://examplebucket.s3.amazonaws.com/?lifecycle"), QStringLiteral("--header"), emptyHash}
        << s3Secret << QString() << QStringLiteral("signature") << QStringLiteral("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
    QTest::newRow("s3 doc GET list")
        << s3 + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                            QStringLiteral("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J"), QStringLiteral("--header"),
                            emptyHash}
        << s3Secret << QString() << QStringLiteral("signature") << QStringLiteral("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    QTest::newRow("s3 doc presigned GET")
        << s3 + QStringList{QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                            QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"), QStringLiteral("--expires"),
                            QStringLiteral("86400"), QStringLiteral("--presign")}
        << s3Secret << QString() << QStringLiteral("signature") << QStringLiteral("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
}

void TestCliSign::vectors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const Run r = run(arguments, secret, token);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(key).toString(), expected);
    QVERIFY(json.contains(QLatin1String("stringToSign")));
    QVERIFY(json.contains(QLatin1String("authorization")) || json.contains(QLatin1String("url")));
}

void TestCliSign::secretFromFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("secret")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM\n");
    file.close();
    const Run r = run({QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--method"), QStringLiteral("GET"),
                       QStringLiteral("--url"), QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/?acl"),
                       QStringLiteral("--access-key-id"), QStringLiteral("QmFzZTY0IGlzIGEgZ2VuZXJp"), QStringLiteral("--time"),
                       QStringLiteral("1480932292"), QStringLiteral("--expires"), QStringLiteral("80000"),
                       QStringLiteral("--secret-key-file"), file.fileName(), QStringLiteral("--format"), QStringLiteral("json")},
                      QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("signature")).toString(),
             QStringLiteral("40b366aa5c8fe38ecd61936135e083105705ac3d"));
    QVERIFY(!r.out.contains("AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM"));
}

void TestCliSign::noSecretIsAClearError()
{
    const Run r = run({QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--method"), QStringLiteral("GET"),
                       QStringLiteral("--url"), QStringLiteral("https://b.s3.amazonaws.com/k"), QStringLiteral("--access-key-id"),
                       QStringLiteral("AKIAX")},
                      QString());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("BUCKETDOCTOR_SECRET_KEY"));
    QVERIFY(r.out.isEmpty());
}

void TestCliSign::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList ok{QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--method"), QStringLiteral("GET"),
                         QStringLiteral("--url"), QStringLiteral("https://b.s3.amazonaws.com/k"), QStringLiteral("--access-key-id"),
                         QStringLiteral("AKIAX")};
    QTest::newRow("no provider") << ok.mid(2);
    QTest::newRow("bad provider") << QStringList{QStringLiteral("--provider"), QStringLiteral("gcs")} + ok.mid(2);
    QTest::newRow("bad version") << ok + QStringList{QStringLiteral("--signature-version"), QStringLiteral("2")};
    QTest::newRow("bad url") << QStringList{QStringLiteral("--provider"), QStringLiteral("s3"), QStringLiteral("--method"),
                                            QStringLiteral("GET"), QStringLiteral("--url"), QStringLiteral("ftp://x/y"),
                                            QStringLiteral("--access-key-id"), QStringLiteral("A")};
    QTest::newRow("bad header") << ok + QStringList{QStringLiteral("--header"), QStringLiteral("no colon")};
    QTest::newRow("bad time") << ok + QStringList{QStringLiteral("--time"), QStringLiteral("yesterday")};
    QTest::newRow("bad expires") << ok + QStringList{QStringLiteral("--expires"), QStringLiteral("-5")};
    QTest::newRow("bad format") << ok + QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("oss v4 without region") << QStringList{QStringLiteral("--provider"), QStringLiteral("oss"),
                                                          QStringLiteral("--signature-version"), QStringLiteral("4"),
                                                          QStringLiteral("--method"), QStringLiteral("GET"), QStringLiteral("--url"),
                                                          QStringLiteral("https://files.example.com/k"),
                                                          QStringLiteral("--access-key-id"), QStringLiteral("A")};
}

void TestCliSign::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments, QStringLiteral("secret"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSign)
#include "TestCliSign.moc"
