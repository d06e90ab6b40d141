#include "text/UserText.h"
#include "diagnosis/PresignedUrlInspector.h"

#include <QRegularExpression>
#include <QTest>

// The presigned URL X-ray: every provider form decoded from the official vectors of providers.md
// §2, the three statuses, and each warning with the rows that must stay silent.
class TestPresignedUrlInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void status_data();
    void status();
    void warnings_data();
    void warnings();
    void warningTextsCarryTheirFacts();
    void states_data();
    void states();
    void secretsAreNotCopied();
};

namespace {
QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The S3 documentation's presigned GET (providers.md §2.3, last row of the S3 examples).
const QString kS3Doc = QStringLiteral(
    "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z"
    "&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
constexpr qint64 kS3DocTime = 1369353600; // 20130524T000000Z

// The SigV4 test suite, get-vanilla-with-session-token, query form.
const QString kSuiteToken = QStringLiteral(
    "https://example.amazonaws.com/?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z"
    "&X-Amz-Expires=3600&X-Amz-Security-Token=6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
    "&X-Amz-SignedHeaders=host&X-Amz-Signature=7ff2b50b376cb4d151970630573d6291dc128cc5c2a12ffb237f73cc53f67b6c");
constexpr qint64 kSuiteTime = 1440938160; // 20150830T123600Z

// OSS V1 TestV1AuthQuery, both URLs (providers.md §2.2.2).
const QString kOssV1 = QStringLiteral(
    "http://bucket.oss-cn-hangzhou.aliyuncs.com/key?Expires=1699807420&OSSAccessKeyId=ak"
    "&Signature=dcLTea%2BYh9ApirQ8o8dOPqtvJXQ%3D&versionId=versionId");
const QString kOssV1Token = QStringLiteral(
    "http://bucket.oss-cn-hangzhou.aliyuncs.com/key%2B123?Expires=1699808204&OSSAccessKeyId=ak"
    "&Signature=jzKYRrM5y6Br0dRFPaTGOsbrDhY%3D&security-token=token&versionId=versionId");

// OSS V4 query form of signer_test.go (providers.md §2.2.3): the vector's own query and key.
const QString kOssV4 = QStringLiteral(
    "https://bucket.oss-cn-hangzhou.aliyuncs.com/1234%2B-/123/1.txt?param1=value1&%2Bparam1=value3&%7Cparam1=value4"
    "&%2Bparam2&%7Cparam2&param2&x-oss-signature-version=OSS4-HMAC-SHA256"
    "&x-oss-credential=ak%2F20231217%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231217T025437Z"
    "&x-oss-expires=599&x-oss-signature=a39966c61718be0d5b14e668088b3fa07601033f6518ac7b523100014269c0fe");
constexpr qint64 kOssV4Time = 1702781677; // 20231217T025437Z
const QString kOssV4Token = QStringLiteral(
    "https://bucket.oss-cn-hangzhou.aliyuncs.com/1234%2B-/123/1.txt?x-oss-signature-version=OSS4-HMAC-SHA256"
    "&x-oss-credential=ak%2F20231217%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-date=20231217T035628Z"
    "&x-oss-expires=599&x-oss-security-token=token"
    "&x-oss-signature=3817ac9d206cd6dfc90f1c09c00be45005602e55898f26f5ddb06d7892e1f8b5");

// COS TestNewAuthorization as a presigned URL, the Python SDK way (';' encoded as %3B).
const QString kCosPut = QStringLiteral(
    "http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/testfile2?q-sign-algorithm=sha1"
    "&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp&q-sign-time=1480932292%3B1481012292&q-key-time=1480932292%3B1481012292"
    "&q-header-list=host%3Bx-cos-content-sha1%3Bx-cos-stroage-class&q-url-param-list="
    "&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a");
// The second extra COS vector, the JS SDK way (raw Authorization appended after the signed params).
const QString kCosGet = QStringLiteral(
    "https://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/a%20b/%E6%B5%8B%E8%AF%95.jpg"
    "?response-content-type=image%2Fjpeg&versionId=MTg0NDUx&q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp"
    "&q-sign-time=1480932292;1481012292&q-key-time=1480932292;1481012292&q-header-list=host;range"
    "&q-url-param-list=response-content-type;versionid&q-signature=210018be73dd9cb3047c21662f5154193468a5f5");
constexpr qint64 kCosStart = 1480932292;
constexpr qint64 kCosEnd = 1481012292;

// Synthetic URLs for the warnings, all signed at 2026-01-31T08:00:00Z.
constexpr qint64 kT = 1769846400;
const QString kHex64 = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

// Built by concatenation, not QString::arg(): the templates hold percent-escapes such as %2F.
QString s3Url(const QString &host, const QString &ak, const QString &region, const QString &expires,
              const QString &signedHeaders, const QString &extra = {}, const QString &algorithm = QStringLiteral("AWS4-HMAC-SHA256"))
{
    return QStringLiteral("https://") + host + QStringLiteral("/photo.jpg?X-Amz-Algorithm=") + algorithm
        + QStringLiteral("&X-Amz-Credential=") + ak + QStringLiteral("%2F20260131%2F") + region
        + QStringLiteral("%2Fs3%2Faws4_request&X-Amz-Date=20260131T080000Z&X-Amz-Expires=") + expires
        + QStringLiteral("&X-Amz-SignedHeaders=") + signedHeaders + extra + QStringLiteral("&X-Amz-Signature=") + kHex64;
}

QString cosUrl(const QString &host, const QString &signTime, const QString &keyTime, const QString &headerList,
               const QString &extra = {}, const QString &algorithm = QStringLiteral("sha1"))
{
    return QStringLiteral("https://") + host + QStringLiteral("/photo.jpg?q-sign-algorithm=") + algorithm
        + QStringLiteral("&q-ak=AKIDexample&q-sign-time=") + signTime + QStringLiteral("&q-key-time=") + keyTime
        + QStringLiteral("&q-header-list=") + headerList
        + QStringLiteral("&q-url-param-list=&q-signature=0123456789abcdef0123456789abcdef01234567") + extra;
}

QString cosWindow(qint64 seconds)
{
    return QString::number(kT) + u';' + QString::number(kT + seconds);
}

QString ossV1Url(const QString &host, const QString &ak, const QString &expires, const QString &extra = {})
{
    return QStringLiteral("https://") + host + QStringLiteral("/photo.jpg?OSSAccessKeyId=") + ak + QStringLiteral("&Expires=")
        + expires + QStringLiteral("&Signature=c2lnbmF0dXJlc2lnbmF0dXJlc2k%3D") + extra;
}

QString ossV4Url(const QString &host, const QString &region, const QString &expires, const QString &extra = {})
{
    return QStringLiteral("https://") + host
        + QStringLiteral("/photo.jpg?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-credential=LTAIexample%2F20260131%2F") + region
        + QStringLiteral("%2Foss%2Faliyun_v4_request&x-oss-date=20260131T080000Z&x-oss-expires=") + expires + extra
        + QStringLiteral("&x-oss-signature=") + kHex64;
}

QStringList ids(const UrlInspection &inspection)
{
    QStringList list;
    for (const UrlWarning &w : inspection.warnings)
        list << w.id;
    list.sort();
    return list;
}
}

void TestPresignedUrlInspector::decodes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("signedAt");
    QTest::addColumn<QString>("expiresAt");
    QTest::addColumn<qint64>("validity");
    QTest::addColumn<QStringList>("signedHeaders");
    QTest::addColumn<QStringList>("signedQuery");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("objectKey");
    QTest::addColumn<QString>("hostRegion");
    QTest::addColumn<QString>("scopeRegion");

    const QStringList s3Query{QStringLiteral("X-Amz-Algorithm"), QStringLiteral("X-Amz-Credential"), QStringLiteral("X-Amz-Date"),
                              QStringLiteral("X-Amz-Expires"), QStringLiteral("X-Amz-SignedHeaders")};
    QTest::newRow("S3 doc presigned GET") << kS3Doc << "s3" << "sigv4" << "AKIAIOSFODNN7EXAMPLE" << "2013-05-24T00:00:00Z"
                                          << "2013-05-25T00:00:00Z" << qint64(86400) << QStringList{QStringLiteral("host")}
                                          << s3Query << false << "examplebucket" << "test.txt" << "" << "us-east-1";
    QString lower = kS3Doc;
    lower.replace(QLatin1String("X-Amz-"), QLatin1String("x-amz-"));
    QStringList lowerQuery = s3Query;
    lowerQuery.replaceInStrings(QStringLiteral("X-Amz-"), QStringLiteral("x-amz-")); // keys are listed as written
    QTest::newRow("S3 doc GET, lower-case keys") << lower << "s3" << "sigv4" << "AKIAIOSFODNN7EXAMPLE" << "2013-05-24T00:00:00Z"
                                                 << "2013-05-25T00:00:00Z" << qint64(86400) << QStringList{QStringLiteral("host")}
                                                 << lowerQuery << false << "examplebucket" << "test.txt" << "" << "us-east-1";
    QTest::newRow("SigV4 suite with session token")
        << kSuiteToken << "s3" << "sigv4" << "AKIDEXAMPLE" << "2015-08-30T12:36:00Z" << "2015-08-30T13:36:00Z" << qint64(3600)
        << QStringList{QStringLiteral("host")}
        << QStringList{QStringLiteral("X-Amz-Algorithm"), QStringLiteral("X-Amz-Credential"), QStringLiteral("X-Amz-Date"),
                       QStringLiteral("X-Amz-Expires"), QStringLiteral("X-Amz-Security-Token"), QStringLiteral("X-Amz-SignedHeaders")}
        << true << "" << "" << "" << "us-east-1";
    QTest::newRow("OSS V1 TestV1AuthQuery") << kOssV1 << "oss" << "oss-v1" << "ak" << "" << "2023-11-12T16:43:40Z" << qint64(-1)
                                            << QStringList{} << QStringList{QStringLiteral("versionId")} << false << "bucket"
                                            << "key" << "cn-hangzhou" << "";
    QTest::newRow("OSS V1 TestV1AuthQuery with STS token")
        << kOssV1Token << "oss" << "oss-v1" << "ak" << "" << "2023-11-12T16:56:44Z" << qint64(-1) << QStringList{}
        << QStringList{QStringLiteral("security-token"), QStringLiteral("versionId")} << true << "bucket" << "key+123"
        << "cn-hangzhou" << "";
    QTest::newRow("OSS V4 query form")
        << kOssV4 << "oss" << "oss-v4" << "ak" << "2023-12-17T02:54:37Z" << "2023-12-17T03:04:36Z" << qint64(599) << QStringList{}
        << QStringList{QStringLiteral("param1"), QStringLiteral("+param1"), QStringLiteral("|param1"), QStringLiteral("+param2"),
                       QStringLiteral("|param2"), QStringLiteral("param2"), QStringLiteral("x-oss-signature-version"),
                       QStringLiteral("x-oss-credential"), QStringLiteral("x-oss-date"), QStringLiteral("x-oss-expires")}
        << false << "bucket" << "1234+-/123/1.txt" << "cn-hangzhou" << "cn-hangzhou";
    QTest::newRow("OSS V4 query form with STS token")
        << kOssV4Token << "oss" << "oss-v4" << "ak" << "2023-12-17T03:56:28Z" << "2023-12-17T04:06:27Z" << qint64(599) << QStringList{}
        << QStringList{QStringLiteral("x-oss-signature-version"), QStringLiteral("x-oss-credential"), QStringLiteral("x-oss-date"),
                       QStringLiteral("x-oss-expires"), QStringLiteral("x-oss-security-token")}
        << true << "bucket" << "1234+-/123/1.txt" << "cn-hangzhou" << "cn-hangzhou";
    QTest::newRow("COS PUT, Python SDK encoding")
        << kCosPut << "cos" << "cos" << "QmFzZTY0IGlzIGEgZ2VuZXJp" << "2016-12-05T10:04:52Z" << "2016-12-06T08:18:12Z" << qint64(80000)
        << QStringList{QStringLiteral("host"), QStringLiteral("x-cos-content-sha1"), QStringLiteral("x-cos-stroage-class")}
        << QStringList{} << false << "testbucket-125000000" << "testfile2" << "ap-guangzhou" << "";
    QTest::newRow("COS GET, JS SDK raw form with signed params")
        << kCosGet << "cos" << "cos" << "QmFzZTY0IGlzIGEgZ2VuZXJp" << "2016-12-05T10:04:52Z" << "2016-12-06T08:18:12Z" << qint64(80000)
        << QStringList{QStringLiteral("host"), QStringLiteral("range")}
        << QStringList{QStringLiteral("response-content-type"), QStringLiteral("versionid")} << false << "testbucket-125000000"
        << QStringLiteral("a b/测试.jpg") << "ap-guangzhou" << "";
    QTest::newRow("S3 path-style regional with token")
        << s3Url(QStringLiteral("s3.eu-west-1.amazonaws.com"), QStringLiteral("ASIAEXAMPLE"), QStringLiteral("eu-west-1"),
                 QStringLiteral("900"), QStringLiteral("host"), QStringLiteral("&X-Amz-Security-Token=tok"))
               .replace(QLatin1String("/photo.jpg"), QLatin1String("/mybucket/dir/photo.jpg"))
        << "s3" << "sigv4" << "ASIAEXAMPLE" << "2026-01-31T08:00:00Z" << "2026-01-31T08:15:00Z" << qint64(900)
        << QStringList{QStringLiteral("host")}
        << QStringList{QStringLiteral("X-Amz-Algorithm"), QStringLiteral("X-Amz-Credential"), QStringLiteral("X-Amz-Date"),
                       QStringLiteral("X-Amz-Expires"), QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("X-Amz-Security-Token")}
        << true << "mybucket" << "dir/photo.jpg" << "eu-west-1" << "eu-west-1";
}

void TestPresignedUrlInspector::decodes()
{
    QFETCH(QString, url);
    QFETCH(QString, provider);
    QFETCH(QString, form);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, signedAt);
    QFETCH(QString, expiresAt);
    QFETCH(qint64, validity);
    QFETCH(QStringList, signedHeaders);
    QFETCH(QStringList, signedQuery);
    QFETCH(bool, token);
    QFETCH(QString, bucket);
    QFETCH(QString, objectKey);
    QFETCH(QString, hostRegion);
    QFETCH(QString, scopeRegion);

    const UrlInspection i = PresignedUrlInspector::inspect(url, at(kT));
    QCOMPARE(i.state, UrlInspection::State::Presigned);
    QCOMPARE(Providers::id(i.provider), provider);
    QCOMPARE(i.form, form);
    QCOMPARE(i.accessKeyId, accessKeyId);
    QCOMPARE(i.signedAt.isValid() ? i.signedAt.toString(Qt::ISODate) : QString(), signedAt);
    QCOMPARE(i.expiresAt.toString(Qt::ISODate), expiresAt);
    QCOMPARE(i.expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(i.validitySeconds, validity);
    QCOMPARE(i.signedHeaders, signedHeaders);
    QCOMPARE(i.signedQueryParams, signedQuery);
    QCOMPARE(i.tokenPresent, token);
    QCOMPARE(i.url.bucket, bucket);
    QCOMPARE(i.url.objectKey, objectKey);
    QCOMPARE(i.url.region, hostRegion);
    QCOMPARE(i.scopeRegion, scopeRegion);
}

void TestPresignedUrlInspector::status_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<UrlInspection::Status>("status");

    QTest::newRow("S3 an hour in") << kS3Doc << kS3DocTime + 3600 << UrlInspection::Status::Valid;
    QTest::newRow("S3 at its last second") << kS3Doc << kS3DocTime + 86400 << UrlInspection::Status::Valid;
    QTest::newRow("S3 one second late") << kS3Doc << kS3DocTime + 86401 << UrlInspection::Status::Expired;
    QTest::newRow("S3 signed 10 min ahead, within the skew") << kS3Doc << kS3DocTime - 600 << UrlInspection::Status::Valid;
    QTest::newRow("S3 signed 20 min ahead") << kS3Doc << kS3DocTime - 1200 << UrlInspection::Status::NotYetValid;
    QTest::newRow("OSS V4 valid") << kOssV4 << kOssV4Time + 10 << UrlInspection::Status::Valid;
    QTest::newRow("OSS V4 expired after 599 s") << kOssV4 << kOssV4Time + 600 << UrlInspection::Status::Expired;
    QTest::newRow("OSS V4 used 16 min before x-oss-date") << kOssV4 << kOssV4Time - 960 << UrlInspection::Status::NotYetValid;
    QTest::newRow("OSS V1 before Expires") << kOssV1 << qint64(1699807000) << UrlInspection::Status::Valid;
    QTest::newRow("OSS V1 long before Expires is never early") << kOssV1 << qint64(1000000000) << UrlInspection::Status::Valid;
    QTest::newRow("OSS V1 after Expires") << kOssV1 << qint64(1699807421) << UrlInspection::Status::Expired;
    QTest::newRow("COS inside q-sign-time") << kCosGet << kCosStart + 100 << UrlInspection::Status::Valid;
    QTest::newRow("COS at its start") << kCosGet << kCosStart << UrlInspection::Status::Valid;
    QTest::newRow("COS one second before its start") << kCosGet << kCosStart - 1 << UrlInspection::Status::NotYetValid;
    QTest::newRow("COS after q-sign-time") << kCosGet << kCosEnd + 1 << UrlInspection::Status::Expired;
    QTest::newRow("S3 without X-Amz-Expires")
        << QString(kS3Doc).remove(QStringLiteral("&X-Amz-Expires=86400")) << kS3DocTime << UrlInspection::Status::Unknown;
    QTest::newRow("S3 with X-Amz-Expires=0")
        << QString(kS3Doc).replace(QStringLiteral("X-Amz-Expires=86400"), QStringLiteral("X-Amz-Expires=0")) << kS3DocTime
        << UrlInspection::Status::Unknown;
}

void TestPresignedUrlInspector::status()
{
    QFETCH(QString, url);
    QFETCH(qint64, now);
    QFETCH(UrlInspection::Status, status);
    const UrlInspection i = PresignedUrlInspector::inspect(url, at(now));
    QCOMPARE(i.state, UrlInspection::State::Presigned);
    QCOMPARE(UrlInspection::statusId(i.status), UrlInspection::statusId(status));
}

void TestPresignedUrlInspector::warnings_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QStringList>("expected");

    const QString cosHost = QStringLiteral("examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com");
    const QString ossHost = QStringLiteral("examplebucket.oss-cn-hangzhou.aliyuncs.com");
    const QString s3Host = QStringLiteral("examplebucket.s3.eu-west-1.amazonaws.com");
    const QString host = QStringLiteral("host");
    const QString eu = QStringLiteral("eu-west-1");
    const qint64 now = kT + 60;
    const auto w = [](const char *id) { return QStringList{QString::fromLatin1(id)}; };

    // Official vectors used as intended: nothing to say.
    QTest::newRow("S3 doc GET, no method: silent") << kS3Doc << "" << kS3DocTime + 60 << QStringList{};
    QTest::newRow("S3 doc GET, method GET: silent") << kS3Doc << "GET" << kS3DocTime + 60 << QStringList{};
    QTest::newRow("S3 doc GET, expired: still silent") << kS3Doc << "GET" << kS3DocTime + 999999 << QStringList{};
    QTest::newRow("OSS V1 vector, GET: silent") << kOssV1 << "GET" << qint64(1699807000) << QStringList{};
    QTest::newRow("OSS V1 STS vector, 20 min left, GET: silent") << kOssV1Token << "GET" << qint64(1699807000) << QStringList{};
    QTest::newRow("OSS V4 vector, GET: silent") << kOssV4 << "GET" << kOssV4Time << QStringList{};
    QTest::newRow("OSS V4 STS vector, 599 s, GET: silent") << kOssV4Token << "GET" << qint64(1702785388) << QStringList{};
    QTest::newRow("COS GET vector: silent") << kCosGet << "" << kCosStart << QStringList{};
    QTest::newRow("COS PUT vector, no method: silent") << kCosPut << "" << kCosStart << QStringList{};
    QTest::newRow("SigV4 suite token, 1 h: silent") << kSuiteToken << "GET" << kSuiteTime << QStringList{};

    // Temporary credentials that may die before the URL.
    QTest::newRow("COS token, 2 h URL") << cosUrl(cosHost, cosWindow(7200), cosWindow(7200), host, QStringLiteral("&x-cos-security-token=tok"))
                                        << "GET" << now << w("temporary_credential_lifetime");
    QTest::newRow("COS token, 30 min URL: silent")
        << cosUrl(cosHost, cosWindow(1800), cosWindow(1800), host, QStringLiteral("&x-cos-security-token=tok")) << "GET" << now
        << QStringList{};
    QTest::newRow("COS without token, 2 h URL: silent") << cosUrl(cosHost, cosWindow(7200), cosWindow(7200), host) << "GET" << now
                                                        << QStringList{};
    QTest::newRow("S3 ASIA key with token, 12 h URL")
        << s3Url(s3Host, QStringLiteral("ASIAEXAMPLE"), eu, QStringLiteral("43200"), host, QStringLiteral("&X-Amz-Security-Token=tok"))
        << "GET" << now << w("temporary_credential_lifetime");
    QTest::newRow("S3 token, 1 h URL: silent")
        << s3Url(s3Host, QStringLiteral("ASIAEXAMPLE"), eu, QStringLiteral("3600"), host, QStringLiteral("&X-Amz-Security-Token=tok"))
        << "GET" << now << QStringList{};
    QTest::newRow("S3 long-term key, 7 days: silent") << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("604800"), host)
                                                     << "GET" << now << QStringList{};
    QTest::newRow("OSS V1 STS key with token, 3 h left")
        << ossV1Url(ossHost, QStringLiteral("STS.NUexample"), QString::number(kT + 3 * 3600), QStringLiteral("&security-token=tok"))
        << "GET" << kT << w("temporary_credential_lifetime");
    QTest::newRow("OSS V4 token, 2 h URL")
        << ossV4Url(ossHost, QStringLiteral("cn-hangzhou"), QStringLiteral("7200"), QStringLiteral("&x-oss-security-token=tok"))
        << "GET" << now << w("temporary_credential_lifetime");

    // A temporary key id without its token.
    QTest::newRow("S3 ASIA key without token") << s3Url(s3Host, QStringLiteral("ASIAEXAMPLE"), eu, QStringLiteral("900"), host) << "GET"
                                               << now << w("temporary_key_without_token");
    QTest::newRow("OSS V1 STS. key without token")
        << ossV1Url(ossHost, QStringLiteral("STS.NUexample"), QString::number(kT + 600)) << "GET" << kT << w("temporary_key_without_token");

    // Content-Type.
    QTest::newRow("S3 signs content-type, no method")
        << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), QStringLiteral("content-type%3Bhost")) << ""
        << now << w("content_type_signed");
    QTest::newRow("S3 signs content-type, PUT")
        << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), QStringLiteral("content-type;host")) << "put"
        << now << w("content_type_signed");
    QTest::newRow("S3 PUT without content-type signed") << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), host)
                                                        << "PUT" << now << w("content_type_unsigned");
    QTest::newRow("S3 POST without content-type signed") << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), host)
                                                         << "POST" << now << w("content_type_unsigned");
    QTest::newRow("S3 DELETE without content-type: silent")
        << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), host) << "DELETE" << now << QStringList{};
    QTest::newRow("COS signs content-type") << cosUrl(cosHost, cosWindow(600), cosWindow(600), QStringLiteral("content-type;host"))
                                            << "" << now << w("content_type_signed");
    QTest::newRow("COS PUT vector") << kCosPut << "PUT" << kCosStart << w("content_type_unsigned");
    QTest::newRow("OSS V1 PUT") << ossV1Url(ossHost, QStringLiteral("LTAIexample"), QString::number(kT + 600)) << "PUT" << kT
                                << w("content_type_must_match");
    QTest::newRow("OSS V4 PUT") << ossV4Url(ossHost, QStringLiteral("cn-hangzhou"), QStringLiteral("600")) << "PUT" << now
                                << w("content_type_must_match");
    QTest::newRow("OSS V4 PUT with additional headers")
        << ossV4Url(ossHost, QStringLiteral("cn-hangzhou"), QStringLiteral("600"), QStringLiteral("&x-oss-additional-headers=host"))
        << "PUT" << now << w("content_type_must_match");
    QTest::newRow("OSS V1 vector, method unknown") << kOssV1 << "" << qint64(1699807000) << w("content_type_if_upload");
    QTest::newRow("OSS V4 vector, method unknown") << kOssV4 << "" << kOssV4Time << w("content_type_if_upload");
    QTest::newRow("OSS V4 HEAD: silent") << kOssV4 << "HEAD" << kOssV4Time << QStringList{};

    // Regions.
    QTest::newRow("S3 scope us-east-1, host eu-west-1")
        << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), QStringLiteral("us-east-1"), QStringLiteral("900"), host) << "GET" << now
        << w("region_mismatch");
    QTest::newRow("S3 global host, any scope region: silent")
        << s3Url(QStringLiteral("examplebucket.s3.amazonaws.com"), QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("900"), host)
        << "GET" << now << QStringList{};
    QTest::newRow("S3 dual-stack host, same region: silent")
        << s3Url(QStringLiteral("examplebucket.s3.dualstack.eu-west-1.amazonaws.com"), QStringLiteral("AKIAEXAMPLE"), eu,
                 QStringLiteral("900"), host)
        << "GET" << now << QStringList{};
    QTest::newRow("OSS V4 scope cn-hangzhou, host cn-beijing")
        << ossV4Url(QStringLiteral("examplebucket.oss-cn-beijing.aliyuncs.com"), QStringLiteral("cn-hangzhou"), QStringLiteral("600"))
        << "GET" << now << w("region_mismatch");
    QTest::newRow("OSS V4 internal endpoint, same region: silent")
        << ossV4Url(QStringLiteral("examplebucket.oss-cn-hangzhou-internal.aliyuncs.com"), QStringLiteral("cn-hangzhou"),
                    QStringLiteral("600"))
        << "GET" << now << QStringList{};
    QTest::newRow("OSS V4 scope with oss- prefix, same region")
        << ossV4Url(ossHost, QStringLiteral("oss-cn-hangzhou"), QStringLiteral("600")) << "GET" << now << w("scope_region_oss_prefix");
    QTest::newRow("OSS V4 scope with oss- prefix and another region")
        << ossV4Url(ossHost, QStringLiteral("oss-cn-beijing"), QStringLiteral("600")) << "GET" << now
        << QStringList{QStringLiteral("region_mismatch"), QStringLiteral("scope_region_oss_prefix")};
    QTest::newRow("SigV4a region set: silent")
        << s3Url(QStringLiteral("mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com"), QStringLiteral("AKIAEXAMPLE"),
                 QStringLiteral("s3"), QStringLiteral("900"), host, QStringLiteral("&X-Amz-Region-Set=*"),
                 QStringLiteral("AWS4-ECDSA-P256-SHA256"))
               .replace(QLatin1String("%2Fs3%2Fs3%2F"), QLatin1String("%2Fs3%2F"))
        << "GET" << now << QStringList{};

    // Times.
    QTest::newRow("COS q-sign-time and q-key-time differ")
        << cosUrl(cosHost, cosWindow(600), cosWindow(1200), host) << "GET" << now << w("sign_time_mismatch");
    QTest::newRow("OSS V1 Expires in milliseconds")
        << ossV1Url(ossHost, QStringLiteral("LTAIexample"), QString::number((kT + 600) * 1000)) << "GET" << kT
        << w("expires_in_milliseconds");
    QTest::newRow("S3 X-Amz-Expires 604801") << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("604801"), host)
                                             << "GET" << now << w("expires_over_maximum");
    QTest::newRow("S3 X-Amz-Expires 604800: silent") << s3Url(s3Host, QStringLiteral("AKIAEXAMPLE"), eu, QStringLiteral("604800"), host)
                                                     << "GET" << now << QStringList{};
    QTest::newRow("OSS V4 x-oss-expires 700000") << ossV4Url(ossHost, QStringLiteral("cn-hangzhou"), QStringLiteral("700000")) << "GET"
                                                 << now << w("expires_over_maximum");
    QTest::newRow("S3 without X-Amz-Expires") << QString(kS3Doc).remove(QStringLiteral("&X-Amz-Expires=86400")) << "GET"
                                              << kS3DocTime << w("validity_unreadable");
    QTest::newRow("COS q-sign-time not numbers") << cosUrl(cosHost, QStringLiteral("soon;later"), QStringLiteral("soon;later"), host)
                                                 << "GET" << now << w("validity_unreadable");

    // Security token sent to a host that is not the provider's.
    QTest::newRow("COS token on a CDN host")
        << cosUrl(QStringLiteral("cdn.example.com"), cosWindow(600), cosWindow(600), host, QStringLiteral("&x-cos-security-token=tok"))
        << "GET" << now << w("token_to_foreign_host");
    QTest::newRow("OSS V4 token on a custom domain")
        << ossV4Url(QStringLiteral("files.example.com"), QStringLiteral("cn-hangzhou"), QStringLiteral("600"),
                    QStringLiteral("&x-oss-security-token=tok"))
        << "GET" << now << w("token_to_foreign_host");
    QTest::newRow("COS on a CDN host without token: silent")
        << cosUrl(QStringLiteral("cdn.example.com"), cosWindow(600), cosWindow(600), host) << "GET" << now << QStringList{};
    QTest::newRow("S3-compatible store with its own token: silent")
        << s3Url(QStringLiteral("minio.example.com"), QStringLiteral("ASIAEXAMPLE"), QStringLiteral("us-east-1"), QStringLiteral("900"),
                 host, QStringLiteral("&X-Amz-Security-Token=tok"))
        << "GET" << now << QStringList{};

    // Algorithms.
    QTest::newRow("COS with another algorithm") << cosUrl(cosHost, cosWindow(600), cosWindow(600), host, {}, QStringLiteral("md5"))
                                                << "GET" << now << w("unexpected_algorithm");
    QTest::newRow("S3 without X-Amz-Algorithm")
        << QString(kS3Doc).remove(QStringLiteral("X-Amz-Algorithm=AWS4-HMAC-SHA256&")) << "GET" << kS3DocTime
        << w("unexpected_algorithm");

    // Several at once.
    QTest::newRow("COS token on a CDN, 3 h, PUT signing content-type")
        << cosUrl(QStringLiteral("cdn.example.com"), cosWindow(10800), cosWindow(10800), QStringLiteral("content-type;host"),
                  QStringLiteral("&x-cos-security-token=tok"))
        << "PUT" << now
        << QStringList{QStringLiteral("content_type_signed"), QStringLiteral("temporary_credential_lifetime"),
                       QStringLiteral("token_to_foreign_host")};
}

void TestPresignedUrlInspector::warnings()
{
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(qint64, now);
    QFETCH(QStringList, expected);
    const UrlInspection i = PresignedUrlInspector::inspect(url, at(now), method);
    QCOMPARE(i.state, UrlInspection::State::Presigned);
    expected.sort();
    QCOMPARE(ids(i), expected);
    for (const UrlWarning &w : i.warnings) {
        const QString text = UserText::urlWarning(w.id, i.provider, w.args);
        QVERIFY2(!text.isEmpty(), qPrintable(w.id));
        QVERIFY2(!text.contains(QLatin1String("URL finding")), qPrintable(w.id)); // every id has its own sentence
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
    }
}

void TestPresignedUrlInspector::warningTextsCarryTheirFacts()
{
    const auto textOf = [](const UrlInspection &i, const QString &id) {
        for (const UrlWarning &w : i.warnings) {
            if (w.id == id)
                return UserText::urlWarning(w.id, i.provider, w.args);
        }
        return QString();
    };
    const UrlInspection region = PresignedUrlInspector::inspect(
        s3Url(QStringLiteral("examplebucket.s3.eu-west-1.amazonaws.com"), QStringLiteral("AKIAEXAMPLE"), QStringLiteral("us-east-1"),
              QStringLiteral("900"), QStringLiteral("host")),
        at(kT));
    const QString regionText = textOf(region, QStringLiteral("region_mismatch"));
    QVERIFY(regionText.contains(QLatin1String("us-east-1")));
    QVERIFY(regionText.contains(QLatin1String("eu-west-1")));
    QVERIFY(regionText.contains(QLatin1String("examplebucket.s3.eu-west-1.amazonaws.com")));

    const UrlInspection cos = PresignedUrlInspector::inspect(
        cosUrl(QStringLiteral("b-1250000000.cos.ap-beijing.myqcloud.com"), cosWindow(7200), cosWindow(7200), QStringLiteral("host"),
               QStringLiteral("&x-cos-security-token=tok")),
        at(kT));
    const QString lifetime = textOf(cos, QStringLiteral("temporary_credential_lifetime"));
    QVERIFY2(lifetime.contains(QLatin1String("2 h")), qPrintable(lifetime));
    QVERIFY2(lifetime.contains(QLatin1String("30 minutes")), qPrintable(lifetime)); // the COS default, not STS's hour

    const UrlInspection sts = PresignedUrlInspector::inspect(
        s3Url(QStringLiteral("b.s3.eu-west-1.amazonaws.com"), QStringLiteral("ASIAEXAMPLE"), QStringLiteral("eu-west-1"),
              QStringLiteral("43200"), QStringLiteral("host"), QStringLiteral("&X-Amz-Security-Token=tok")),
        at(kT));
    const QString stsText = textOf(sts, QStringLiteral("temporary_credential_lifetime"));
    QVERIFY2(stsText.contains(QLatin1String("12 h")) && stsText.contains(QLatin1String("1 hour")), qPrintable(stsText));

    const UrlInspection ms = PresignedUrlInspector::inspect(
        ossV1Url(QStringLiteral("b.oss-cn-hangzhou.aliyuncs.com"), QStringLiteral("LTAIexample"), QStringLiteral("1769847000000")), at(kT));
    const QString msText = textOf(ms, QStringLiteral("expires_in_milliseconds"));
    QVERIFY2(msText.contains(QLatin1String("1769847000000")) && msText.contains(QLatin1String("2026-01-31T08:10:00Z")),
             qPrintable(msText));
    QCOMPARE(ms.expiresAt.toString(Qt::ISODate), QStringLiteral("2026-01-31T08:10:00Z"));

    const UrlInspection missing = PresignedUrlInspector::inspect(
        s3Url(QStringLiteral("b.s3.eu-west-1.amazonaws.com"), QStringLiteral("ASIAEXAMPLE"), QStringLiteral("eu-west-1"),
              QStringLiteral("900"), QStringLiteral("host")),
        at(kT));
    const QString missingText = textOf(missing, QStringLiteral("temporary_key_without_token"));
    QVERIFY2(missingText.contains(QLatin1String("ASIAEXAMPLE")) && missingText.contains(QLatin1String("X-Amz-Security-Token")),
             qPrintable(missingText));
}

void TestPresignedUrlInspector::states_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<UrlInspection::State>("state");
    QTest::newRow("empty") << "" << UrlInspection::State::NotAUrl;
    QTest::newRow("blank") << "   \n" << UrlInspection::State::NotAUrl;
    QTest::newRow("a word") << "hello" << UrlInspection::State::NotAUrl;
    QTest::newRow("a sentence") << "this is not a url at all" << UrlInspection::State::NotAUrl;
    QTest::newRow("scheme only") << "https://" << UrlInspection::State::NotAUrl;
    QTest::newRow("ftp") << "ftp://files.example.com/a?X-Amz-Signature=00" << UrlInspection::State::NotAUrl;
    QTest::newRow("mailto") << "mailto:someone@example.com" << UrlInspection::State::NotAUrl;
    QTest::newRow("control bytes") << QStringLiteral("\x01\x02%%%zz://[") << UrlInspection::State::NotAUrl;
    QTest::newRow("XML error body") << "<Error><Code>AccessDenied</Code></Error>" << UrlInspection::State::NotAUrl;
    QTest::newRow("plain object URL") << "https://examplebucket.s3.amazonaws.com/test.txt" << UrlInspection::State::NotPresigned;
    QTest::newRow("other query") << "https://example.com/?a=b&c" << UrlInspection::State::NotPresigned;
    QTest::newRow("COS URL cut at the first &")
        << "https://b-1250000000.cos.ap-beijing.myqcloud.com/a.jpg?q-sign-algorithm=sha1" << UrlInspection::State::NotPresigned;
    QTest::newRow("S3 presigned without scheme") << QString(kS3Doc).remove(QStringLiteral("https://")) << UrlInspection::State::Presigned;
    QTest::newRow("S3 presigned with spaces around") << QStringLiteral("  ") + kS3Doc + QStringLiteral("\n")
                                                     << UrlInspection::State::Presigned;
    QTest::newRow("presigned on a custom domain") << QString(kCosGet).replace(QLatin1String("testbucket-125000000.cos.ap-guangzhou.myqcloud.com"),
                                                                            QLatin1String("img.example.com"))
                                                  << UrlInspection::State::Presigned;
}

void TestPresignedUrlInspector::states()
{
    QFETCH(QString, input);
    QFETCH(UrlInspection::State, state);
    const UrlInspection i = PresignedUrlInspector::inspect(input, at(kT));
    QCOMPARE(i.state, state);
    if (state != UrlInspection::State::Presigned) {
        QVERIFY(i.warnings.isEmpty());
        QCOMPARE(i.status, UrlInspection::Status::Unknown);
    }
}

void TestPresignedUrlInspector::secretsAreNotCopied()
{
    // The inspection holds names and times only: no field may carry the signature or the token.
    const QString sig = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
    const QString token = QStringLiteral("CANARYTOKEN0123456789");
    const QString url = cosUrl(QStringLiteral("cdn.example.com"), cosWindow(9000), cosWindow(9001), QStringLiteral("content-type;host"),
                               QStringLiteral("&x-cos-security-token=") + token)
                            .replace(QLatin1String("0123456789abcdef0123456789abcdef01234567"), sig);
    const UrlInspection i = PresignedUrlInspector::inspect(url, at(kT), QStringLiteral("PUT"));
    QVERIFY(i.warnings.size() >= 3);
    QStringList fields{i.accessKeyId, i.algorithm, i.url.host, i.url.objectKey, i.url.bucket, i.tokenParameter, i.signatureParameter};
    fields += i.signedHeaders;
    fields += i.signedQueryParams;
    for (const UrlWarning &w : i.warnings)
        fields << UserText::urlWarning(w.id, i.provider, w.args) << w.args;
    for (const QString &field : fields) {
        QVERIFY2(!field.contains(sig), qPrintable(field));
        QVERIFY2(!field.contains(token), qPrintable(field));
    }
}

QTEST_GUILESS_MAIN(TestPresignedUrlInspector)
#include "TestPresignedUrlInspector.moc"
