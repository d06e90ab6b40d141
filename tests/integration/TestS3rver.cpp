// core's HttpProbe, SigV4Signer and ErrorXmlReader against s3rver 3.7.1, a local S3 started through
// tests/s3rver/start.mjs with the buckets of tests/s3rver/buckets.json. Every row asserts what
// s3rver really answers (tests/s3rver/README.md lists it), including where s3rver is laxer than S3:
// an upgrade or a change in how core signs shows up here as a failing row.
#include "formats/ErrorXmlReader.h"
#include "net/HttpProbe.h"
#include "servers/ServerProcess.h"
#include "signing/SignRequest.h"
#include "signing/SigV4Signer.h"

#include <QDateTime>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using Fields = QMap<QString, QString>;

namespace {

const QString AccessKey = QStringLiteral("S3RVER");
const QString SecretKey = QStringLiteral("S3RVER");
const QString CorsOrigin = QStringLiteral("https://app.example.com");
const QString CorsBucketBody = QStringLiteral("Hello from cors-bucket\n");
const QString PlainBucketBody = QStringLiteral("Hello from plain-bucket\n");
const QString NotAllowedMessage = QStringLiteral(
    "This CORS request is not allowed. This is usually because the evalution of Origin, request method / "
    "Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.");

} // namespace

class TestS3rver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedRequest_data();
    void signedRequest();
    void signatureV2Mismatch();
    void anonymousRequest_data();
    void anonymousRequest();
    void preflight_data();
    void preflight();
    void corsHeadersOnGet_data();
    void corsHeadersOnGet();

private:
    QUrl urlFor(const QString &path) const;
    bool send(const ProbeRequest &request, ProbeResult *result);
    static void verifyAnswer(
        const ProbeResult &result, int status, const QString &code, const Fields &fields, const QString &body);

    ServerProcess m_server;
    QNetworkAccessManager m_nam;
};

void TestS3rver::initTestCase()
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // 127.0.0.1 only, whatever the environment says
    QString error;
    QVERIFY2(m_server.start(QStringLiteral(BUCKETDOCTOR_NODE),
                 { QStringLiteral(BUCKETDOCTOR_S3RVER_SCRIPT), QStringLiteral(BUCKETDOCTOR_S3RVER_BUCKETS) }, &error),
        qPrintable(error));
    QCOMPARE(m_server.url().host(), QStringLiteral("127.0.0.1"));
}

QUrl TestS3rver::urlFor(const QString &path) const
{
    return QUrl(m_server.endpoint() + path, QUrl::StrictMode);
}

bool TestS3rver::send(const ProbeRequest &request, ProbeResult *result)
{
    HttpProbe probe(&m_nam);
    QSignalSpy spy(&probe, &HttpProbe::finished);
    if (!probe.start(request) || !spy.wait(request.deadlineMs + 5000) || spy.count() != 1)
        return false;
    *result = spy.takeFirst().at(0).value<ProbeResult>();
    return true;
}

// An empty code means "no <Error> body"; an empty body is not compared.
void TestS3rver::verifyAnswer(
    const ProbeResult &result, int status, const QString &code, const Fields &fields, const QString &body)
{
    QVERIFY2(result.httpStatus != 0, qPrintable(result.errorString));
    QCOMPARE(result.httpStatus, status);
    const ErrorXml xml = ErrorXmlReader::read(QString::fromUtf8(result.body));
    QCOMPARE(xml.found, !code.isEmpty());
    if (xml.found) {
        QVERIFY(!xml.truncated && !xml.malformed);
        QCOMPARE(xml.field(u"Code"), code);
    }
    // S3 repeats the code in x-amz-error-code (all a HEAD answer carries); s3rver never does.
    QCOMPARE(result.header("x-amz-error-code"), QByteArray());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        QCOMPARE(xml.field(it.key()), it.value());
    if (!body.isEmpty())
        QCOMPARE(QString::fromUtf8(result.body), body);
}

void TestS3rver::signedRequest_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("presign");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<int>("ageSeconds"); // how long ago the request was signed
    QTest::addColumn<int>("expires");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("body");

    const QString object = QStringLiteral("/cors-bucket/hello.txt");
    const QString bucket = QStringLiteral("/cors-bucket");
    const QString get = QStringLiteral("GET");
    const QString head = QStringLiteral("HEAD");
    const QString unknownKey = QStringLiteral("AKIDUNKNOWN");
    const QString wrongSecret = QStringLiteral("not-the-secret");
    const Fields none;

    for (const bool presign : { false, true }) {
        const QByteArray form = presign ? "presigned" : "header";
        QTest::addRow("%s: HEAD bucket", form.constData())
            << head << bucket << presign << AccessKey << SecretKey << 0 << 900 << 200 << QString() << none << QString();
        QTest::addRow("%s: GET object", form.constData())
            << get << object << presign << AccessKey << SecretKey << 0 << 900 << 200 << QString() << none << CorsBucketBody;
        QTest::addRow("%s: GET object in plain-bucket", form.constData())
            << get << QStringLiteral("/plain-bucket/hello.txt") << presign << AccessKey << SecretKey << 0 << 900 << 200
            << QString() << none << PlainBucketBody;
        QTest::addRow("%s: unknown access key", form.constData())
            << get << object << presign << unknownKey << SecretKey << 0 << 900 << 403 << QStringLiteral("InvalidAccessKeyId")
            << Fields { { QStringLiteral("Message"),
                            QStringLiteral("The AWS Access Key Id you provided does not exist in our records.") },
                   { QStringLiteral("AWSAccessKeyId"), unknownKey } }
            << QString();
        // s3rver checks the access key of a SigV4 request but never computes the signature
        // (lib/middleware/authentication.js: "Signature version 4 calculation is unimplemeneted"),
        // so a wrong secret goes through. Real S3 answers 403 SignatureDoesNotMatch.
        QTest::addRow("%s: wrong secret is not detected", form.constData())
            << get << object << presign << AccessKey << wrongSecret << 0 << 900 << 200 << QString() << none << CorsBucketBody;
        QTest::addRow("%s: HEAD object with unknown access key has no body", form.constData())
            << head << object << presign << unknownKey << SecretKey << 0 << 900 << 403 << QString() << none << QString();
    }

    QTest::addRow("presigned: expired") << get << object << true << AccessKey << SecretKey << 3600 << 60 << 403
                                        << QStringLiteral("AccessDenied")
                                        << Fields { { QStringLiteral("Message"), QStringLiteral("Request has expired") },
                                               { QStringLiteral("X-Amz-Expires"), QStringLiteral("60") } }
                                        << QString();
    // Expiry is checked before the access key, so an expired URL never reveals a wrong key.
    QTest::addRow("presigned: expired with unknown access key")
        << get << object << true << unknownKey << SecretKey << 3600 << 60 << 403 << QStringLiteral("AccessDenied")
        << Fields { { QStringLiteral("Message"), QStringLiteral("Request has expired") } } << QString();
    // Like S3, no clock-skew check for presigned URLs: only X-Amz-Date + X-Amz-Expires counts.
    QTest::addRow("presigned: signed an hour ago, still valid")
        << get << object << true << AccessKey << SecretKey << 3600 << 7200 << 200 << QString() << none << CorsBucketBody;
    QTest::addRow("header: clock an hour behind")
        << get << object << false << AccessKey << SecretKey << 3600 << 900 << 403 << QStringLiteral("RequestTimeTooSkewed")
        << Fields { { QStringLiteral("Message"),
               QStringLiteral("The difference between the request time and the current time is too large.") } }
        << QString();
    QTest::addRow("header: clock an hour ahead") << get << object << false << AccessKey << SecretKey << -3600 << 900 << 403
                                                 << QStringLiteral("RequestTimeTooSkewed") << none << QString();
}

void TestS3rver::signedRequest()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, presign);
    QFETCH(QString, accessKey);
    QFETCH(QString, secretKey);
    QFETCH(int, ageSeconds);
    QFETCH(int, expires);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(Fields, fields);
    QFETCH(QString, body);

    SignRequest sign;
    QString error;
    QVERIFY2(SignRequest::fromUrl(method, m_server.endpoint() + path, {}, &sign, &error), qPrintable(error));
    sign.accessKeyId = accessKey;
    sign.secretKey = secretKey;
    sign.region = QStringLiteral("us-east-1");
    sign.time = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    sign.presign = presign;
    sign.expires = expires;
    const SignResult signature = SigV4Signer::sign(sign);
    QVERIFY2(signature.ok, qPrintable(signature.error));

    ProbeRequest request;
    request.method = method.toLatin1();
    if (presign) {
        request.url = QUrl(signature.url, QUrl::StrictMode);
        QVERIFY2(request.url.isValid(), qPrintable(signature.url));
        QVERIFY(request.url.query(QUrl::FullyEncoded).contains(QLatin1String("X-Amz-Signature=")));
    } else {
        request.url = urlFor(path);
        QVERIFY(signature.authorization.startsWith(QLatin1String("AWS4-HMAC-SHA256 Credential=") + accessKey));
    }
    for (const auto &[name, value] : std::as_const(signature.headers)) {
        // Qt writes Host itself, with the same host:port the signer saw.
        if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) != 0)
            request.headers.append({ name.toLatin1(), value.toUtf8() });
    }

    ProbeResult result;
    QVERIFY(send(request, &result));
    verifyAnswer(result, status, code, fields, body);
    if (QTest::currentTestFailed())
        return;
    if (method == QLatin1String("HEAD"))
        QVERIFY(result.body.isEmpty());
}

// SignatureDoesNotMatch exists in s3rver only for Signature Version 2, the one form it verifies:
// a V2 Authorization header with a wrong signature gets it, with s3rver's string to sign.
void TestS3rver::signatureV2Mismatch()
{
    ProbeRequest request;
    request.url = urlFor(QStringLiteral("/cors-bucket/hello.txt"));
    request.headers = { { "Authorization", "AWS S3RVER:bm90LWEtc2lnbmF0dXJl" },
        { "Date", SignUtil::rfc1123(QDateTime::currentDateTimeUtc()).toLatin1() } };
    ProbeResult result;
    QVERIFY(send(request, &result));
    verifyAnswer(result, 403, QStringLiteral("SignatureDoesNotMatch"),
        { { QStringLiteral("AWSAccessKeyId"), AccessKey },
            // s3rver leaves the Date out of its V2 string to sign (the timestamp is only set for
            // query authentication), unlike S3.
            { QStringLiteral("StringToSign"), QStringLiteral("GET\n\n\n\n/cors-bucket/hello.txt") } },
        QString());
}

void TestS3rver::anonymousRequest_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("body");

    // s3rver has no ACLs or policies: a request without any signature is served like a signed one.
    QTest::newRow("GET object") << QStringLiteral("GET") << QStringLiteral("/cors-bucket/hello.txt") << QByteArray() << 200
                                << QString() << Fields() << CorsBucketBody;
    QTest::newRow("GET object in plain-bucket") << QStringLiteral("GET") << QStringLiteral("/plain-bucket/hello.txt")
                                                << QByteArray() << 200 << QString() << Fields() << PlainBucketBody;
    QTest::newRow("HEAD bucket") << QStringLiteral("HEAD") << QStringLiteral("/plain-bucket") << QByteArray() << 200 << QString()
                                 << Fields() << QString();
    QTest::newRow("GET missing key") << QStringLiteral("GET") << QStringLiteral("/cors-bucket/missing.txt") << QByteArray() << 404
                                     << QStringLiteral("NoSuchKey")
                                     << Fields { { QStringLiteral("Key"), QStringLiteral("missing.txt") } } << QString();
    QTest::newRow("GET in missing bucket") << QStringLiteral("GET") << QStringLiteral("/missing-bucket/hello.txt") << QByteArray()
                                           << 404 << QStringLiteral("NoSuchBucket")
                                           << Fields { { QStringLiteral("BucketName"), QStringLiteral("missing-bucket") } }
                                           << QString();
    QTest::newRow("PUT object") << QStringLiteral("PUT") << QStringLiteral("/plain-bucket/anonymous.txt")
                                << QByteArrayLiteral("written without a signature") << 200 << QString() << Fields() << QString();
}

void TestS3rver::anonymousRequest()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, requestBody);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(Fields, fields);
    QFETCH(QString, body);

    ProbeRequest request;
    request.method = method.toLatin1();
    request.url = urlFor(path);
    request.body = requestBody;
    ProbeResult result;
    QVERIFY(send(request, &result));
    verifyAnswer(result, status, code, fields, body);
}

void TestS3rver::preflight_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("origin"); // empty: no Origin header
    QTest::addColumn<QString>("requestMethod"); // empty: no Access-Control-Request-Method
    QTest::addColumn<QString>("requestHeaders"); // empty: no Access-Control-Request-Headers
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("allowOrigin");
    QTest::addColumn<QString>("allowHeaders");

    const QString object = QStringLiteral("/cors-bucket/hello.txt");
    const QString get = QStringLiteral("GET");
    const QString cors = QStringLiteral("CORSResponse");
    const QString star = QStringLiteral("*");

    // An allowed preflight answers "*", not the origin (lib/middleware/cors.js), unlike S3.
    QTest::newRow("allowed origin, GET") << object << CorsOrigin << get << QString() << 200 << QString() << QString() << star
                                         << QString();
    QTest::newRow("allowed origin, on the bucket")
        << QStringLiteral("/cors-bucket") << CorsOrigin << get << QString() << 200 << QString() << QString() << star << QString();
    QTest::newRow("allowed origin, PUT with headers")
        << object << CorsOrigin << QStringLiteral("PUT") << QStringLiteral("Content-Type, x-amz-date") << 200 << QString()
        << QString() << star << QStringLiteral("content-type, x-amz-date");
    QTest::newRow("other origin") << object << QStringLiteral("https://other.example.com") << get << QString() << 403 << cors
                                  << NotAllowedMessage << QString() << QString();
    QTest::newRow("method not allowed") << object << CorsOrigin << QStringLiteral("DELETE") << QString() << 403 << cors
                                        << NotAllowedMessage << QString() << QString();
    QTest::newRow("CORS not enabled") << QStringLiteral("/plain-bucket/hello.txt") << CorsOrigin << get << QString() << 403
                                      << cors << QStringLiteral("CORS is not enabled for this bucket.") << QString() << QString();
    // S3 answers these two with 400; s3rver's BadRequest maps to 403.
    QTest::newRow("no Origin") << object << QString() << get << QString() << 403 << QStringLiteral("BadRequest")
                               << QStringLiteral("Insufficient information. Origin request header needed.") << QString()
                               << QString();
    QTest::newRow("no Access-Control-Request-Method")
        << object << CorsOrigin << QString() << QString() << 403 << QStringLiteral("BadRequest")
        << QStringLiteral("Invalid Access-Control-Request-Method: null") << QString() << QString();
}

void TestS3rver::preflight()
{
    QFETCH(QString, path);
    QFETCH(QString, origin);
    QFETCH(QString, requestMethod);
    QFETCH(QString, requestHeaders);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, allowOrigin);
    QFETCH(QString, allowHeaders);

    ProbeRequest request;
    request.method = QByteArrayLiteral("OPTIONS");
    request.url = urlFor(path);
    if (!origin.isEmpty())
        request.headers.append({ "Origin", origin.toUtf8() });
    if (!requestMethod.isEmpty())
        request.headers.append({ "Access-Control-Request-Method", requestMethod.toUtf8() });
    if (!requestHeaders.isEmpty())
        request.headers.append({ "Access-Control-Request-Headers", requestHeaders.toUtf8() });
    ProbeResult result;
    QVERIFY(send(request, &result));
    verifyAnswer(
        result, status, code, message.isEmpty() ? Fields() : Fields { { QStringLiteral("Message"), message } }, QString());
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QString::fromUtf8(result.header("Access-Control-Allow-Origin")), allowOrigin);
    QCOMPARE(QString::fromUtf8(result.header("Access-Control-Allow-Methods")),
        status == 200 ? QStringLiteral("GET, PUT, HEAD") : QString());
    QCOMPARE(QString::fromUtf8(result.header("Access-Control-Allow-Headers")), allowHeaders);
}

void TestS3rver::corsHeadersOnGet_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("allowOrigin");
    QTest::addColumn<QString>("allowCredentials");

    // On the actual request the matching origin is echoed, with credentials allowed; a request
    // from an origin the rules do not allow is still served, only without CORS headers.
    QTest::newRow("allowed origin") << QStringLiteral("/cors-bucket/hello.txt") << CorsOrigin << CorsOrigin
                                    << QStringLiteral("true");
    QTest::newRow("other origin") << QStringLiteral("/cors-bucket/hello.txt") << QStringLiteral("https://other.example.com")
                                  << QString() << QString();
    QTest::newRow("CORS not enabled") << QStringLiteral("/plain-bucket/hello.txt") << CorsOrigin << QString() << QString();
}

void TestS3rver::corsHeadersOnGet()
{
    QFETCH(QString, path);
    QFETCH(QString, origin);
    QFETCH(QString, allowOrigin);
    QFETCH(QString, allowCredentials);

    ProbeRequest request;
    request.url = urlFor(path);
    request.headers.append({ "Origin", origin.toUtf8() });
    ProbeResult result;
    QVERIFY(send(request, &result));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(QString::fromUtf8(result.header("Access-Control-Allow-Origin")), allowOrigin);
    QCOMPARE(QString::fromUtf8(result.header("Access-Control-Allow-Credentials")), allowCredentials);
}

QTEST_GUILESS_MAIN(TestS3rver)
#include "TestS3rver.moc"
