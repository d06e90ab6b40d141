// The store emulator against requests signed by core's own signers, one row per behaviour.
#include "rules/ClockSkew.h"
#include "common/UtcTime.h"
#include "EmulatorScenario.h"
#include "formats/ErrorXmlReader.h"
#include "rules/CorsEvaluator.h"
#include "rules/PolicyEvaluator.h"
#include "rules/RefererEvaluator.h"
#include "signing/CosSigner.h"
#include "signing/OssV1Signer.h"
#include "signing/OssV4Signer.h"
#include "StoreEmulator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {
const QString kCosHost = QStringLiteral("examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com");
const QString kOssHost = QStringLiteral("examplebucket.oss-cn-hangzhou.aliyuncs.com");
const QString kCorsMessage = QStringLiteral(
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / "
    "Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec");

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString header(const QString &name) const
    {
        for (const auto &[key, value] : headers) {
            if (QString::fromLatin1(key).compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(value);
        }
        return {};
    }
    bool hasHeader(const QString &name) const
    {
        for (const auto &[key, value] : headers) {
            Q_UNUSED(value)
            if (QString::fromLatin1(key).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

// Rows are written with plain literals; the project builds with QT_NO_CAST_FROM_ASCII.
QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

struct Secrets {
    QString secret;
    QString token;
};

// The scenario's own secrets, so rows only name the key id.
Secrets secretsOf(const EmulatorScenario &scenario, const QString &keyId)
{
    const EmulatorKey *key = scenario.findKey(keyId);
    return key ? Secrets { key->secret, key->securityToken } : Secrets { QStringLiteral("no-such-secret"), QString() };
}
}

class TestStoreEmulator : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void writeProbe();
    void keepAliveAndPipelining();
    void malformedRequestGets400();
    void delayIsApplied();
    void scenariosLoad();
    void coreReadsEveryScenarioAsItsTableStates();
    void oracleTablesDecide();

private:
    Reply send(StoreEmulator &emulator, const QString &method, const QString &host, const QString &pathAndQuery,
        const HeaderList &headers, const QByteArray &body = {});
    QNetworkAccessManager m_network;
};

Reply TestStoreEmulator::send(StoreEmulator &emulator, const QString &method, const QString &host, const QString &pathAndQuery,
    const HeaderList &headers, const QByteArray &body)
{
    const QUrl url = QUrl::fromEncoded(
        QStringLiteral("http://127.0.0.1:%1%2").arg(emulator.port()).arg(pathAndQuery).toUtf8(), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Host", host.toUtf8());
    for (const auto &[name, value] : headers) {
        if (name.compare(QLatin1String("Host"), Qt::CaseInsensitive) != 0)
            request.setRawHeader(name.toUtf8(), value.toUtf8());
    }
    // A custom "HEAD" verb would make Qt wait for the Content-Length bytes; head() knows better.
    QNetworkReply *reply = method == QLatin1String("HEAD") ? m_network.head(request)
                                                           : m_network.sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1; // -1: timed out
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

void TestStoreEmulator::requests_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("host"); // empty: the bucket's virtual host
    QTest::addColumn<QString>("path"); // raw path and query as sent
    QTest::addColumn<QString>("auth"); // none, cos, cos-url, v1, v1-url, v4, v4-url
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QStringList>(
        "options"); // wrong-secret, no-token, token=…, shift=N, expires=N, region=…, tamper-header, tamper-path, "H:Name: value"
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("checks"); // "Name=value", "Name", "!Name", "body~text", "Name~text", "clock=N"

    const QString cat = QStringLiteral("/photos/cat.jpg");
    const QString cosOwner = QStringLiteral("AKIDEXAMPLEOWNER");
    const QString cosSub = QStringLiteral("AKIDEXAMPLESUBUSER");
    const QString ossOwner = QStringLiteral("LTAIEXAMPLEOWNER");
    const QString ossSub = QStringLiteral("LTAIEXAMPLESUBUSER");
    const QString none = QStringLiteral("none");
    const QString denied = QStringLiteral("AccessDenied");
    const QString sigMismatch = QStringLiteral("SignatureDoesNotMatch");
    const QString cosHealthy = QStringLiteral("cos-healthy");
    const QString ossHealthy = QStringLiteral("oss-healthy");
    const QString ossNoRight = QStringLiteral("You have no right to access this object because of bucket acl.");
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // --- COS: headers, anonymous, authentication ---------------------------------------------
    row("cos anonymous private object") << cosHealthy << "GET"
                                        << "" << cat << none << "" << L({}) << 403 << denied << "Access Denied."
                                        << L({ "Server=tencent-cos", "x-cos-request-id", "x-cos-trace-id", "Date",
                                               "body~<Resource>", "body~<TraceId>" });
    row("cos owner GET header-signed") << cosHealthy << "GET"
                                       << "" << cat << "cos" << cosOwner << L({}) << 200 << ""
                                       << ""
                                       << L({ "body~not really a jpeg", "x-cos-request-id", "!x-cos-trace-id",
                                              "Content-Type=image/jpeg" });
    row("cos path-style owner GET") << cosHealthy << "GET"
                                    << "cos.ap-guangzhou.myqcloud.com"
                                    << "/examplebucket-1250000000/photos/cat.jpg"
                                    << "cos" << cosOwner << L({}) << 200 << ""
                                    << "" << L({ "body~not really a jpeg" });
    row("cos sub-user HEAD standard") << cosHealthy << "HEAD"
                                      << "" << cat << "cos" << cosSub << L({}) << 200 << ""
                                      << "" << L({ "!x-cos-storage-class", "Content-Length=17", "ETag", "Last-Modified" });
    row("cos HEAD archive shows class") << cosHealthy << "HEAD"
                                        << ""
                                        << "/archive/old.bin"
                                        << "cos" << cosSub << L({}) << 200 << ""
                                        << "" << L({ "x-cos-storage-class=ARCHIVE", "!x-cos-restore" });
    row("cos HEAD restored archive") << cosHealthy << "HEAD"
                                     << ""
                                     << "/archive/restored.bin"
                                     << "cos" << cosOwner << L({}) << 200 << ""
                                     << "" << L({ "x-cos-restore~ongoing-request=\"false\", expiry-date=" });
    row("cos HEAD sse") << cosHealthy << "HEAD"
                        << ""
                        << "/secure/report.pdf"
                        << "cos" << cosOwner << L({}) << 200 << ""
                        << "" << L({ "x-cos-server-side-encryption=AES256", "x-cos-storage-class=STANDARD_IA" });
    row("cos GET unrestored archive") << cosHealthy << "GET"
                                      << ""
                                      << "/archive/old.bin"
                                      << "cos" << cosSub << L({}) << 403 << "InvalidObjectState"
                                      << "The operation is not valid for the object storage class."
                                      << L({ "x-cos-storage-class=ARCHIVE" });
    row("cos missing key") << cosHealthy << "GET"
                           << ""
                           << "/photos/dog.jpg"
                           << "cos" << cosOwner << L({}) << 404 << "NoSuchKey"
                           << "The specified key does not exist." << L({});
    row("cos HEAD error has no body") << cosHealthy << "HEAD"
                                      << ""
                                      << "/photos/dog.jpg"
                                      << "cos" << cosOwner << L({}) << 404 << ""
                                      << "" << L({ "x-cos-trace-id", "body=" });
    row("cos unknown key") << cosHealthy << "GET"
                           << "" << cat << "cos"
                           << "AKIDEXAMPLENOBODY" << L({}) << 403 << "InvalidAccessKeyId"
                           << "" << L({});
    row("cos disabled key") << cosHealthy << "GET"
                            << "" << cat << "cos"
                            << "AKIDEXAMPLEDISABLED" << L({}) << 403 << "InvalidAccessKeyId"
                            << "The Access Key Id you provided is disabled." << L({});
    row("cos wrong secret") << cosHealthy << "GET"
                            << "" << cat << "cos" << cosOwner << L({ "wrong-secret" }) << 403 << sigMismatch << "" << L({});
    row("cos signed header changed") << cosHealthy << "GET"
                                     << "" << cat << "cos" << cosOwner << L({ "H:x-cos-meta-note: a", "tamper-header" }) << 403
                                     << sigMismatch << "" << L({});
    row("cos path changed") << cosHealthy << "GET"
                            << "" << cat << "cos" << cosOwner << L({ "tamper-path" }) << 403 << sigMismatch << "" << L({});
    row("cos signed query param changed") << cosHealthy << "GET"
                                          << ""
                                          << "/photos/cat.jpg?response-content-type=image%2Fpng"
                                          << "cos" << cosOwner << L({ "tamper-query" }) << 403 << sigMismatch << "" << L({});
    row("cos header key time ended") << cosHealthy << "GET"
                                     << "" << cat << "cos" << cosOwner << L({ "shift=-600", "expires=60" }) << 403 << denied
                                     << "Request has expired" << L({});
    row("cos presigned URL") << cosHealthy << "GET"
                             << "" << cat << "cos-url" << cosOwner << L({}) << 200 << ""
                             << "" << L({});
    row("cos presigned URL expired") << cosHealthy << "GET"
                                     << "" << cat << "cos-url" << cosOwner << L({ "shift=-7200", "expires=60" }) << 403 << denied
                                     << "Request has expired" << L({});
    row("cos temporary key with token") << cosHealthy << "GET"
                                        << "" << cat << "cos"
                                        << "AKIDEXAMPLETEMP" << L({}) << 200 << ""
                                        << "" << L({});
    row("cos temporary key URL with token") << cosHealthy << "GET"
                                            << "" << cat << "cos-url"
                                            << "AKIDEXAMPLETEMP" << L({}) << 200 << ""
                                            << "" << L({});
    row("cos temporary key without token") << cosHealthy << "GET"
                                           << "" << cat << "cos"
                                           << "AKIDEXAMPLETEMP" << L({ "no-token" }) << 403 << "InvalidToken"
                                           << "" << L({});
    row("cos temporary key wrong token") << cosHealthy << "GET"
                                         << "" << cat << "cos"
                                         << "AKIDEXAMPLETEMP" << L({ "token=forged" }) << 403 << "InvalidToken"
                                         << "" << L({});

    // --- COS: config reads, authorisation ------------------------------------------------------
    row("cos sub-user GET ?cors") << cosHealthy << "GET"
                                  << ""
                                  << "/?cors"
                                  << "cos" << cosSub << L({}) << 200 << ""
                                  << "" << L({ "body~<AllowedOrigin>https://app.example.com</AllowedOrigin>" });
    row("cos sub-user GET ?acl") << cosHealthy << "GET"
                                 << ""
                                 << "/?acl"
                                 << "cos" << cosSub << L({}) << 200 << ""
                                 << "" << L({ "x-cos-acl=private", "body~<AccessControlPolicy>", "body~FULL_CONTROL" });
    row("cos sub-user GET ?policy") << cosHealthy << "GET"
                                    << ""
                                    << "/?policy"
                                    << "cos" << cosSub << L({}) << 200 << ""
                                    << "" << L({ "body~name/cos:GetBucketCORS" });
    row("cos sub-user GET ?referer") << cosHealthy << "GET"
                                     << ""
                                     << "/?referer"
                                     << "cos" << cosSub << L({}) << 200 << ""
                                     << ""
                                     << L({ "body~<RefererType>White-List</RefererType>",
                                            "body~<Domain>*.example.com</Domain>" });
    row("cos sub-user GET ?location not granted") << cosHealthy << "GET"
                                                  << ""
                                                  << "/?location"
                                                  << "cos" << cosSub << L({}) << 403 << denied << "Access Denied." << L({});
    row("cos owner GET ?location") << cosHealthy << "GET"
                                   << ""
                                   << "/?location"
                                   << "cos" << cosOwner << L({}) << 200 << ""
                                   << "" << L({ "body~<LocationConstraint>ap-guangzhou</LocationConstraint>" });
    row("cos owner HEAD bucket") << cosHealthy << "HEAD"
                                 << ""
                                 << "/"
                                 << "cos" << cosOwner << L({}) << 200 << ""
                                 << "" << L({ "x-cos-bucket-region=ap-guangzhou" });
    row("cos sub-user PUT refused") << cosHealthy << "PUT"
                                    << ""
                                    << "/probe.txt"
                                    << "cos" << cosSub << L({ "H:Content-Type: text/plain" }) << 403 << denied << "Access Denied."
                                    << L({});
    row("cos policy deny GET") << "cos-policy-deny"
                               << "GET"
                               << "" << cat << "cos" << cosSub << L({}) << 403 << denied << "Access Denied." << L({});
    row("cos policy deny leaves HEAD") << "cos-policy-deny"
                                       << "HEAD"
                                       << "" << cat << "cos" << cosSub << L({}) << 200 << ""
                                       << "" << L({});
    row("cos wrong region host") << cosHealthy << "GET"
                                 << "examplebucket-1250000000.cos.ap-beijing.myqcloud.com" << cat << "cos" << cosOwner << L({})
                                 << 404 << "NoSuchBucket"
                                 << "" << L({});

    // --- COS: CORS ---------------------------------------------------------------------------
    row("cos preflight allowed") << cosHealthy << "OPTIONS"
                                 << "" << cat << none << ""
                                 << L({ "H:Origin: https://app.example.com", "H:Access-Control-Request-Method: PUT",
                                        "H:Access-Control-Request-Headers: content-type,x-cos-meta-a" })
                                 << 200 << ""
                                 << ""
                                 << L({ "Access-Control-Allow-Origin=https://app.example.com", "Access-Control-Allow-Methods~PUT",
                                        "Access-Control-Allow-Headers~x-cos-meta-a", "Access-Control-Max-Age=600" });
    row("cos preflight other origin") << cosHealthy << "OPTIONS"
                                      << "" << cat << none << ""
                                      << L({ "H:Origin: https://evil.example.net", "H:Access-Control-Request-Method: GET" })
                                      << 403 << "AccessForbidden" << kCorsMessage << L({ "!Access-Control-Allow-Origin" });
    row("cos preflight method not allowed") << cosHealthy << "OPTIONS"
                                            << "" << cat << none << ""
                                            << L({ "H:Origin: https://app.example.com",
                                                   "H:Access-Control-Request-Method: DELETE" })
                                            << 403 << "AccessForbidden" << kCorsMessage << L({});
    row("cos no CORS preflight") << "cos-no-cors"
                                 << "OPTIONS"
                                 << "" << cat << none << ""
                                 << L({ "H:Origin: https://app.example.com", "H:Access-Control-Request-Method: GET" }) << 403
                                 << "AccessForbidden" << kCorsMessage << L({});
    row("cos no CORS GET ?cors") << "cos-no-cors"
                                 << "GET"
                                 << ""
                                 << "/?cors"
                                 << "cos" << cosOwner << L({}) << 404 << "NoSuchCORSConfiguration"
                                 << "" << L({});
    row("cos actual request gets ACAO") << cosHealthy << "GET"
                                        << "" << cat << "cos" << cosOwner << L({ "H:Origin: https://app.example.com" }) << 200
                                        << ""
                                        << ""
                                        << L({ "Access-Control-Allow-Origin=https://app.example.com",
                                               "Access-Control-Expose-Headers~ETag" });
    row("cos actual request other origin") << cosHealthy << "GET"
                                           << "" << cat << "cos" << cosOwner << L({ "H:Origin: https://evil.example.net" }) << 200
                                           << ""
                                           << "" << L({ "!Access-Control-Allow-Origin" });

    // --- COS: referer, clock -------------------------------------------------------------------
    row("cos referer denied anonymous") << "cos-referer-denied"
                                        << "GET"
                                        << "" << cat << none << "" << L({ "H:Referer: https://www.example.com/page.html" }) << 403
                                        << denied << "You are denied by bucket referer rule" << L({});
    row("cos referer empty denied") << "cos-referer-denied"
                                    << "GET"
                                    << "" << cat << none << "" << L({}) << 403 << denied
                                    << "You are denied by bucket referer rule" << L({});
    row("cos referer allowed then ACL") << cosHealthy << "GET"
                                        << "" << cat << none << "" << L({ "H:Referer: https://www.example.com/page.html" }) << 403
                                        << denied << "Access Denied." << L({});
    row("cos referer skips signed header") << "cos-referer-denied"
                                           << "GET"
                                           << "" << cat << "cos" << cosOwner
                                           << L({ "H:Referer: https://www.example.com/page.html" }) << 200 << ""
                                           << "" << L({});
    row("cos referer skips signed URL") << "cos-referer-denied"
                                        << "GET"
                                        << "" << cat << "cos-url" << cosOwner
                                        << L({ "H:Referer: https://www.example.com/page.html" }) << 200 << ""
                                        << "" << L({});
    row("cos skewed clock") << "cos-skewed-clock"
                            << "GET"
                            << "" << cat << "cos" << cosOwner << L({}) << 403 << "RequestTimeTooSkewed"
                            << "" << L({ "clock=1200" });
    row("cos skewed clock corrected") << "cos-skewed-clock"
                                      << "GET"
                                      << "" << cat << "cos" << cosOwner << L({ "shift=1200" }) << 200 << ""
                                      << "" << L({});

    // --- OSS: anonymous, V1, V4 -----------------------------------------------------------------
    row("oss anonymous private object")
        << ossHealthy << "GET"
        << "" << cat << none << "" << L({}) << 403 << denied << "Anonymous user has no right to access this object"
        << L({ "Server=AliyunOSS", "x-oss-request-id", "x-oss-ec=0003-00000001",
               "body~<HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>",
               "body~<RecommendDoc>https://api.aliyun.com/troubleshoot?q=0003-00000001</RecommendDoc>" });
    row("oss anonymous bucket config") << ossHealthy << "GET"
                                       << ""
                                       << "/?acl" << none << "" << L({}) << 403 << denied
                                       << "Anonymous user has no right to access this bucket" << L({});
    row("oss V1 owner GET") << ossHealthy << "GET"
                            << "" << cat << "v1" << ossOwner << L({}) << 200 << ""
                            << "" << L({ "body~not really a jpeg", "!x-oss-ec" });
    row("oss V1 path-style") << ossHealthy << "GET"
                             << "oss-cn-hangzhou.aliyuncs.com"
                             << "/examplebucket/photos/cat.jpg"
                             << "v1" << ossOwner << L({}) << 200 << ""
                             << "" << L({});
    row("oss V1 sub HEAD") << ossHealthy << "HEAD"
                           << "" << cat << "v1" << ossSub << L({}) << 200 << ""
                           << "" << L({ "x-oss-storage-class=Standard", "x-oss-object-type=Normal", "Content-Length=17" });
    row("oss V4 owner GET") << ossHealthy << "GET"
                            << "" << cat << "v4" << ossOwner << L({}) << 200 << ""
                            << "" << L({});
    row("oss V4 path-style") << ossHealthy << "GET"
                             << "oss-cn-hangzhou.aliyuncs.com"
                             << "/examplebucket/photos/cat.jpg"
                             << "v4" << ossSub << L({}) << 200 << ""
                             << "" << L({});
    row("oss V4 sub GET ?cors") << ossHealthy << "GET"
                                << ""
                                << "/?cors"
                                << "v4" << ossSub << L({}) << 200 << ""
                                << "" << L({ "body~<AllowedOrigin>https://app.example.com</AllowedOrigin>" });
    row("oss V1 URL") << ossHealthy << "GET"
                      << "" << cat << "v1-url" << ossSub << L({}) << 200 << ""
                      << "" << L({});
    row("oss V4 URL") << ossHealthy << "GET"
                      << "" << cat << "v4-url" << ossSub << L({}) << 200 << ""
                      << "" << L({});
    row("oss V1 URL expired") << ossHealthy << "GET"
                              << "" << cat << "v1-url" << ossOwner << L({ "shift=-7200", "expires=60" }) << 403 << denied
                              << "Request has expired." << L({ "x-oss-ec=0002-00000069" });
    row("oss V4 URL expired") << ossHealthy << "GET"
                              << "" << cat << "v4-url" << ossOwner << L({ "shift=-7200", "expires=60" }) << 403 << denied
                              << "Request has expired." << L({});
    row("oss V1 wrong secret")
        << ossHealthy << "GET"
        << "" << cat << "v1" << ossOwner << L({ "wrong-secret" }) << 403 << sigMismatch
        << "The request signature we calculated does not match the signature you provided. Check your key and signing method."
        << L({ "x-oss-ec=0002-00000040", "body~<StringToSign>GET\n\n\n", "body~/examplebucket/photos/cat.jpg</StringToSign>",
               "body~<StringToSignBytes>47 45 54 0A", "body~<SignatureProvided>",
               "body~<OSSAccessKeyId>LTAIEXAMPLEOWNER</OSSAccessKeyId>" });
    row("oss V4 wrong secret") << ossHealthy << "GET"
                               << "" << cat << "v4" << ossOwner << L({ "wrong-secret" }) << 403 << sigMismatch << ""
                               << L({ "body~<CanonicalRequest>GET\n/examplebucket/photos/cat.jpg\n",
                                      "body~<StringToSign>OSS4-HMAC-SHA256\n" });
    row("oss V1 signed header changed") << ossHealthy << "GET"
                                        << "" << cat << "v1" << ossOwner << L({ "H:x-oss-meta-note: a", "tamper-header" }) << 403
                                        << sigMismatch << "" << L({});
    row("oss V4 path changed") << ossHealthy << "GET"
                               << "" << cat << "v4" << ossOwner << L({ "tamper-path" }) << 403 << sigMismatch << "" << L({});
    row("oss V1 URL sub-resource changed") << ossHealthy << "GET"
                                           << ""
                                           << "/photos/cat.jpg?response-content-type=image%2Fpng"
                                           << "v1-url" << ossOwner << L({ "tamper-query" }) << 403 << sigMismatch << "" << L({});
    row("oss V4 URL query changed") << ossHealthy << "GET"
                                    << ""
                                    << "/photos/cat.jpg?response-content-type=image%2Fpng"
                                    << "v4-url" << ossOwner << L({ "tamper-query" }) << 403 << sigMismatch << "" << L({});
    row("oss unknown key") << ossHealthy << "GET"
                           << "" << cat << "v1"
                           << "LTAIEXAMPLENOBODY" << L({}) << 403 << "InvalidAccessKeyId"
                           << "The OSS Access Key Id you provided does not exist in our records." << L({});
    row("oss V4 unknown key") << ossHealthy << "GET"
                              << "" << cat << "v4"
                              << "LTAIEXAMPLENOBODY" << L({}) << 403 << "InvalidAccessKeyId"
                              << "" << L({});
    row("oss disabled key") << ossHealthy << "GET"
                            << "" << cat << "v1"
                            << "LTAIEXAMPLEDISABLED" << L({}) << 403 << "InvalidAccessKeyId"
                            << "The OSS Access Key Id you provided is disabled." << L({});
    row("oss V1 skewed") << ossHealthy << "GET"
                         << "" << cat << "v1" << ossOwner << L({ "shift=-1200" }) << 403 << "RequestTimeTooSkewed"
                         << "The difference between the request time and the current time is too large."
                         << L({ "x-oss-ec=0002-00000504", "body~<RequestTime>", "body~<ServerTime>" });
    row("oss V4 skewed") << ossHealthy << "GET"
                         << "" << cat << "v4" << ossOwner << L({ "shift=1200" }) << 403 << "RequestTimeTooSkewed"
                         << "" << L({});
    row("oss V4 wrong signing region") << ossHealthy << "GET"
                                       << "" << cat << "v4" << ossOwner << L({ "region=cn-beijing" }) << 400 << "InvalidArgument"
                                       << "Invalid signing region in Authorization header." << L({});

    // --- OSS: objects, config, authorisation ----------------------------------------------------
    row("oss GET archive") << ossHealthy << "GET"
                           << ""
                           << "/archive/old.bin"
                           << "v1" << ossOwner << L({}) << 403 << "InvalidObjectState"
                           << "The operation is not valid for the object's state" << L({ "x-oss-storage-class=Archive" });
    row("oss HEAD restoring") << ossHealthy << "HEAD"
                              << ""
                              << "/archive/thawing.bin"
                              << "v1" << ossOwner << L({}) << 200 << ""
                              << "" << L({ "x-oss-restore=ongoing-request=\"true\"", "x-oss-storage-class=ColdArchive" });
    row("oss HEAD sse") << ossHealthy << "HEAD"
                        << ""
                        << "/secure/report.pdf"
                        << "v4" << ossOwner << L({}) << 200 << ""
                        << "" << L({ "x-oss-server-side-encryption=KMS" });
    row("oss missing key") << ossHealthy << "GET"
                           << ""
                           << "/photos/dog.jpg"
                           << "v1" << ossOwner << L({}) << 404 << "NoSuchKey"
                           << "" << L({ "x-oss-ec=0026-00000001", "body~<Key>photos/dog.jpg</Key>" });
    row("oss HEAD missing key keeps EC") << ossHealthy << "HEAD"
                                         << ""
                                         << "/photos/dog.jpg"
                                         << "v1" << ossOwner << L({}) << 404 << ""
                                         << "" << L({ "x-oss-ec=0026-00000001", "body=" });
    row("oss sub GET ?bucketInfo not granted")
        << ossHealthy << "GET"
        << ""
        << "/?bucketInfo"
        << "v1" << ossSub << L({}) << 403 << denied << "The bucket you visit is not belong to you." << L({});
    row("oss owner GET ?bucketInfo") << ossHealthy << "GET"
                                     << ""
                                     << "/?bucketInfo"
                                     << "v1" << ossOwner << L({}) << 200 << ""
                                     << "" << L({ "body~<ExtranetEndpoint>oss-cn-hangzhou.aliyuncs.com</ExtranetEndpoint>" });
    row("oss owner GET ?location") << ossHealthy << "GET"
                                   << ""
                                   << "/?location"
                                   << "v4" << ossOwner << L({}) << 200 << ""
                                   << "" << L({ "body~<LocationConstraint>oss-cn-hangzhou</LocationConstraint>" });
    row("oss sub GET ?acl") << ossHealthy << "GET"
                            << ""
                            << "/?acl"
                            << "v1" << ossSub << L({}) << 200 << ""
                            << "" << L({ "body~<Grant>private</Grant>" });
    row("oss sub GET ?referer") << ossHealthy << "GET"
                                << ""
                                << "/?referer"
                                << "v1" << ossSub << L({}) << 200 << ""
                                << "" << L({ "body~<Referer>https://*.example.com/*</Referer>" });
    row("oss sub PUT refused") << ossHealthy << "PUT"
                               << ""
                               << "/probe.txt"
                               << "v1" << ossSub << L({ "H:Content-Type: text/plain" }) << 403 << denied << ossNoRight << L({});
    row("oss policy unset") << "oss-public-read"
                            << "GET"
                            << ""
                            << "/?policy"
                            << "v1" << ossOwner << L({}) << 404 << "NoSuchBucketPolicy"
                            << "" << L({});
    row("oss preflight allowed") << ossHealthy << "OPTIONS"
                                 << "" << cat << none << ""
                                 << L({ "H:Origin: https://app.example.com", "H:Access-Control-Request-Method: GET" }) << 200
                                 << ""
                                 << ""
                                 << L({ "Access-Control-Allow-Origin=https://app.example.com", "Access-Control-Max-Age=600" });
    row("oss CORS other origin only") << "oss-cors-denied"
                                      << "OPTIONS"
                                      << "" << cat << none << ""
                                      << L({ "H:Origin: https://app.example.com", "H:Access-Control-Request-Method: GET" }) << 403
                                      << "AccessForbidden"
                                      << "" << L({ "body~CORSResponse:" });
    row("oss CORS rule's own origin") << "oss-cors-denied"
                                      << "OPTIONS"
                                      << "" << cat << none << ""
                                      << L({ "H:Origin: https://other.example.org", "H:Access-Control-Request-Method: GET" })
                                      << 200 << ""
                                      << "" << L({ "Access-Control-Allow-Origin=https://other.example.org" });

    // --- OSS: referer, endpoint, public-read, tokens ---------------------------------------------
    row("oss referer whitelist miss on signed URL")
        << ossHealthy << "GET"
        << "" << cat << "v1-url" << ossSub << L({ "H:Referer: https://evil.example.net/" }) << 403 << denied
        << "You are denied by bucket referer policy." << L({});
    row("oss referer skips Authorization header")
        << ossHealthy << "GET"
        << "" << cat << "v1" << ossSub << L({ "H:Referer: https://evil.example.net/" }) << 200 << ""
        << "" << L({});
    row("oss referer blacklist hit") << "oss-referer-blacklist"
                                     << "GET"
                                     << "" << cat << none << "" << L({ "H:Referer: https://www.example.com/index.html" }) << 403
                                     << denied << "You are denied by bucket referer policy." << L({ "x-oss-ec=0003-00000502" });
    row("oss referer blacklist empty referer") << "oss-referer-blacklist"
                                               << "GET"
                                               << "" << cat << none << "" << L({}) << 200 << ""
                                               << "" << L({});
    row("oss wrong endpoint anonymous") << "oss-wrong-endpoint"
                                        << "GET"
                                        << "" << cat << none << "" << L({}) << 403 << denied
                                        << "The bucket you are attempting to access must be addressed using the specified "
                                           "endpoint. Please send all future requests to this endpoint."
                                        << L({ "body~<Bucket>examplebucket</Bucket>",
                                               "body~<Endpoint>oss-cn-shanghai.aliyuncs.com</Endpoint>" });
    row("oss wrong endpoint signed") << "oss-wrong-endpoint"
                                     << "GET"
                                     << "" << cat << "v1" << ossOwner << L({}) << 403 << denied << ""
                                     << L({ "body~<Endpoint>oss-cn-shanghai.aliyuncs.com</Endpoint>" });
    row("oss wrong endpoint preflight") << "oss-wrong-endpoint"
                                        << "OPTIONS"
                                        << "" << cat << none << ""
                                        << L({ "H:Origin: https://app.example.com", "H:Access-Control-Request-Method: GET" })
                                        << 403 << denied << "" << L({ "body~<Endpoint>" });
    row("oss public-read anonymous GET") << "oss-public-read"
                                         << "GET"
                                         << "" << cat << none << "" << L({}) << 200 << ""
                                         << "" << L({ "body~not really a jpeg" });
    row("oss public-read anonymous PUT") << "oss-public-read"
                                         << "PUT"
                                         << ""
                                         << "/probe.txt" << none << "" << L({ "H:Content-Type: text/plain" }) << 403 << denied
                                         << "Anonymous user has no right to access this object" << L({});
    row("oss public-read anonymous ?acl") << "oss-public-read"
                                          << "GET"
                                          << ""
                                          << "/?acl" << none << "" << L({}) << 403 << denied
                                          << "Anonymous user has no right to access this bucket" << L({});
    row("oss STS V1 with token") << "oss-token"
                                 << "GET"
                                 << "" << cat << "v1"
                                 << "STS.EXAMPLETEMPKEY" << L({}) << 200 << ""
                                 << "" << L({});
    row("oss STS V4 with token") << "oss-token"
                                 << "GET"
                                 << "" << cat << "v4"
                                 << "STS.EXAMPLETEMPKEY" << L({}) << 200 << ""
                                 << "" << L({});
    row("oss STS V1 URL with token") << "oss-token"
                                     << "GET"
                                     << "" << cat << "v1-url"
                                     << "STS.EXAMPLETEMPKEY" << L({}) << 200 << ""
                                     << "" << L({});
    row("oss STS V4 URL with token") << "oss-token"
                                     << "GET"
                                     << "" << cat << "v4-url"
                                     << "STS.EXAMPLETEMPKEY" << L({}) << 200 << ""
                                     << "" << L({});
    row("oss STS without token") << "oss-token"
                                 << "GET"
                                 << "" << cat << "v1"
                                 << "STS.EXAMPLETEMPKEY" << L({ "no-token" }) << 403 << "InvalidSecurityToken"
                                 << "The security token you provided is invalid." << L({});
    row("oss STS other key's token") << "oss-token"
                                     << "GET"
                                     << "" << cat << "v4"
                                     << "STS.EXAMPLETEMPKEY" << L({ "token=example-other-oss-token-not-real" }) << 403
                                     << "AccessKeyIdAndSecurityTokenNotMatch"
                                     << "" << L({});
}

void TestStoreEmulator::requests()
{
    QFETCH(QString, scenario);
    QFETCH(QString, method);
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, auth);
    QFETCH(QString, keyId);
    QFETCH(QStringList, options);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QStringList, checks);

    EmulatorScenario loaded;
    QString error;
    QVERIFY2(EmulatorScenario::load(
                 QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/") + scenario + QStringLiteral(".json"), &loaded, &error),
        qPrintable(error));
    StoreEmulator emulator(loaded);
    QVERIFY(emulator.listen());
    const bool cos = loaded.provider == Provider::Cos;
    if (host.isEmpty())
        host = cos ? kCosHost : kOssHost;

    HeaderList headers;
    Secrets secrets = secretsOf(loaded, keyId);
    qint64 shift = 0;
    qint64 expires = 900;
    QString region = loaded.region;
    for (const QString &option : std::as_const(options)) {
        if (option.startsWith(QLatin1String("H:")))
            headers.append({ option.mid(2).section(u':', 0, 0), option.mid(2).section(u':', 1).trimmed() });
        else if (option == QLatin1String("wrong-secret"))
            secrets.secret += QStringLiteral("-wrong");
        else if (option == QLatin1String("no-token"))
            secrets.token.clear();
        else if (option.startsWith(QLatin1String("token=")))
            secrets.token = option.mid(6);
        else if (option.startsWith(QLatin1String("shift=")))
            shift = option.mid(6).toLongLong();
        else if (option.startsWith(QLatin1String("expires=")))
            expires = option.mid(8).toLongLong();
        else if (option.startsWith(QLatin1String("region=")))
            region = option.mid(7);
    }
    const QByteArray body = method == QLatin1String("PUT") ? QByteArrayLiteral("probe body") : QByteArray();

    QString sentPath = path;
    if (auth != QLatin1String("none")) {
        SignRequest request;
        QVERIFY(SignRequest::fromUrl(method, QStringLiteral("http://") + host + path, headers, &request, &error));
        request.scheme = QStringLiteral("http");
        request.accessKeyId = keyId;
        request.secretKey = secrets.secret;
        request.securityToken = secrets.token;
        request.region = region;
        request.time = QDateTime::currentDateTimeUtc().addSecs(shift);
        request.expires = expires;
        request.presign = auth.endsWith(QLatin1String("-url"));
        SignResult signature;
        if (auth.startsWith(QLatin1String("cos")))
            signature = CosSigner::sign(request);
        else if (auth.startsWith(QLatin1String("v1")))
            signature = OssV1Signer::sign(request);
        else
            signature = OssV4Signer::sign(request);
        QVERIFY2(signature.ok, qPrintable(signature.error));
        if (request.presign) {
            const QString prefix = QStringLiteral("http://") + host;
            QVERIFY(signature.url.startsWith(prefix));
            sentPath = signature.url.mid(prefix.size());
        } else {
            headers = signature.headers;
        }
    }
    if (options.contains(QStringLiteral("tamper-header"))) {
        for (auto &[name, value] : headers) {
            if (name.contains(QLatin1String("-meta-")))
                value += QStringLiteral("-changed");
        }
    }
    if (options.contains(QStringLiteral("tamper-path")))
        sentPath.replace(QStringLiteral("cat.jpg"), QStringLiteral("cat.JPG"));
    if (options.contains(QStringLiteral("tamper-query")))
        sentPath.replace(QStringLiteral("image%2Fpng"), QStringLiteral("text%2Fhtml"));

    const Reply reply = send(emulator, method, host, sentPath, headers, body);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty() || !message.isEmpty()) {
        const ErrorXml xml = ErrorXmlReader::read(QString::fromUtf8(reply.body));
        QVERIFY2(xml.found, reply.body.constData());
        if (!code.isEmpty())
            QCOMPARE(xml.field(u"Code"), code);
        if (!message.isEmpty())
            QCOMPARE(xml.field(u"Message"), message);
        if (!cos)
            QCOMPARE(reply.header(QStringLiteral("x-oss-ec")), xml.field(u"EC"));
    }
    QVERIFY(reply.hasHeader(QStringLiteral("Date")));
    QCOMPARE(reply.header(QStringLiteral("Server")), cos ? QStringLiteral("tencent-cos") : QStringLiteral("AliyunOSS"));
    for (const QString &check : std::as_const(checks)) {
        if (check.startsWith(QLatin1String("body~"))) {
            QVERIFY2(QString::fromUtf8(reply.body).contains(check.mid(5)),
                qPrintable(check + QStringLiteral(" in ") + QString::fromUtf8(reply.body)));
        } else if (check == QLatin1String("body=")) {
            QVERIFY2(reply.body.isEmpty(), reply.body.constData());
        } else if (check.startsWith(QLatin1String("clock="))) {
            const QDateTime date = UtcTime::parse(reply.header(QStringLiteral("Date")));
            QVERIFY(date.isValid());
            const qint64 offset = QDateTime::currentDateTimeUtc().secsTo(date);
            QVERIFY2(qAbs(offset - check.mid(6).toLongLong()) < 60, qPrintable(QString::number(offset)));
        } else if (check.startsWith(u'!')) {
            QVERIFY2(!reply.hasHeader(check.mid(1)), qPrintable(check));
        } else if (check.contains(u'~')) {
            QVERIFY2(reply.header(check.section(u'~', 0, 0)).contains(check.section(u'~', 1)),
                qPrintable(check + QStringLiteral(" got ") + reply.header(check.section(u'~', 0, 0))));
        } else if (check.contains(u'=')) {
            QCOMPARE(reply.header(check.section(u'=', 0, 0)), check.section(u'=', 1));
        } else {
            QVERIFY2(reply.hasHeader(check), qPrintable(check));
        }
    }
}

void TestStoreEmulator::writeProbe()
{
    for (const QString &name : { QStringLiteral("cos-healthy"), QStringLiteral("oss-healthy") }) {
        EmulatorScenario scenario;
        QString error;
        QVERIFY(EmulatorScenario::load(
            QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/") + name + QStringLiteral(".json"), &scenario, &error));
        StoreEmulator emulator(scenario);
        QVERIFY(emulator.listen());
        const bool cos = scenario.provider == Provider::Cos;
        const QString host = cos ? kCosHost : kOssHost;
        const auto signedRequest = [&](const QString &method, const QByteArray &body) {
            SignRequest request;
            HeaderList headers;
            if (method == QLatin1String("PUT"))
                headers.append({ QStringLiteral("Content-Type"), QStringLiteral("text/plain") });
            QString ignored;
            SignRequest::fromUrl(
                method, QStringLiteral("http://") + host + QStringLiteral("/probe/write.txt"), headers, &request, &ignored);
            request.accessKeyId = scenario.keys.first().id;
            request.secretKey = scenario.keys.first().secret;
            request.region = scenario.region;
            request.time = QDateTime::currentDateTimeUtc();
            const SignResult signature = cos ? CosSigner::sign(request) : OssV4Signer::sign(request);
            return send(emulator, method, host, QStringLiteral("/probe/write.txt"), signature.headers, body);
        };
        QCOMPARE(signedRequest(QStringLiteral("GET"), {}).status, 404);
        QCOMPARE(signedRequest(QStringLiteral("PUT"), "written by the probe").status, 200);
        const Reply read = signedRequest(QStringLiteral("GET"), {});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, QByteArray("written by the probe"));
        QCOMPARE(signedRequest(QStringLiteral("DELETE"), {}).status, 204);
        QCOMPARE(signedRequest(QStringLiteral("GET"), {}).status, 404);
    }
}

void TestStoreEmulator::keepAliveAndPipelining()
{
    EmulatorScenario scenario;
    QString error;
    QVERIFY(EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/oss-public-read.json"), &scenario, &error));
    StoreEmulator emulator(scenario);
    QVERIFY(emulator.listen());
    // The server runs in this thread: read through the event loop, never with blocking waits.
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // Two requests in one write: both must be answered, in order, on the same connection.
    socket.write("HEAD /photos/cat.jpg HTTP/1.1\r\nHost: " + kOssHost.toUtf8()
        + "\r\n\r\n"
          "GET /photos/cat.jpg HTTP/1.1\r\nHost: "
        + kOssHost.toUtf8() + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("not really a jpeg"), 5000);
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(received.contains("Connection: keep-alive"));
    QCOMPARE(received.count("not really a jpeg"), 1); // HEAD has no body
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(emulator.requestCount(), 2);
}

void TestStoreEmulator::malformedRequestGets400()
{
    EmulatorScenario scenario;
    QString error;
    QVERIFY(EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/cos-healthy.json"), &scenario, &error));
    StoreEmulator emulator(scenario);
    QVERIFY(emulator.listen());
    for (const QByteArray &garbage : { QByteArray("NOT HTTP AT ALL\r\n\r\n"), QByteArray("GET nopath HTTP/1.1\r\n\r\n"),
             QByteArray("PUT /a HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
             QByteArray("GET /a HTTP/1.1\r\nno colon here\r\n\r\n") }) {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, emulator.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(garbage);
        // The server closes the connection after a 400.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(received.startsWith("HTTP/1.1 400 "), received.constData());
        QVERIFY(received.contains("\r\nServer: tencent-cos\r\n"));
        QVERIFY(received.contains("<Code>InvalidRequest</Code>"));
    }
    // The server is still alive afterwards.
    const Reply reply = send(emulator, QStringLiteral("GET"), kCosHost, QStringLiteral("/photos/cat.jpg"), {});
    QCOMPARE(reply.status, 403);
}

void TestStoreEmulator::delayIsApplied()
{
    EmulatorScenario scenario;
    QString error;
    QVERIFY(EmulatorScenario::load(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR "/oss-public-read.json"), &scenario, &error));
    scenario.delayMs = 150;
    StoreEmulator emulator(scenario);
    emulator.setExtraDelayMs(150);
    QVERIFY(emulator.listen());
    QElapsedTimer timer;
    timer.start();
    const Reply reply = send(emulator, QStringLiteral("GET"), kOssHost, QStringLiteral("/photos/cat.jpg"), {});
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestStoreEmulator::scenariosLoad()
{
    const QDir dir(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") });
    QVERIFY(files.size() >= 11);
    for (const QString &file : files) {
        EmulatorScenario scenario;
        QString error;
        QVERIFY2(EmulatorScenario::load(dir.filePath(file), &scenario, &error), qPrintable(file + QStringLiteral(": ") + error));
        QVERIFY2(!scenario.description.isEmpty(), qPrintable(file));
    }
    EmulatorScenario scenario;
    QString error;
    QVERIFY(!EmulatorScenario::fromJson("{\"provider\":\"s3\",\"bucket\":\"b\"}", &scenario, &error));
    QVERIFY(!EmulatorScenario::fromJson("not json", &scenario, &error));
}

// The emulator answers from each scenario's own table (EmulatorOracle), never from core's evaluators;
// its GET ?cors / ?referer / ?policy serve the provider's configuration. Here core's evaluators read
// that configuration and must reach, for every probe, the decision the scenario's author wrote down:
// when core misreads a provider's rules, this fails (and so do the live checks against the emulator).
void TestStoreEmulator::coreReadsEveryScenarioAsItsTableStates()
{
    const QDir dir(QStringLiteral(BUCKETDOCTOR_SCENARIO_DIR));
    QStringList disagreements;
    int compared = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.json")})) {
        EmulatorScenario s;
        QString error;
        QVERIFY2(EmulatorScenario::load(dir.filePath(file), &s, &error), qPrintable(error));
        const bool cos = s.provider == Provider::Cos;
        if (!s.corsXml.isEmpty()) {
            for (const QString &origin : {QStringLiteral("https://app.example.com"), QStringLiteral("https://other.example.org"),
                                          QStringLiteral("https://evil.example.net")}) {
                for (const QString &method : {QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("HEAD"), QStringLiteral("DELETE")}) {
                    for (const QStringList &headers : {QStringList(), QStringList{QStringLiteral("content-type")}}) {
                        const bool core = CorsEvaluator::evaluate(s.provider, s.corsXml, CorsRequest{origin, method, headers, true}).allowed();
                        const bool table = s.oracle.cors(origin, method, headers) != nullptr;
                        ++compared;
                        if (core != table)
                            disagreements << QStringLiteral("%1 cors %2 %3 %4: core %5").arg(file, origin, method, headers.join(u',')).arg(core);
                    }
                }
            }
        }
        if (!s.refererXml.isEmpty()) {
            for (const QString &referer : {QString(), QStringLiteral("https://www.example.com/gallery.html"), QStringLiteral("https://app.example.com/"),
                                           QStringLiteral("https://evil.example.net/"), QStringLiteral("https://www.partner-site.net/a.html")}) {
                const RefererVerdict v = RefererEvaluator::evaluate(s.provider, s.refererXml, RefererRequest{referer, RefererRequest::Auth::Anonymous});
                const EmulatorOracle::RefererRow *row = s.oracle.referer(referer);
                const bool tableDenies = row && !row->allow;
                ++compared;
                if ((v.decision == RefererVerdict::Decision::Denied) != tableDenies)
                    disagreements << QStringLiteral("%1 referer '%2': core %3").arg(file, referer, RefererVerdict::decisionId(v.decision));
            }
        }
        if (!s.policyJson.isEmpty()) {
            const QStringList objectActions = cos ? QStringList{QStringLiteral("GetObject"), QStringLiteral("HeadObject"), QStringLiteral("PutObject"),
                                                                QStringLiteral("DeleteObject")}
                                                  : QStringList{QStringLiteral("GetObject"), QStringLiteral("PutObject"), QStringLiteral("DeleteObject")};
            const QStringList bucketActions = cos ? QStringList{QStringLiteral("GetBucketCORS"), QStringLiteral("GetBucketReferer"),
                                                                QStringLiteral("GetBucketACL"), QStringLiteral("GetBucketPolicy")}
                                                  : QStringList{QStringLiteral("GetBucketCors"), QStringLiteral("GetBucketReferer"),
                                                                QStringLiteral("GetBucketAcl"), QStringLiteral("GetBucketPolicy")};
            const QString bucketResource = cos ? QStringLiteral("qcs::cos:%1:uid/%2:%3/").arg(s.region, s.appId, s.bucket)
                                               : QStringLiteral("acs:oss:*:%1:%2").arg(s.ownerId, s.bucket);
            for (const EmulatorKey &key : s.keys) {
                for (const QString &action : objectActions + bucketActions) {
                    PolicyRequest request;
                    request.principal = cos ? QStringLiteral("qcs::cam::uin/%1:uin/%2").arg(s.ownerId, key.uin) : key.uin;
                    request.isBucketOwner = key.owner;
                    request.action = (cos ? QStringLiteral("name/cos:") : QStringLiteral("oss:")) + action;
                    request.resource = bucketActions.contains(action) ? bucketResource
                                                                      : bucketResource + (cos ? QString() : QStringLiteral("/")) + QStringLiteral("photos/cat.jpg");
                    const PolicyDecision core = PolicyEvaluator::evaluate(s.provider, s.policyJson, request).decision;
                    const EmulatorOracle::PolicyEffect table = s.oracle.policy(key.uin, action);
                    const bool agree = (table == EmulatorOracle::PolicyEffect::Deny) == (core == PolicyDecision::ExplicitDeny)
                        && (table == EmulatorOracle::PolicyEffect::Allow) == (core == PolicyDecision::Allow);
                    ++compared;
                    if (!agree)
                        disagreements << QStringLiteral("%1 policy %2 %3: core %4").arg(file, key.id, action).arg(int(core));
                }
            }
        }
    }
    QVERIFY(compared > 300);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
}

// The table itself: exact strings, first row wins, "*" for anything else, deny over allow.
void TestStoreEmulator::oracleTablesDecide()
{
    EmulatorOracle oracle;
    QString error;
    const QByteArray json = R"({"cors":[{"origin":"https://a.example","methods":["PUT"],"headers":["content-type"]},{"origin":"*","methods":["GET"],"headers":["*"]}],
        "referer":[{"host":"","decision":"deny"},{"host":"good.example","decision":"allow"},{"host":"*","decision":"deny","ec":"0003-00000503"}],
        "policy":[{"principal":"7","actions":["GetObject","PutObject"],"effect":"allow"},{"principal":"*","actions":["PutObject"],"effect":"deny"}]})";
    QVERIFY2(oracle.read(QJsonDocument::fromJson(json).object(), &error), qPrintable(error));
    QVERIFY(oracle.cors(QStringLiteral("https://a.example"), QStringLiteral("PUT"), {QStringLiteral("Content-Type")}));
    QVERIFY(!oracle.cors(QStringLiteral("https://a.example"), QStringLiteral("PUT"), {QStringLiteral("x-amz-date")}));
    QVERIFY(!oracle.cors(QStringLiteral("https://a.example.org"), QStringLiteral("PUT"), {}));
    QVERIFY(oracle.cors(QStringLiteral("https://b.example"), QStringLiteral("GET"), {QStringLiteral("x-anything")}));
    QVERIFY(!oracle.referer(QString())->allow);
    QVERIFY(oracle.referer(QStringLiteral("https://good.example/page.html"))->allow);
    QCOMPARE(oracle.referer(QStringLiteral("https://bad.example/"))->ec, QStringLiteral("0003-00000503"));
    QCOMPARE(oracle.policy(QStringLiteral("7"), QStringLiteral("GetObject")), EmulatorOracle::PolicyEffect::Allow);
    QCOMPARE(oracle.policy(QStringLiteral("7"), QStringLiteral("PutObject")), EmulatorOracle::PolicyEffect::Deny);
    QCOMPARE(oracle.policy(QString(), QStringLiteral("GetObject")), EmulatorOracle::PolicyEffect::None);
    QVERIFY(!oracle.read(QJsonDocument::fromJson(R"({"referer":[{"host":"x","decision":"maybe"}]})").object(), &error));
    // A scenario serving a configuration without its table does not load.
    EmulatorScenario scenario;
    QVERIFY(!EmulatorScenario::fromJson(R"({"provider":"cos","bucket":"b-1250000000","cors":{"rules":[]}})", &scenario, &error));
}

QTEST_GUILESS_MAIN(TestStoreEmulator)
#include "TestStoreEmulator.moc"
