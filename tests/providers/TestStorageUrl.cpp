#include "providers/StorageUrl.h"

#include <QTest>

// What a URL says by its shape: each provider's host forms, path style on addresses and bare
// provider hosts, hosts that are no provider's, and the presigned query of each signature.
class TestStorageUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void host_data();
    void host();
    void addressesNeedPathStyle_data();
    void addressesNeedPathStyle();
    void serviceHosts_data();
    void serviceHosts();
    void presigned();
    void notAUrl();
};

void TestStorageUrl::host_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("providerHost");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("pathStyle");
    QTest::addColumn<QString>("key");

    QTest::newRow("cos virtual") << QStringLiteral("https://a-1250000000.cos.ap-guangzhou.myqcloud.com/d/x.png") << QStringLiteral("cos")
                                 << true << QStringLiteral("a-1250000000") << QStringLiteral("ap-guangzhou")
                                 << QStringLiteral("cos.ap-guangzhou.myqcloud.com") << false << QStringLiteral("d/x.png");
    QTest::newRow("cos tencentcos.cn") << QStringLiteral("https://a-1250000000.cos.ap-beijing.tencentcos.cn/x") << QStringLiteral("cos")
                                       << true << QStringLiteral("a-1250000000") << QStringLiteral("ap-beijing")
                                       << QStringLiteral("cos.ap-beijing.tencentcos.cn") << false << QStringLiteral("x");
    QTest::newRow("cos website") << QStringLiteral("https://a-1250000000.cos-website.ap-shanghai.myqcloud.com/") << QStringLiteral("cos")
                                 << true << QStringLiteral("a-1250000000") << QStringLiteral("ap-shanghai")
                                 << QStringLiteral("cos-website.ap-shanghai.myqcloud.com") << false << QString();
    QTest::newRow("cos accelerate has no region") << QStringLiteral("https://a-1250000000.cos.accelerate.myqcloud.com/x")
                                                  << QStringLiteral("cos") << true << QStringLiteral("a-1250000000") << QString()
                                                  << QStringLiteral("cos.accelerate.myqcloud.com") << false << QStringLiteral("x");
    QTest::newRow("cos path style") << QStringLiteral("https://cos.ap-guangzhou.myqcloud.com/a-1250000000/x") << QStringLiteral("cos")
                                    << true << QStringLiteral("a-1250000000") << QStringLiteral("ap-guangzhou")
                                    << QStringLiteral("cos.ap-guangzhou.myqcloud.com") << true << QStringLiteral("x");
    QTest::newRow("cos legacy alias") << QStringLiteral("http://a-1250000000.cosgz.myqcloud.com/x.png") << QStringLiteral("cos")
                                      << true << QStringLiteral("a-1250000000") << QStringLiteral("ap-guangzhou")
                                      << QStringLiteral("cosgz.myqcloud.com") << false << QStringLiteral("x.png");
    QTest::newRow("cos legacy three-letter alias") << QStringLiteral("http://a-1250000000.cossgp.myqcloud.com/x")
                                                   << QStringLiteral("cos") << true << QStringLiteral("a-1250000000")
                                                   << QStringLiteral("ap-singapore") << QStringLiteral("cossgp.myqcloud.com") << false
                                                   << QStringLiteral("x");
    QTest::newRow("cos unknown alias is no bucket host") << QStringLiteral("http://a-1250000000.cosxy.myqcloud.com/x")
                                                         << QStringLiteral("unknown") << false << QString() << QString() << QString()
                                                         << false << QStringLiteral("x");
    QTest::newRow("cos cdn host is no bucket host") << QStringLiteral("http://a-1250000000.file.myqcloud.com/x")
                                                    << QStringLiteral("unknown") << false << QString() << QString() << QString()
                                                    << false << QStringLiteral("x");
    QTest::newRow("s3 website, dash") << QStringLiteral("http://b.s3-website-us-east-1.amazonaws.com/x") << QStringLiteral("s3") << true
                                      << QStringLiteral("b") << QStringLiteral("us-east-1") << QStringLiteral("s3-website-us-east-1.amazonaws.com")
                                      << false << QStringLiteral("x");
    QTest::newRow("s3 website, dot") << QStringLiteral("http://b.s3-website.eu-west-2.amazonaws.com/x") << QStringLiteral("s3") << true
                                     << QStringLiteral("b") << QStringLiteral("eu-west-2") << QStringLiteral("s3-website.eu-west-2.amazonaws.com")
                                     << false << QStringLiteral("x");
    QTest::newRow("oss virtual") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/x") << QStringLiteral("oss") << true
                                 << QStringLiteral("b") << QStringLiteral("cn-hangzhou") << QStringLiteral("oss-cn-hangzhou.aliyuncs.com")
                                 << false << QStringLiteral("x");
    QTest::newRow("oss internal") << QStringLiteral("https://b.oss-cn-beijing-internal.aliyuncs.com/x") << QStringLiteral("oss") << true
                                  << QStringLiteral("b") << QStringLiteral("cn-beijing")
                                  << QStringLiteral("oss-cn-beijing-internal.aliyuncs.com") << false << QStringLiteral("x");
    QTest::newRow("oss accelerate") << QStringLiteral("https://b.oss-accelerate.aliyuncs.com/x") << QStringLiteral("oss") << true
                                    << QStringLiteral("b") << QString() << QStringLiteral("oss-accelerate.aliyuncs.com") << false
                                    << QStringLiteral("x");
    QTest::newRow("oss global") << QStringLiteral("https://b.oss.aliyuncs.com/x") << QStringLiteral("oss") << true << QStringLiteral("b")
                                << QString() << QStringLiteral("oss.aliyuncs.com") << false << QStringLiteral("x");
    QTest::newRow("other aliyuncs service") << QStringLiteral("https://ecs.aliyuncs.com/x") << QStringLiteral("unknown") << false
                                            << QString() << QString() << QString() << false << QStringLiteral("x");
    QTest::newRow("s3 virtual regional") << QStringLiteral("https://b.s3.eu-central-1.amazonaws.com/x") << QStringLiteral("s3") << true
                                         << QStringLiteral("b") << QStringLiteral("eu-central-1")
                                         << QStringLiteral("s3.eu-central-1.amazonaws.com") << false << QStringLiteral("x");
    QTest::newRow("s3 legacy dash") << QStringLiteral("https://b.s3-us-west-2.amazonaws.com/x") << QStringLiteral("s3") << true
                                    << QStringLiteral("b") << QStringLiteral("us-west-2") << QStringLiteral("s3-us-west-2.amazonaws.com")
                                    << false << QStringLiteral("x");
    QTest::newRow("s3 global") << QStringLiteral("https://b.s3.amazonaws.com/x") << QStringLiteral("s3") << true << QStringLiteral("b")
                               << QString() << QStringLiteral("s3.amazonaws.com") << false << QStringLiteral("x");
    QTest::newRow("s3 external-1 is no region") << QStringLiteral("https://b.s3-external-1.amazonaws.com/x") << QStringLiteral("s3")
                                                << true << QStringLiteral("b") << QString()
                                                << QStringLiteral("s3-external-1.amazonaws.com") << false << QStringLiteral("x");
    QTest::newRow("s3 dualstack") << QStringLiteral("https://b.s3.dualstack.eu-west-1.amazonaws.com/x") << QStringLiteral("s3") << true
                                  << QStringLiteral("b") << QStringLiteral("eu-west-1")
                                  << QStringLiteral("s3.dualstack.eu-west-1.amazonaws.com") << false << QStringLiteral("x");
    QTest::newRow("s3 china") << QStringLiteral("https://b.s3.cn-north-1.amazonaws.com.cn/x") << QStringLiteral("s3") << true
                              << QStringLiteral("b") << QStringLiteral("cn-north-1") << QStringLiteral("s3.cn-north-1.amazonaws.com.cn")
                              << false << QStringLiteral("x");
    QTest::newRow("s3 accelerate") << QStringLiteral("https://b.s3-accelerate.amazonaws.com/x") << QStringLiteral("s3") << true
                                   << QStringLiteral("b") << QString() << QStringLiteral("s3-accelerate.amazonaws.com") << false
                                   << QStringLiteral("x");
    QTest::newRow("s3 path style") << QStringLiteral("https://s3.us-east-2.amazonaws.com/b/dir/x") << QStringLiteral("s3") << true
                                   << QStringLiteral("b") << QStringLiteral("us-east-2") << QStringLiteral("s3.us-east-2.amazonaws.com")
                                   << true << QStringLiteral("dir/x");
    QTest::newRow("other amazonaws service") << QStringLiteral("https://sts.amazonaws.com/") << QStringLiteral("unknown") << false
                                             << QString() << QString() << QString() << false << QString();
    QTest::newRow("ipv4 store") << QStringLiteral("http://127.0.0.1:9000/b/x") << QStringLiteral("unknown") << false
                                << QStringLiteral("b") << QString() << QStringLiteral("127.0.0.1") << true << QStringLiteral("x");
    QTest::newRow("ipv6 store") << QStringLiteral("http://[::1]:9000/b/x") << QStringLiteral("unknown") << false << QStringLiteral("b")
                                << QString() << QStringLiteral("::1") << true << QStringLiteral("x");
    QTest::newRow("localhost store") << QStringLiteral("http://localhost:9000/b/x") << QStringLiteral("unknown") << false
                                     << QStringLiteral("b") << QString() << QStringLiteral("localhost") << true << QStringLiteral("x");
    QTest::newRow("named store") << QStringLiteral("https://minio.example.com/b/x") << QStringLiteral("unknown") << false << QString()
                                 << QString() << QString() << false << QStringLiteral("b/x");
    QTest::newRow("provider name inside another domain") << QStringLiteral("https://b.s3.amazonaws.com.example.org/x")
                                                         << QStringLiteral("unknown") << false << QString() << QString() << QString()
                                                         << false << QStringLiteral("x");
}

void TestStorageUrl::host()
{
    QFETCH(QString, url);
    QFETCH(QString, provider);
    QFETCH(bool, providerHost);
    QFETCH(QString, bucket);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(bool, pathStyle);
    QFETCH(QString, key);
    const StorageUrl u = StorageUrl::parse(url);
    QVERIFY(u.valid);
    QCOMPARE(Providers::id(u.provider), provider);
    QCOMPARE(u.providerHost, providerHost);
    QCOMPARE(u.bucket, bucket);
    QCOMPARE(u.region, region);
    QCOMPARE(u.endpoint, endpoint);
    QCOMPARE(u.pathStyle, pathStyle);
    QCOMPARE(u.objectKey, key);
    QVERIFY(!u.presigned);
}

void TestStorageUrl::addressesNeedPathStyle_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("pathStyle");
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.12") << true;
    QTest::newRow("ipv6") << QStringLiteral("fd00::12") << true;
    QTest::newRow("ipv6 bracketed") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("localhost upper case") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("name starting with digits") << QStringLiteral("3com.example.com") << false;
    QTest::newRow("name") << QStringLiteral("minio.local") << false;
    QTest::newRow("localhost as a label") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestStorageUrl::addressesNeedPathStyle()
{
    QFETCH(QString, host);
    QFETCH(bool, pathStyle);
    QCOMPARE(StorageUrl::hostNeedsPathStyle(host), pathStyle);
}

void TestStorageUrl::serviceHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("serviceHost");
    QTest::newRow("cos bucket host") << QStringLiteral("https://a-1250000000.cos.ap-guangzhou.myqcloud.com/x") << true;
    QTest::newRow("aws placeholder region") << QStringLiteral("http://bucket.region.amazonaws.com/") << true;
    QTest::newRow("oss unreadable form") << QStringLiteral("https://b.oss-xx.yy.aliyuncs.com/x") << true;
    QTest::newRow("digitalocean spaces") << QStringLiteral("https://nyc3.digitaloceanspaces.com") << true;
    QTest::newRow("backblaze b2") << QStringLiteral("https://s3.us-west-002.backblazeb2.com/b") << true;
    QTest::newRow("wasabi") << QStringLiteral("https://s3.eu-central-1.wasabisys.com/b") << true;
    QTest::newRow("r2") << QStringLiteral("https://acct.r2.cloudflarestorage.com/b") << true;
    QTest::newRow("minio playground") << QStringLiteral("https://play.min.io/b") << true;
    QTest::newRow("jd cloud") << QStringLiteral("https://b.s3.cn-south-1.jdcloud-oss.com/k") << true;
    QTest::newRow("own domain") << QStringLiteral("https://static.example.com/a.jpg") << false;
    QTest::newRow("a label, not the domain") << QStringLiteral("https://notwasabisys.com/b") << false;
    QTest::newRow("the domain inside a label") << QStringLiteral("https://wasabisys.com.example.org/b") << false;
}

void TestStorageUrl::serviceHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, serviceHost);
    QCOMPARE(StorageUrl::parse(url).serviceHost, serviceHost);
}

void TestStorageUrl::presigned()
{
    const StorageUrl cos = StorageUrl::parse(QStringLiteral(
        "https://a-1250000000.cos.ap-guangzhou.myqcloud.com/x?q-sign-algorithm=sha1&q-ak=AKIDEXAMPLE&q-sign-time=1700000000;1700003600"
        "&q-key-time=1700000000;1700003600&q-header-list=host&q-url-param-list=&q-signature=abc"));
    QVERIFY(cos.presigned);
    QCOMPARE(cos.provider, Provider::Cos);
    QCOMPARE(cos.accessKeyId, QStringLiteral("AKIDEXAMPLE"));
    QCOMPARE(cos.signedAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(cos.expiresAt, QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC));
    QVERIFY(!cos.hasToken);

    const StorageUrl ossV1 = StorageUrl::parse(
        QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/x?OSSAccessKeyId=LTAIEXAMPLE&Expires=1700003600&Signature=abc&security-token=t"));
    QVERIFY(ossV1.presigned);
    QCOMPARE(ossV1.provider, Provider::Oss);
    QCOMPARE(ossV1.accessKeyId, QStringLiteral("LTAIEXAMPLE"));
    QCOMPARE(ossV1.expiresAt, QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC));
    QVERIFY(ossV1.hasToken);

    const StorageUrl ossV4 = StorageUrl::parse(QStringLiteral(
        "https://b.oss-cn-hangzhou.aliyuncs.com/x?x-oss-signature-version=OSS4-HMAC-SHA256"
        "&x-oss-credential=LTAIEXAMPLE%2F20231216%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231216T120000Z&x-oss-expires=600"
        "&x-oss-signature=abc"));
    QVERIFY(ossV4.presigned);
    QCOMPARE(ossV4.accessKeyId, QStringLiteral("LTAIEXAMPLE"));
    QCOMPARE(ossV4.scopeRegion, QStringLiteral("cn-hangzhou"));
    QCOMPARE(ossV4.expiresAt, QDateTime(QDate(2023, 12, 16), QTime(12, 10), Qt::UTC));

    // Query keys in any case: clients are inconsistent about X-Amz-* case.
    const StorageUrl s3 = StorageUrl::parse(QStringLiteral(
        "https://s3.us-east-2.amazonaws.com/b/x?x-amz-algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20231216%2Fus-east-2%2Fs3%2Faws4_request"
        "&X-Amz-Date=20231216T120000Z&X-Amz-Expires=3600&X-Amz-Security-Token=t&X-Amz-SignedHeaders=host&X-Amz-Signature=abc"));
    QVERIFY(s3.presigned);
    QCOMPARE(s3.provider, Provider::S3);
    QCOMPARE(s3.accessKeyId, QStringLiteral("AKIAEXAMPLE"));
    QCOMPARE(s3.scopeRegion, QStringLiteral("us-east-2"));
    QCOMPARE(s3.signedAt, QDateTime(QDate(2023, 12, 16), QTime(12, 0), Qt::UTC));
    QCOMPARE(s3.expiresAt, QDateTime(QDate(2023, 12, 16), QTime(13, 0), Qt::UTC));
    QVERIFY(s3.hasToken);

    // A SigV4 URL on a store of its own is taken as S3's.
    const StorageUrl minio = StorageUrl::parse(QStringLiteral(
        "http://127.0.0.1:9000/b/x?X-Amz-Credential=k%2F20231216%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20231216T120000Z"
        "&X-Amz-Expires=60&X-Amz-Signature=abc"));
    QVERIFY(minio.presigned);
    QCOMPARE(minio.provider, Provider::S3);
    QCOMPARE(minio.bucket, QStringLiteral("b"));
}

void TestStorageUrl::notAUrl()
{
    QVERIFY(!StorageUrl::parse(QStringLiteral("not a url")).valid);
    QVERIFY(!StorageUrl::parse(QStringLiteral("file:///tmp/x")).valid);
    QVERIFY(!StorageUrl::parse(QString()).valid);
}

QTEST_GUILESS_MAIN(TestStorageUrl)
#include "TestStorageUrl.moc"
