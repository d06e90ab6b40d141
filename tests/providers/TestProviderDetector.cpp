#include "providers/ProviderDetector.h"

#include <QTest>

class TestProviderDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void tiedProvidersAreNamed();
    void eachAlternativeFires_data();
    void eachAlternativeFires();
};

void TestProviderDetector::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("provider");

    QTest::newRow("cos host") << QStringLiteral("GET https://a-1250000000.cos.ap-guangzhou.myqcloud.com/x") << QString() << QStringLiteral("cos");
    QTest::newRow("cos new domain") << QStringLiteral("https://a-1250000000.cos.ap-guangzhou.tencentcos.cn/x") << QString() << QStringLiteral("cos");
    QTest::newRow("oss host") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com/x") << QString() << QStringLiteral("oss");
    QTest::newRow("s3 host") << QStringLiteral("https://b.s3.eu-central-1.amazonaws.com/x") << QString() << QStringLiteral("s3");
    QTest::newRow("cos header") << QStringLiteral("x-cos-request-id: abc") << QString() << QStringLiteral("cos");
    QTest::newRow("oss header") << QStringLiteral("x-oss-ec: 0003-00000001") << QString() << QStringLiteral("oss");
    QTest::newRow("amz header") << QStringLiteral("x-amz-request-id: 4442587FB7D0A2F9") << QString() << QStringLiteral("s3");
    QTest::newRow("server cos") << QStringLiteral("Server: tencent-cos") << QString() << QStringLiteral("cos");
    QTest::newRow("server oss") << QStringLiteral("Server: AliyunOSS") << QString() << QStringLiteral("oss");
    QTest::newRow("server minio") << QStringLiteral("Server: MinIO") << QString() << QStringLiteral("s3");
    QTest::newRow("cos java sdk") << QStringLiteral("com.qcloud.cos.exception.CosServiceException: Access Denied.") << QString() << QStringLiteral("cos");
    QTest::newRow("oss python sdk") << QStringLiteral("oss2.exceptions.AccessDenied: {'status': 403}") << QString() << QStringLiteral("oss");
    QTest::newRow("boto") << QStringLiteral("botocore.exceptions.ClientError: An error occurred (AccessDenied)") << QString() << QStringLiteral("s3");
    QTest::newRow("cos auth") << QStringLiteral("Authorization: q-sign-algorithm=sha1&q-ak=AKIDxx") << QString() << QStringLiteral("cos");
    QTest::newRow("oss v4 auth") << QStringLiteral("Authorization: OSS4-HMAC-SHA256 Credential=ak/20231216/cn-hangzhou/oss/aliyun_v4_request") << QString() << QStringLiteral("oss");
    QTest::newRow("oss ec element") << QStringLiteral("<Error><EC>0003-00000001</EC></Error>") << QString() << QStringLiteral("oss");
    QTest::newRow("oss request id shape") << QStringLiteral("Access Denied") << QStringLiteral("65A1B2C3D4E5F60718293A4B") << QStringLiteral("oss");
    QTest::newRow("s3 request id shape") << QStringLiteral("Access Denied") << QStringLiteral("4442587FB7D0A2F9") << QStringLiteral("s3");
    QTest::newRow("cos request id shape") << QStringLiteral("Access Denied") << QStringLiteral("NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==") << QStringLiteral("cos");
    // Each shape has its exact length (COS: 31 characters or more, starting with N).
    QTest::newRow("25 hex digits are no oss id") << QStringLiteral("Access Denied") << QStringLiteral("65A1B2C3D4E5F60718293A4B5")
                                                 << QStringLiteral("unknown");
    QTest::newRow("15 characters are no s3 id") << QStringLiteral("Access Denied") << QStringLiteral("4442587FB7D0A2F") << QStringLiteral("unknown");
    QTest::newRow("shortest cos id") << QStringLiteral("Access Denied") << QStringLiteral("N123456789012345678901234567890") << QStringLiteral("cos");
    QTest::newRow("cos id one short") << QStringLiteral("Access Denied") << QStringLiteral("N12345678901234567890123456789") << QStringLiteral("unknown");
    QTest::newRow("cos referer wording") << QStringLiteral("You are denied by bucket referer rule") << QString() << QStringLiteral("cos");
    QTest::newRow("oss referer wording") << QStringLiteral("You are denied by bucket referer policy.") << QString() << QStringLiteral("oss");
    QTest::newRow("aws extended message") << QStringLiteral("User: arn:aws:iam::1:user/x is not authorized because no identity-based policy allows") << QString() << QStringLiteral("s3");
    QTest::newRow("chinese cos words") << QStringLiteral("腾讯云 COS 上传报 403") << QString() << QStringLiteral("cos");
    QTest::newRow("host beats sdk") << QStringLiteral("botocore ClientError for https://a-1250000000.cos.ap-beijing.myqcloud.com/x") << QString() << QStringLiteral("cos");
    QTest::newRow("nothing") << QStringLiteral("403 Forbidden") << QString() << QStringLiteral("unknown");
    QTest::newRow("s3-compatible store named") << QStringLiteral("Uploading to Backblaze B2 fails with 403") << QString() << QStringLiteral("s3");
    QTest::newRow("ks3 inside a word is no store") << QStringLiteral("works3 fine 403") << QString() << QStringLiteral("unknown");
    QTest::newRow("tie is unknown") << QStringLiteral("x-cos-meta-a and x-oss-meta-b") << QString() << QStringLiteral("unknown");
}

void TestProviderDetector::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, requestId);
    QFETCH(QString, provider);
    QCOMPARE(Providers::id(ProviderDetector::detect(text, text.toLower(), requestId).provider), provider);
}

void TestProviderDetector::tiedProvidersAreNamed()
{
    auto tied = [](const QString &text) { return ProviderDetector::detect(text, text.toLower()).tied(); };
    QCOMPARE(tied(QStringLiteral("x-cos-meta-a and x-oss-meta-b")), (QList<Provider>{Provider::Cos, Provider::Oss}));
    QCOMPARE(tied(QStringLiteral("阿里云 OSS 通过 S3 接口访问返回 403")), (QList<Provider>{Provider::Oss, Provider::S3}));
    // A winner, or no evidence at all, names no tie.
    QVERIFY(tied(QStringLiteral("x-cos-request-id: abc")).isEmpty());
    QVERIFY(tied(QStringLiteral("403 Forbidden")).isEmpty());
}

// A rule's pattern runs only on a text holding one of its literals: every alternative of the
// pattern must hold one, or the rule would go silent for that alternative.
void TestProviderDetector::eachAlternativeFires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    const QList<QPair<const char *, const char *>> rows{
        {"com.qcloud.cos.exception.CosServiceException", "sdk.cos"},
        {"from qcloud_cos import CosConfig", "sdk.cos"},
        {"cos-js-sdk-v5", "sdk.cos"},
        {"cos-nodejs-sdk-v5", "sdk.cos"},
        {"github.com/tencentyun/cos-go-sdk-v5", "sdk.cos"},
        {"QCloudCOSXML", "sdk.cos"},
        {"CosClientException: timeout", "sdk.cos"},
        {"Qcloud\\Cos\\Exception\\ServiceResponseException", "sdk.cos"},
        {"cos-python-sdk-v5", "sdk.cos"},
        {"coscmd upload a.txt", "sdk.cos"},
        {"coscli cp a.txt", "sdk.cos"},
        {"com.aliyun.oss.OSSException", "sdk.oss"},
        {"oss2.exceptions.ServerError", "sdk.oss"},
        {"require('ali-oss')", "sdk.oss"},
        {"Aliyun.OSS.Common.OssException", "sdk.oss"},
        {"OSS\\Core\\OssException", "sdk.oss"},
        {"aliyun-oss-go-sdk", "sdk.oss"},
        {"alibabacloud-oss-go-sdk-v2", "sdk.oss"},
        {"ossutil cp a.txt", "sdk.oss"},
        {"ossbrowser", "sdk.oss"},
        {"oss: service returned error: StatusCode=403", "sdk.oss"},
        {"com.amazonaws.services.s3.model.AmazonS3Exception", "sdk.s3"},
        {"software.amazon.awssdk.services.s3.model.S3Exception", "sdk.s3"},
        {"botocore.exceptions.ClientError", "sdk.s3"},
        {"import boto3", "sdk.s3"},
        {"@aws-sdk/client-s3", "sdk.s3"},
        {"aws-sdk-go", "sdk.s3"},
        {"Aws\\S3\\Exception\\S3Exception", "sdk.s3"},
        {"(Service: Amazon S3; Status Code: 403)", "sdk.s3"},
        {"(Service: S3, Status Code: 403)", "sdk.s3"},
        {"operation error S3: GetObject", "sdk.s3"},
        {"minio error", "sdk.s3"},
        {"s3cmd put a.txt", "sdk.s3"},
        {"rclone copy", "sdk.s3"},
        {"x-amz-request-id: 4442587FB7D0A2F9", "header.amz"},
        {"x-amz-id-2: abc", "header.amz"},
        {"x-amz-bucket-region: eu-west-1", "header.amz"},
        {"Authorization: AWS4-HMAC-SHA256 Credential=k", "auth.s3"},
        {"?X-Amz-Signature=abc", "auth.s3"},
        {"?X-Amz-Credential=abc", "auth.s3"},
        {"Backblaze B2 says InvalidAccessKeyId", "words.s3compat"},
        {"a Wasabi bucket", "words.s3compat"},
        {"DigitalOcean Spaces", "words.s3compat"},
        {"上传华为云 OBS 报错", "words.s3compat"},
        {"Huawei Cloud OBS", "words.s3compat"},
        {"endpoint ks3-cn-beijing.ksyuncs.com", "words.s3compat"},
        {"金山云对象存储", "words.s3compat"},
        {"--storage=ks3", "words.s3compat"},
        {"IBM Cloud Object Storage", "words.s3compat"},
        {"SeaweedFS gateway", "words.s3compat"},
        {"Storj gateway", "words.s3compat"},
        {"fly.storage.tigris.dev", "words.s3compat"},
        {"Linode object storage", "words.s3compat"},
        {"Scaleway bucket", "words.s3compat"},
        {"storage provider \"cloudflare-r2\"", "words.s3compat"},
        {"wrangler r2 bucket create b", "words.s3compat"},
        {"an R2 bucket in the EU jurisdiction", "words.s3compat"},
        {"Amazon answers HTTP 403", "words.s3"},
        {"用 oss2 生成签名链接", "sdk.oss"},
        {"<TraceId>abc</TraceId>", "body.cos"},
        {"Trace ID: abc", "body.cos"},
        {"{'traceid': 'abc'}", "body.cos"},
        {"{\"TraceId\": \"abc\"}", "body.cos"},
    };
    for (const auto &[text, rule] : rows)
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(rule);
}

void TestProviderDetector::eachAlternativeFires()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QVERIFY2(ProviderDetector::detect(text, text.toLower()).reasons.contains(rule), qPrintable(rule));
}

QTEST_GUILESS_MAIN(TestProviderDetector)
#include "TestProviderDetector.moc"
