// Every live check against a loopback server that answers by request (RoutedHttpServer), with the
// providers' real error bodies and headers (providers.md §3, §4, §6–§9). Each row runs one check
// through a CheckRunner (so the summary and evidence are filled as in the app), beside stub checks
// standing in for the ones it depends on, and asserts its status, reason and key facts; signed
// requests must carry the provider's Authorization header, and no secret may reach the result.
#include "text/CheckText.h"
#include "checks/bucket/AclCheck.h"
#include "checks/bucket/CorsCheck.h"
#include "checks/bucket/EncryptionCheck.h"
#include "checks/bucket/EndpointCheck.h"
#include "checks/bucket/KeyCheck.h"
#include "checks/bucket/ObjectCheck.h"
#include "checks/bucket/PolicyCheck.h"
#include "checks/bucket/RefererCheck.h"
#include "checks/bucket/WriteProbeCheck.h"
#include "checks/CheckRunner.h"
#include "checks/CheckTarget.h"
#include "checks/PendingCleanups.h"
#include "checks/SignedRequest.h"
#include "servers/RoutedHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

using Route = RoutedHttpServer::Route;
using Status = CheckResult::Status;

const QString kBucket = QStringLiteral("examplebucket-1250000000");
const QString kObject = QStringLiteral("photos/a.jpg");
const QString kKeyId = QStringLiteral("AKIDEXAMPLEKEYID0001");
const QString kSecret = QStringLiteral("SecretKeyThatMustNeverLeak0123456789abcd");
const QString kToken = QStringLiteral("SessionTokenThatMustNeverLeakXYZ0123456789");

// What a row sets up: the provider, the server's routes, the inputs, and the results of the checks
// the tested one depends on (run as stubs).
struct Scenario {
    QString provider = QStringLiteral("cos");
    QList<Route> routes;
    QString objectKey = kObject;
    QString region;
    QString referer;
    QString origin;
    QString requestMethod;
    QStringList requestHeaders;
    QString token;
    bool withKey = true;
    bool refused = false; // the endpoint is a port nothing listens on
    int ossSignatureVersion = 4;
    bool noRegion = false; // OSS: leave the region out, so V4 cannot sign
    QList<CheckResult> earlier;
};

// Which of the requests a check sends must be signed.
enum class Signing { None, All, ConfigRead };

// A finished check with a fixed result, standing in for a dependency.
class StubCheck : public LiveCheck
{
public:
    explicit StubCheck(CheckResult result)
        : m_result(std::move(result))
    {
    }
    QString id() const override { return m_result.id; }
    QList<PlannedRequest> plannedRequests(const CheckContext &) const override { return {}; }
    void start(const CheckContext &, const QHash<QString, CheckResult> &) override
    {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
    }
    void cancel() override { }

private:
    CheckResult m_result;
};

Route on(const char *method, const char *target, const QByteArray &response)
{
    return {QByteArray(method), QByteArray(target), {}, true, response};
}

Route onHeader(const char *method, const char *target, const char *header, bool present, const QByteArray &response)
{
    return {QByteArray(method), QByteArray(target), QByteArray(header), present, response};
}

QByteArray xml(int status, const QByteArray &phrase, const QByteArray &body, const QList<QByteArray> &headers = {})
{
    return RoutedHttpServer::xmlAnswer(status, phrase, body, headers);
}

QByteArray plain(int status, const QByteArray &phrase, const QByteArray &body = {}, const QList<QByteArray> &headers = {})
{
    return RoutedHttpServer::answer(status, phrase, body, headers);
}

// A HEAD answer: headers only, no body (providers answer HEAD errors without one).
QByteArray head(int status, const QByteArray &phrase, const QList<QByteArray> &headers = {})
{
    return RoutedHttpServer::answer(status, phrase, {}, QList<QByteArray>{"Content-Length: 1024"} + headers);
}

QByteArray cosError(const QByteArray &code, const QByteArray &message)
{
    return "<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>" + code + "</Code><Message>" + message
        + "</Message><Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/photos/a.jpg</Resource>"
          "<RequestId>NjU2ZjI4ZTdfYjI1ODJi</RequestId><TraceId>OGVmYzZiMmQ3YjA2OWNh</TraceId></Error>";
}

QByteArray ossError(const QByteArray &code, const QByteArray &message, const QByteArray &ec, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
        + "</Message><RequestId>57ABD896CCB80C366955****</RequestId><HostId>examplebucket.oss-cn-hangzhou.aliyuncs.com</HostId>" + extra
        + "<EC>" + ec + "</EC><RecommendDoc>https://api.aliyun.com/troubleshoot?q=" + ec + "</RecommendDoc></Error>";
}

QByteArray s3Error(const QByteArray &code, const QByteArray &message, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message + "</Message>" + extra
        + "<RequestId>4442587FB7D0A2F9</RequestId><HostId>vVbXKsOTeoqXxNrA2Qm3X5ZCUMBkHh3Mg=</HostId></Error>";
}

const QList<QByteArray> cosHeaders{"Server: tencent-cos", "x-cos-request-id: NjU2ZjI4ZTdfYjI1ODJi"};
const QList<QByteArray> ossHeaders{"Server: AliyunOSS", "x-oss-request-id: 57ABD896CCB80C366955****"};
const QList<QByteArray> s3Headers{"Server: AmazonS3", "x-amz-request-id: 4442587FB7D0A2F9"};

CheckResult stub(const QString &id, Status status, const QString &reason, const QList<QPair<QString, QString>> &facts = {})
{
    CheckResult r;
    r.id = id;
    r.status = status;
    r.reason = reason;
    r.facts = facts;
    return r;
}

CheckResult byId(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results) {
        if (r.id == id)
            return r;
    }
    return {};
}

// "name=value": a fact with that value; "name": the fact is there; "!name": it is not.
QString factsMismatch(const CheckResult &result, const QStringList &expected)
{
    QStringList wrong;
    for (const QString &e : expected) {
        const bool absent = e.startsWith(u'!');
        const QString name = (absent ? e.mid(1) : e).section(u'=', 0, 0);
        const bool withValue = !absent && e.contains(u'=');
        const QString value = e.section(u'=', 1);
        bool found = false;
        for (const auto &[n, v] : result.facts) {
            if (n == name && (!withValue || v == value))
                found = true;
        }
        if (found == absent)
            wrong << e;
    }
    if (wrong.isEmpty())
        return {};
    QStringList seen;
    for (const auto &[n, v] : result.facts)
        seen << n + u'=' + v;
    return QStringLiteral("expected facts %1 not met; facts: %2").arg(wrong.join(u", "), seen.join(u", "));
}

QString statusId(int status)
{
    return CheckResult::statusId(Status(status));
}

// Everything of a result a report may show.
QString shown(const CheckResult &r)
{
    QString all = CheckText::summary(r) + u'\n' + CheckText::evidence(r).join(u'\n') + u'\n' + r.transcript.join(u'\n');
    for (const auto &[n, v] : r.facts)
        all += u'\n' + n + u'=' + v;
    return all;
}

QString expectedAuthorization(const QString &provider, int ossVersion)
{
    if (provider == QLatin1String("cos"))
        return QStringLiteral("q-sign-algorithm=sha1");
    if (provider == QLatin1String("oss") && ossVersion == 1)
        return QStringLiteral("OSS ") + kKeyId + u':';
    if (provider == QLatin1String("oss")) // V4 by default (LiveCheck.h)
        return QStringLiteral("OSS4-HMAC-SHA256 Credential=") + kKeyId + u'/';
    return QStringLiteral("AWS4-HMAC-SHA256 Credential=") + kKeyId + u'/';
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestLiveChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPortIsSignedAsSent_data();
    void defaultPortIsSignedAsSent();
    void key_data();
    void key();
    void acl_data();
    void acl();
    void policy_data();
    void policy();
    void referer_data();
    void referer();
    void object_data();
    void object();
    void encryption_data();
    void encryption();
    void endpoint_data();
    void endpoint();
    void corsRules_data();
    void corsRules();
    void writeProbe_data();
    void writeProbe();
    void writeProbeNotOptedIn();
    void writeProbeCancelledStillDeletes();
    void writeProbeDestroyedStillDeletes();

private:
    static void addColumns();
    // Runs the row's scenario with `check` and asserts the common expectations. Fills `server`
    // requests into `requests` and the result into `out` for the caller's own asserts.
    void runRow(std::unique_ptr<LiveCheck> check, Signing signing, const QByteArray &configTarget, CheckResult *out,
                QList<RoutedHttpServer::Request> *requests);
};

void TestLiveChecks::addColumns()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("facts");
}

void TestLiveChecks::runRow(std::unique_ptr<LiveCheck> check, Signing signing, const QByteArray &configTarget, CheckResult *out,
                            QList<RoutedHttpServer::Request> *requests)
{
    QFETCH(Scenario, scenario);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QStringList, facts);

    RoutedHttpServer server;
    QVERIFY(server.isListening());
    server.addRoutes(scenario.routes);
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);

    CheckContext context;
    context.network = &nam;
    context.provider = scenario.provider;
    context.endpoint = server.endpoint();
    if (scenario.refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        context.endpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close(); // the port was free a moment ago and nothing listens on it now
    }
    context.bucket = kBucket;
    context.objectKey = scenario.objectKey;
    context.region = scenario.region;
    // OSS signs with V4, which names the region: a loopback endpoint has none of its own.
    if (context.region.isEmpty() && scenario.provider == QLatin1String("oss") && !scenario.noRegion)
        context.region = QStringLiteral("cn-hangzhou");
    context.ossSignatureVersion = scenario.ossSignatureVersion;
    context.pathStyle = true;
    if (scenario.withKey) {
        context.accessKeyId = kKeyId;
        context.secretKey = kSecret;
    }
    context.securityToken = scenario.token;
    context.referer = scenario.referer;
    context.origin = scenario.origin;
    context.requestMethod = scenario.requestMethod;
    context.requestHeaders = scenario.requestHeaders;
    context.requestTimeoutMs = 3000;
    context.checkTimeoutMs = 6000;

    const QString id = check->id();
    CheckRunner runner;
    runner.add(std::move(check));
    for (const CheckResult &e : std::as_const(scenario.earlier))
        runner.add(std::make_unique<StubCheck>(e));
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    QVERIFY(runner.run(context));
    QVERIFY(!done.isEmpty() || done.wait(8000));
    const CheckResult result = byId(runner.results(), id);
    *out = result;
    *requests = server.requests;

    QCOMPARE(result.id, id);
    QCOMPARE(CheckResult::statusId(result.status), statusId(status));
    QCOMPARE(result.reason, reason);
    const QString mismatch = factsMismatch(result, facts);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY2(!CheckText::summary(result).isEmpty(), "every result has a summary in words");
    // A check that cannot run for lack of input (or of the feature) sends nothing at all.
    if ((result.status == Status::Skipped && result.reason != QLatin1String("not_implemented"))
        || result.reason == QLatin1String("oss_v4_needs_region"))
        QVERIFY2(server.requests.isEmpty(), "a check that could not run sent requests");

    // Secrets never reach what a report shows; transcripts are redacted by the probes.
    const QString text = shown(result);
    QVERIFY2(!text.contains(kSecret), qPrintable(text));
    QVERIFY2(!text.contains(kToken), qPrintable(text));

    const QString authorization = expectedAuthorization(scenario.provider, scenario.ossSignatureVersion);
    const QByteArray tokenHeader = CheckTarget::headerPrefix(context) + "security-token";
    for (const RoutedHttpServer::Request &r : std::as_const(server.requests)) {
        QVERIFY2(!r.head.contains(kSecret.toLatin1()), r.head.constData());
        const bool mustSign = signing == Signing::All || (signing == Signing::ConfigRead && r.target.contains(configTarget));
        const QString sent = QString::fromLatin1(r.header("Authorization"));
        if (!mustSign) {
            QVERIFY2(sent.isEmpty(), r.head.constData());
            continue;
        }
        QVERIFY2(sent.contains(authorization), r.head.constData());
        if (scenario.provider == QLatin1String("cos"))
            QVERIFY2(sent.contains(QStringLiteral("q-ak=") + kKeyId), r.head.constData());
        if (!scenario.token.isEmpty())
            QCOMPARE(QString::fromLatin1(r.header(tokenHeader)), scenario.token);
    }
}

// --- key -------------------------------------------------------------------------------------------

void TestLiveChecks::key_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &response, Status status, const char *reason,
                  const QStringList &facts, const std::function<void(Scenario &)> &tweak = {}) {
        Scenario s;
        s.provider = provider;
        s.routes = {on("GET", "", response)};
        if (tweak)
            tweak(s);
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("accepted, 206 on the one-byte range (cos)", cos,
        plain(206, "Partial Content", "h", QList<QByteArray>{"Content-Range: bytes 0-0/5"} + cosHeaders), Status::Pass, "accepted",
        {QStringLiteral("httpStatus=206"), QStringLiteral("requestId=NjU2ZjI4ZTdfYjI1ODJi")});
    row("accepted, 200 listing without an object (s3)", s3,
        xml(200, "OK", "<ListBucketResult><Name>examplebucket-1250000000</Name><MaxKeys>1</MaxKeys></ListBucketResult>", s3Headers),
        Status::Pass, "accepted", {QStringLiteral("httpStatus=200")}, [](Scenario &s) { s.objectKey.clear(); });
    row("accepted, 404 NoSuchKey (oss)", oss,
        xml(404, "Not Found", ossError("NoSuchKey", "The specified key does not exist.", "0026-00000001"), ossHeaders), Status::Pass,
        "accepted", {QStringLiteral("httpStatus=404"), QStringLiteral("code=NoSuchKey"), QStringLiteral("ec=0026-00000001")});
    row("accepted, OSS V1 when asked for (oss)", oss,
        xml(404, "Not Found", ossError("NoSuchKey", "The specified key does not exist.", "0026-00000001"), ossHeaders), Status::Pass,
        "accepted", {QStringLiteral("httpStatus=404")}, [](Scenario &s) { s.ossSignatureVersion = 1; });
    row("oss_v4_needs_region: nothing sent without a region (oss)", oss,
        xml(404, "Not Found", ossError("NoSuchKey", "The specified key does not exist.", "0026-00000001"), ossHeaders), Status::Error,
        "oss_v4_needs_region", {}, [](Scenario &s) { s.noRegion = true; });
    // Key states by code (issue 14): RGW's empty Message, OSS ECs whose message says nothing.
    row("account_disabled: UserSuspended, empty Message (s3, Ceph RGW)", s3,
        xml(403, "Forbidden", "<Error><Code>UserSuspended</Code><Message></Message><RequestId>tx0000-default</RequestId></Error>", s3Headers),
        Status::Fail, "account_disabled", {QStringLiteral("code=UserSuspended")});
    row("key_disabled by EC 0002-00000904 (oss)", oss,
        xml(403, "Forbidden", ossError("InvalidAccessKeyId", "The OSS Access Key Id you provided is invalid.", "0002-00000904"), ossHeaders),
        Status::Fail, "key_disabled", {QStringLiteral("ec=0002-00000904")});
    row("token_missing by EC 0002-00000003 (oss)", oss,
        xml(403, "Forbidden", ossError("InvalidAccessKeyId", "The OSS Access Key Id you provided does not exist in our records.", "0002-00000003"), ossHeaders),
        Status::Fail, "token_missing", {QStringLiteral("ec=0002-00000003")});
    row("accepted_denied, AccessDenied (cos)", cos, xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders),
        Status::Pass, "accepted_denied", {QStringLiteral("httpStatus=403"), QStringLiteral("code=AccessDenied")});
    row("accepted_denied, extended AccessDenied (s3)", s3,
        xml(403, "Forbidden",
            s3Error("AccessDenied",
                    "User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to perform: s3:GetObject on resource: "
                    "\"arn:aws:s3:::examplebucket-1250000000/photos/a.jpg\" because no identity-based policy allows the s3:GetObject action"),
            s3Headers),
        Status::Pass, "accepted_denied", {QStringLiteral("code=AccessDenied")});
    row("key_unknown, InvalidAccessKeyId (s3)", s3,
        xml(403, "Forbidden",
            s3Error("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.",
                    "<AWSAccessKeyId>AKIDEXAMPLEKEYID0001</AWSAccessKeyId>"),
            s3Headers),
        Status::Fail, "key_unknown", {QStringLiteral("code=InvalidAccessKeyId")});
    row("key_unknown, code in the Message (cos doc 40105)", cos,
        xml(403, "Forbidden", cosError("AccessDenied", "InvalidAccessKeyId"), cosHeaders), Status::Fail, "key_unknown",
        {QStringLiteral("code=AccessDenied"), QStringLiteral("message=InvalidAccessKeyId")});
    row("key_disabled (oss)", oss,
        xml(403, "Forbidden", ossError("InvalidAccessKeyId", "The OSS Access Key Id you provided is disabled.", "0002-00000902"),
            ossHeaders),
        Status::Fail, "key_disabled", {QStringLiteral("code=InvalidAccessKeyId"), QStringLiteral("ec=0002-00000902")});
    row("signature_mismatch (oss, with StringToSign)", oss,
        xml(403, "Forbidden",
            ossError("SignatureDoesNotMatch",
                     "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
                     "0002-00000040",
                     "<OSSAccessKeyId>AKIDEXAMPLEKEYID0001</OSSAccessKeyId><SignatureProvided>tPN3LTAI****</SignatureProvided>"
                     "<StringToSign>GET\n\n\nTue, 23 May 2023 15:24:55 GMT\n/examplebucket-1250000000/photos/a.jpg</StringToSign>"),
            ossHeaders),
        Status::Fail, "signature_mismatch", {QStringLiteral("code=SignatureDoesNotMatch"), QStringLiteral("ec=0002-00000040")});
    row("signature_mismatch (cos)", cos,
        xml(403, "Forbidden", cosError("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided."),
            cosHeaders),
        Status::Fail, "signature_mismatch", {QStringLiteral("code=SignatureDoesNotMatch")});
    row("token_missing: InvalidSecurityToken, no token given (oss)", oss,
        xml(403, "Forbidden", ossError("InvalidSecurityToken", "The security token you provided is invalid.", "0002-00000007"), ossHeaders),
        Status::Fail, "token_missing", {QStringLiteral("code=InvalidSecurityToken")});
    row("token_invalid: InvalidSecurityToken, token given (oss)", oss,
        xml(403, "Forbidden", ossError("InvalidSecurityToken", "The security token you provided is invalid.", "0002-00000007"), ossHeaders),
        Status::Fail, "token_invalid", {QStringLiteral("code=InvalidSecurityToken")}, [](Scenario &s) { s.token = kToken; });
    row("token_invalid: ExpiredToken 400, token given (s3)", s3,
        xml(400, "Bad Request", s3Error("ExpiredToken", "The provided token has expired.", "<Token-0>" + kToken.toLatin1() + "</Token-0>"),
            s3Headers),
        Status::Fail, "token_invalid", {QStringLiteral("code=ExpiredToken")}, [](Scenario &s) { s.token = kToken; });
    row("token_missing: a 403 about the security token, no token given (cos)", cos,
        xml(403, "Forbidden", cosError("AccessDenied", "The security token you provided is required for this temporary key."), cosHeaders),
        Status::Fail, "token_missing", {QStringLiteral("code=AccessDenied")});
    row("token_invalid: AccessKeyIdAndSecurityTokenNotMatch, token given (oss)", oss,
        xml(403, "Forbidden",
            ossError("AccessKeyIdAndSecurityTokenNotMatch", "The AccessKeyId and the SecurityToken do not match.", "0002-00000011"),
            ossHeaders),
        Status::Fail, "token_invalid", {QStringLiteral("code=AccessKeyIdAndSecurityTokenNotMatch")},
        [](Scenario &s) { s.token = kToken; });
    row("clock_rejected: RequestTimeTooSkewed (s3)", s3,
        xml(403, "Forbidden",
            s3Error("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.",
                    "<RequestTime>Fri, 28 Apr 2017 07:01:06 GMT</RequestTime><ServerTime>2017-04-28T07:17:20Z</ServerTime>"
                    "<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"),
            s3Headers),
        Status::Fail, "clock_rejected", {QStringLiteral("code=RequestTimeTooSkewed")});
    row("clock_rejected: Request has expired (cos)", cos, xml(403, "Forbidden", cosError("AccessDenied", "Request has expired"), cosHeaders),
        Status::Fail, "clock_rejected", {QStringLiteral("code=AccessDenied"), QStringLiteral("message=Request has expired")});
    row("region_rejected: AuthorizationHeaderMalformed (s3)", s3,
        xml(400, "Bad Request",
            s3Error("AuthorizationHeaderMalformed",
                    "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-central-1'",
                    "<Region>eu-central-1</Region>"),
            s3Headers),
        Status::Fail, "region_rejected", {QStringLiteral("code=AuthorizationHeaderMalformed")});
    row("region_rejected: invalid signing region (oss V4)", oss,
        xml(400, "Bad Request", ossError("InvalidArgument", "Invalid signing region in Authorization header.", "0002-00000226"), ossHeaders),
        Status::Fail, "region_rejected", {QStringLiteral("code=InvalidArgument")});
    row("wrong_endpoint: AccessDenied naming the endpoint (oss)", oss,
        xml(403, "Forbidden",
            ossError("AccessDenied",
                     "The bucket you are attempting to access must be addressed using the specified endpoint. "
                     "Please send all future requests to this endpoint.",
                     "0003-00001403", "<Bucket>examplebucket-1250000000</Bucket><Endpoint>oss-cn-hangzhou.aliyuncs.com</Endpoint>"),
            ossHeaders),
        Status::Fail, "wrong_endpoint", {QStringLiteral("code=AccessDenied")});
    row("server_error: 503 (cos)", cos, plain(503, "Service Unavailable", "busy", QList<QByteArray>{"Retry-After: 1"} + cosHeaders),
        Status::Error, "server_error", {QStringLiteral("httpStatus=503")});
    row("server_error: 500 InternalError (s3)", s3,
        xml(500, "Internal Server Error", s3Error("InternalError", "We encountered an internal error. Please try again."), s3Headers),
        Status::Error, "server_error", {QStringLiteral("httpStatus=500"), QStringLiteral("code=InternalError")});
    row("connection_refused", cos, {}, Status::Error, "connection_refused", {}, [](Scenario &s) { s.refused = true; });
    row("signed at the server's time when the clock is off", cos, plain(206, "Partial Content", "h", cosHeaders), Status::Pass, "accepted",
        {QStringLiteral("signedWithOffsetMs=120000")}, [](Scenario &s) {
            s.earlier = {stub(QStringLiteral("time"), Status::Warn, QStringLiteral("drifting"), {{QStringLiteral("skewMs"), QStringLiteral("120000")}})};
        });
    row("no offset below 30 s of skew", cos, plain(206, "Partial Content", "h", cosHeaders), Status::Pass, "accepted",
        {QStringLiteral("!signedWithOffsetMs")}, [](Scenario &s) {
            s.earlier = {stub(QStringLiteral("time"), Status::Pass, QStringLiteral("in_sync"), {{QStringLiteral("skewMs"), QStringLiteral("2000")}})};
        });
    row("skipped without a key", cos, {}, Status::Skipped, "missing_input:access_key_id", {}, [](Scenario &s) { s.withKey = false; });
}

void TestLiveChecks::key()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<KeyCheck>(), Signing::All, {}, &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QFETCH(Scenario, scenario);
    if (result.status == Status::Skipped || scenario.refused || scenario.noRegion)
        return;
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    if (scenario.objectKey.isEmpty()) {
        QCOMPARE(requests.first().target, QByteArray("/examplebucket-1250000000/?max-keys=1"));
    } else {
        QCOMPARE(requests.first().target, QByteArray("/examplebucket-1250000000/photos/a.jpg"));
        QCOMPARE(requests.first().header("Range"), QByteArray("bytes=0-0"));
    }
}

// --- acl -------------------------------------------------------------------------------------------

void TestLiveChecks::acl_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &response, Status status, const char *reason,
                  const QStringList &facts, bool withKey = true) {
        Scenario s;
        s.provider = provider;
        s.withKey = withKey;
        s.routes = {on("GET", "?acl", response)};
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    const QByteArray owner = "qcs::cam::uin/100000000001:uin/100000000001";
    auto cosAcl = [&](const QByteArray &grants) {
        return "<AccessControlPolicy><Owner><ID>" + owner + "</ID><DisplayName>" + owner
            + "</DisplayName></Owner><AccessControlList>"
              "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\"><ID>"
            + owner + "</ID><DisplayName>" + owner + "</DisplayName></Grantee><Permission>FULL_CONTROL</Permission></Grant>" + grants
            + "</AccessControlList></AccessControlPolicy>";
    };
    auto s3Acl = [](const QByteArray &grants) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
               "<Owner><ID>79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be</ID></Owner><AccessControlList>"
               "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">"
               "<ID>79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>"
            + grants + "</AccessControlList></AccessControlPolicy>";
    };
    auto group = [](const QByteArray &uri, const QByteArray &permission) {
        return "<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\"><URI>" + uri
            + "</URI></Grantee><Permission>" + permission + "</Permission></Grant>";
    };
    auto ossAcl = [](const QByteArray &canned) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AccessControlPolicy><Owner><ID>0022012****</ID><DisplayName>user_example</DisplayName>"
               "</Owner><AccessControlList><Grant>"
            + canned + "</Grant></AccessControlList></AccessControlPolicy>";
    };
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("private, owner only (cos)", cos, xml(200, "OK", cosAcl({}), QList<QByteArray>{"x-cos-acl: private"} + cosHeaders), Status::Pass,
        "private",
        {QStringLiteral("cannedAcl=private"), QStringLiteral("everyoneRead=false"), QStringLiteral("everyoneWrite=false"),
         QStringLiteral("grant=") + QString::fromLatin1(owner) + QStringLiteral("=FULL_CONTROL")});
    row("public_read, AllUsers group (cos)", cos,
        xml(200, "OK", cosAcl(group("http://cam.qcloud.com/groups/global/AllUsers", "READ")), cosHeaders), Status::Pass, "public_read",
        {QStringLiteral("everyoneRead=true"), QStringLiteral("everyoneWrite=false"),
         QStringLiteral("grant=http://cam.qcloud.com/groups/global/AllUsers=READ")});
    row("public_read, qcs::cam::anyone (cos)", cos,
        xml(200, "OK",
            cosAcl("<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"CanonicalUser\">"
                   "<ID>qcs::cam::anyone:anyone</ID></Grantee><Permission>READ</Permission></Grant>"),
            cosHeaders),
        Status::Pass, "public_read", {QStringLiteral("everyoneRead=true")});
    row("public_read, AuthenticatedUsers (s3)", s3,
        xml(200, "OK", s3Acl(group("http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "READ")), s3Headers), Status::Pass,
        "public_read", {QStringLiteral("everyoneRead=true"), QStringLiteral("everyoneWrite=false")});
    row("public_write, AllUsers WRITE (s3)", s3, xml(200, "OK", s3Acl(group("http://acs.amazonaws.com/groups/global/AllUsers", "WRITE")), s3Headers),
        Status::Warn, "public_write", {QStringLiteral("everyoneWrite=true")});
    row("public_write, AllUsers FULL_CONTROL (cos)", cos,
        xml(200, "OK", cosAcl(group("http://cam.qcloud.com/groups/global/AllUsers", "FULL_CONTROL")), cosHeaders), Status::Warn,
        "public_write", {QStringLiteral("everyoneRead=true"), QStringLiteral("everyoneWrite=true")});
    row("private canned (oss)", oss, xml(200, "OK", ossAcl("private"), ossHeaders), Status::Pass, "private",
        {QStringLiteral("cannedAcl=private"), QStringLiteral("everyoneRead=false")});
    row("public-read canned (oss)", oss, xml(200, "OK", ossAcl("public-read"), ossHeaders), Status::Pass, "public_read",
        {QStringLiteral("cannedAcl=public-read"), QStringLiteral("everyoneRead=true"), QStringLiteral("everyoneWrite=false")});
    row("public-read-write canned (oss)", oss, xml(200, "OK", ossAcl("public-read-write"), ossHeaders), Status::Warn, "public_write",
        {QStringLiteral("cannedAcl=public-read-write"), QStringLiteral("everyoneWrite=true")});
    row("not_permitted 403 (cos)", cos, xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders), Status::Warn,
        "not_permitted", {QStringLiteral("code=AccessDenied"), QStringLiteral("httpStatus=403")});
    row("not_permitted 405 (s3)", s3, xml(405, "Method Not Allowed", s3Error("MethodNotAllowed", "The specified method is not allowed against this resource."), s3Headers),
        Status::Warn, "not_permitted", {QStringLiteral("httpStatus=405")});
    row("not_implemented 501 (s3-compatible)", s3,
        xml(501, "Not Implemented", s3Error("NotImplemented", "A header you provided implies functionality that is not implemented")),
        Status::Skipped, "not_implemented", {QStringLiteral("code=NotImplemented")});
    row("unreadable body", cos, xml(200, "OK", "<AccessControlPolicy><AccessControlList><Grant><Permission>READ", cosHeaders), Status::Error,
        "unreadable", {QStringLiteral("detail")});
    row("other error code (s3 NoSuchBucket)", s3, xml(404, "Not Found", s3Error("NoSuchBucket", "The specified bucket does not exist")),
        Status::Error, "NoSuchBucket", {QStringLiteral("code=NoSuchBucket")});
    row("skipped without a key", cos, {}, Status::Skipped, "missing_input:access_key_id", {}, false);
}

void TestLiveChecks::acl()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<AclCheck>(), Signing::All, {}, &result, &requests);
    if (QTest::currentTestFailed() || result.status == Status::Skipped)
        return;
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method + ' ' + requests.first().target, QByteArray("GET /examplebucket-1250000000/?acl"));
}

// --- policy ----------------------------------------------------------------------------------------

void TestLiveChecks::policy_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &response, Status status, const char *reason,
                  const QStringList &facts) {
        Scenario s;
        s.provider = provider;
        s.routes = {on("GET", "?policy", response)};
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    auto json = [](const QByteArray &body) { return plain(200, "OK", body, {"Content-Type: application/json"}); };
    auto s3Policy = [](const QByteArray &statements) { return R"({"Version":"2012-10-17","Statement":[)" + statements + "]}"; };
    const QByteArray s3PublicRead =
        R"({"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::examplebucket-1250000000/*"})";
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("no_policy: 404 NoSuchBucketPolicy (s3)", s3,
        xml(404, "Not Found", s3Error("NoSuchBucketPolicy", "The bucket policy does not exist", "<BucketName>examplebucket-1250000000</BucketName>")),
        Status::Pass, "no_policy", {QStringLiteral("code=NoSuchBucketPolicy")});
    row("explicit_deny for anonymous \"*\" (s3)", s3,
        json(s3Policy(R"({"Sid":"DenyEveryone","Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::examplebucket-1250000000/*"})")),
        Status::Fail, "explicit_deny",
        {QStringLiteral("deniedPrincipal=anonymous"), QStringLiteral("sid=DenyEveryone"), QStringLiteral("statementIndex=0"),
         QStringLiteral("statements=1")});
    row("explicit_deny for anyone (cos, lower-case keys)", cos,
        json(R"({"version":"2.0","statement":[{"principal":{"qcs":["qcs::cam::anyone:anyone"]},"effect":"deny",)"
             R"("action":["name/cos:GetObject"],"resource":["qcs::cos:ap-beijing:uid/1250000000:examplebucket-1250000000/*"]}]})"),
        Status::Fail, "explicit_deny", {QStringLiteral("deniedPrincipal=anonymous"), QStringLiteral("statementIndex=0")});
    row("explicit_deny for a named principal (s3)", s3,
        json(s3Policy(s3PublicRead + R"(,{"Sid":"NoBot","Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:user/deploy-bot"},)"
                                     R"("Action":"s3:*","Resource":"arn:aws:s3:::examplebucket-1250000000/*"})")),
        Status::Fail, "explicit_deny",
        {QStringLiteral("deniedPrincipal=arn:aws:iam::123456789012:user/deploy-bot"), QStringLiteral("sid=NoBot"),
         QStringLiteral("statementIndex=1"), QStringLiteral("statements=2")});
    row("network_condition on the source IP (s3)", s3,
        json(s3Policy(R"({"Sid":"Office","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::examplebucket-1250000000/*",)"
                      R"("Condition":{"IpAddress":{"aws:SourceIp":["203.0.113.0/24"]}}})")),
        Status::Warn, "network_condition", {QStringLiteral("conditionKey=aws:SourceIp")});
    // The common "deny unless from our network": the check cannot know the failing request's
    // address, so this is a warning naming the condition, never a definite deny.
    row("network_condition, deny unless our network (s3)", s3,
        json(s3Policy(R"({"Sid":"OurNetworkOnly","Effect":"Deny","Principal":"*","Action":"s3:*",)"
                      R"("Resource":["arn:aws:s3:::examplebucket-1250000000","arn:aws:s3:::examplebucket-1250000000/*"],)"
                      R"("Condition":{"NotIpAddress":{"aws:SourceIp":"192.0.2.0/24"}}})")),
        Status::Warn, "network_condition",
        {QStringLiteral("conditionKey=aws:SourceIp"), QStringLiteral("condition=NotIpAddress aws:SourceIp"), QStringLiteral("!deniedPrincipal")});
    row("network_condition on the VPC (oss)", oss,
        json(R"({"Version":"1","Statement":[{"Effect":"Allow","Action":["oss:GetObject"],"Principal":["20214760404935xxxx"],)"
             R"("Resource":["acs:oss:*:174649585760xxxx:examplebucket-1250000000/*"],)"
             R"("Condition":{"StringEquals":{"acs:SourceVpc":["vpc-t4nlw426y44rd3iq4****"]}}}]})"),
        Status::Warn, "network_condition", {QStringLiteral("conditionKey=acs:SourceVpc")});
    row("public_by_policy (s3)", s3, json(s3Policy(s3PublicRead)), Status::Pass, "public_by_policy", {QStringLiteral("statements=1")});
    row("no_deny: an Allow for one user only (s3)", s3,
        json(s3Policy(R"({"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/reader"},"Action":"s3:GetObject",)"
                      R"("Resource":"arn:aws:s3:::examplebucket-1250000000/*"})")),
        Status::Pass, "no_deny", {QStringLiteral("statements=1"), QStringLiteral("!deniedPrincipal")});
    row("invalid JSON", s3, json(R"({"Version":"2012-10-17","Statement":[{"Effect":)"), Status::Error, "invalid", {});
    row("not_permitted 403 (cos)", cos, xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders), Status::Warn,
        "not_permitted", {QStringLiteral("code=AccessDenied")});
    row("not_permitted 405, not the owner's account (s3)", s3,
        xml(405, "Method Not Allowed", s3Error("MethodNotAllowed", "The specified method is not allowed against this resource.")), Status::Warn,
        "not_permitted", {QStringLiteral("httpStatus=405")});
    row("not_implemented 501 (s3-compatible)", s3, plain(501, "Not Implemented"), Status::Skipped, "not_implemented",
        {QStringLiteral("httpStatus=501")});
    row("other error code (oss 500)", oss, xml(500, "Internal Server Error", ossError("InternalError", "Internal error.", "0001-00000001")),
        Status::Error, "InternalError", {QStringLiteral("code=InternalError")});
}

void TestLiveChecks::policy()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<PolicyCheck>(), Signing::All, {}, &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method + ' ' + requests.first().target, QByteArray("GET /examplebucket-1250000000/?policy"));
}

// --- referer ---------------------------------------------------------------------------------------

void TestLiveChecks::referer_data()
{
    addColumns();
    // The page's request with its Referer, the same request without one, and the rules.
    auto row = [](const char *name, const QString &provider, const QByteArray &withReferer, const QByteArray &withoutReferer,
                  const QByteArray &rules, Status status, const char *reason, const QStringList &facts,
                  const std::function<void(Scenario &)> &tweak = {}) {
        Scenario s;
        s.provider = provider;
        s.referer = QStringLiteral("https://evil.example.net/page.html");
        s.routes = {on("GET", "?referer", rules), onHeader("GET", "/photos/a.jpg", "Referer", true, withReferer),
                    onHeader("GET", "/photos/a.jpg", "Referer", false, withoutReferer)};
        if (tweak)
            tweak(s);
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    const QByteArray ok = plain(206, "Partial Content", "h", {"Content-Range: bytes 0-0/5"});
    const QByteArray cosRules = xml(200, "OK",
                                    "<RefererConfiguration><Status>Enabled</Status><RefererType>White-List</RefererType>"
                                    "<DomainList><Domain>*.example.com</Domain></DomainList>"
                                    "<EmptyReferConfiguration>Allow</EmptyReferConfiguration></RefererConfiguration>",
                                    cosHeaders);
    const QByteArray ossRules = xml(200, "OK",
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RefererConfiguration><AllowEmptyReferer>true</AllowEmptyReferer>"
                                    "<RefererList><Referer>https://*.example.com/*</Referer></RefererList></RefererConfiguration>",
                                    ossHeaders);
    const QByteArray cosRefused = xml(403, "Forbidden", cosError("AccessDenied", "You are denied by bucket referer rule"), cosHeaders);
    const QByteArray ossRefused =
        xml(403, "Forbidden", ossError("AccessDenied", "You are denied by bucket referer policy.", "0003-00000502"), ossHeaders);
    const QByteArray cosPrivate = xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders);
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    row("referer_denied, COS wording", cos, cosRefused, ok, cosRules, Status::Fail, "referer_denied",
        {QStringLiteral("withReferer=referer_denied"), QStringLiteral("withoutReferer=allowed"), QStringLiteral("rulesRead=yes"),
         QStringLiteral("ruleDecision=denied"), QStringLiteral("code=AccessDenied")});
    row("referer_denied, OSS wording", oss, ossRefused, ok, ossRules, Status::Fail, "referer_denied",
        {QStringLiteral("withReferer=referer_denied"), QStringLiteral("withoutReferer=allowed"), QStringLiteral("ruleDecision=denied"),
         QStringLiteral("ec=0003-00000502")});
    row("rules_deny: the live answer is a plain AccessDenied (cos)", cos, cosPrivate, cosPrivate, cosRules, Status::Fail, "rules_deny",
        {QStringLiteral("withReferer=denied"), QStringLiteral("withoutReferer=denied"), QStringLiteral("rulesRead=yes"),
         QStringLiteral("ruleDecision=denied")});
    row("allowed, rules agree (cos)", cos, ok, ok, cosRules, Status::Pass, "allowed",
        {QStringLiteral("withReferer=allowed"), QStringLiteral("withoutReferer=allowed"), QStringLiteral("ruleDecision=allowed"),
         QStringLiteral("rulesRead=yes")},
        [](Scenario &s) { s.referer = QStringLiteral("https://www.example.com/index.html"); });
    row("allowed, OSS rules agree", oss, ok, ok, ossRules, Status::Pass, "allowed", {QStringLiteral("ruleDecision=allowed")},
        [](Scenario &s) { s.referer = QStringLiteral("https://www.example.com/index.html"); });
    row("allowed without a key: no rules read (cos)", cos, ok, ok, {}, Status::Pass, "allowed",
        {QStringLiteral("withReferer=allowed"), QStringLiteral("!rulesRead"), QStringLiteral("!ruleDecision")},
        [](Scenario &s) { s.withKey = false; });
    row("no rules: 404 NoSuchRefererConfiguration (cos)", cos, ok, ok,
        xml(404, "Not Found", cosError("NoSuchRefererConfiguration", "The Referer configuration does not exist."), cosHeaders), Status::Pass,
        "allowed", {QStringLiteral("rulesRead=none")});
    row("rules not readable: 403 on ?referer (cos)", cos, cosRefused, ok, cosPrivate, Status::Fail, "referer_denied",
        {QStringLiteral("rulesRead=not_permitted"), QStringLiteral("!ruleDecision")});
    row("connection_refused", cos, {}, {}, {}, Status::Error, "connection_refused", {}, [](Scenario &s) { s.refused = true; });
    row("S3 has no referer feature: skipped", QStringLiteral("s3"), ok, ok, {}, Status::Skipped, "not_supported", {});
    // No Referer typed: only the request without one is sent, and it can confirm the empty-Referer
    // causes; getting through is a pass that says nothing about a page.
    const QByteArray cosRulesDenyEmpty = xml(200, "OK",
                                             "<RefererConfiguration><Status>Enabled</Status><RefererType>White-List</RefererType>"
                                             "<DomainList><Domain>*.example.com</Domain></DomainList>"
                                             "<EmptyReferConfiguration>Deny</EmptyReferConfiguration></RefererConfiguration>",
                                             cosHeaders);
    row("no referer typed: the empty Referer refused (cos)", cos, ok, cosRefused, cosRulesDenyEmpty, Status::Fail, "empty_referer_denied",
        {QStringLiteral("!withReferer"), QStringLiteral("withoutReferer=referer_denied"), QStringLiteral("ruleDecision=denied"),
         QStringLiteral("ruleReason=empty_referer_denied")},
        [](Scenario &s) { s.referer.clear(); });
    row("no referer typed: the empty Referer gets through (oss)", oss, ok, ok, ossRules, Status::Pass, "empty_referer_allowed",
        {QStringLiteral("!withReferer"), QStringLiteral("withoutReferer=allowed"), QStringLiteral("ruleDecision=allowed")},
        [](Scenario &s) { s.referer.clear(); });
}

void TestLiveChecks::referer()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<RefererCheck>(), Signing::ConfigRead, "?referer", &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QFETCH(Scenario, scenario);
    if (result.status == Status::Skipped || scenario.refused)
        return;
    // One GET with the page's Referer, one without, and the rules only with a key.
    int with = 0;
    int without = 0;
    int rules = 0;
    for (const RoutedHttpServer::Request &r : std::as_const(requests)) {
        if (r.target.endsWith("?referer")) {
            ++rules;
        } else {
            QCOMPARE(r.target, QByteArray("/examplebucket-1250000000/photos/a.jpg"));
            if (r.hasHeader("Referer")) {
                QCOMPARE(QString::fromLatin1(r.header("Referer")), scenario.referer);
                ++with;
            } else {
                ++without;
            }
        }
    }
    QCOMPARE(with, scenario.referer.isEmpty() ? 0 : 1);
    QCOMPARE(without, 1);
    QCOMPARE(rules, scenario.withKey ? 1 : 0);
}

// --- object ----------------------------------------------------------------------------------------

void TestLiveChecks::object_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &response, Status status, const char *reason,
                  const QStringList &facts, const std::function<void(Scenario &)> &tweak = {}) {
        Scenario s;
        s.provider = provider;
        s.routes = {on("HEAD", "/photos/a.jpg", response)};
        if (tweak)
            tweak(s);
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("COS ARCHIVE, no restore: archived", cos, head(200, "OK", QList<QByteArray>{"x-cos-storage-class: ARCHIVE"} + cosHeaders), Status::Fail,
        "archived", {QStringLiteral("storageClass=ARCHIVE"), QStringLiteral("!restore"), QStringLiteral("contentLength=1024")});
    row("COS ARCHIVE, restore ongoing: restoring", cos,
        head(200, "OK", {"x-cos-storage-class: ARCHIVE", "x-cos-restore: ongoing-request=\"true\""}), Status::Fail, "restoring",
        {QStringLiteral("storageClass=ARCHIVE"), QStringLiteral("restore=ongoing-request=\"true\"")});
    row("COS DEEP_ARCHIVE, restored", cos,
        head(200, "OK", {"x-cos-storage-class: DEEP_ARCHIVE", "x-cos-restore: ongoing-request=\"false\", expiry-date=\"Fri, 15 Dec 2028 00:00:00 GMT\""}),
        Status::Pass, "restored", {QStringLiteral("storageClass=DEEP_ARCHIVE"), QStringLiteral("restore")});
    row("OSS ColdArchive: archived", oss, head(200, "OK", QList<QByteArray>{"x-oss-storage-class: ColdArchive", "x-oss-object-type: Normal"} + ossHeaders),
        Status::Fail, "archived", {QStringLiteral("storageClass=ColdArchive")});
    row("OSS Archive, restored", oss,
        head(200, "OK", {"x-oss-storage-class: Archive", "x-oss-restore: ongoing-request=\"false\", expiry-date=\"Sun, 16 Apr 2028 08:12:33 GMT\""}),
        Status::Pass, "restored", {QStringLiteral("storageClass=Archive")});
    row("S3 GLACIER: archived", s3, head(200, "OK", QList<QByteArray>{"x-amz-storage-class: GLACIER"} + s3Headers), Status::Fail, "archived",
        {QStringLiteral("storageClass=GLACIER")});
    row("S3 Intelligent-Tiering in deep archive: archived", s3,
        head(200, "OK", {"x-amz-storage-class: INTELLIGENT_TIERING", "x-amz-archive-status: DEEP_ARCHIVE_ACCESS"}), Status::Fail, "archived",
        {QStringLiteral("storageClass=INTELLIGENT_TIERING")});
    row("S3 GLACIER_IR reads at once: available", s3, head(200, "OK", {"x-amz-storage-class: GLACIER_IR"}), Status::Pass, "available",
        {QStringLiteral("storageClass=GLACIER_IR")});
    row("STANDARD (no class header): available", cos, head(200, "OK", cosHeaders), Status::Pass, "available",
        {QStringLiteral("storageClass=STANDARD"), QStringLiteral("contentLength=1024"), QStringLiteral("!sse")});
    row("KMS-encrypted object: sse and key id in facts (cos)", cos,
        head(200, "OK", {"x-cos-server-side-encryption: cos/kms", "x-cos-server-side-encryption-cos-kms-key-id: 48ba38aa-26c5-11ea-855c-52540085****"}),
        Status::Pass, "available",
        {QStringLiteral("sse=cos/kms"), QStringLiteral("kmsKeyId=48ba38aa-26c5-11ea-855c-52540085****")});
    row("KMS-encrypted object (s3)", s3,
        head(200, "OK", {"x-amz-server-side-encryption: aws:kms",
                         "x-amz-server-side-encryption-aws-kms-key-id: arn:aws:kms:us-east-1:123456789012:key/abcd-1234"}),
        Status::Pass, "available", {QStringLiteral("sse=aws:kms"), QStringLiteral("kmsKeyId=arn:aws:kms:us-east-1:123456789012:key/abcd-1234")});
    row("404: not_found (oss, EC header)", oss, head(404, "Not Found", QList<QByteArray>{"x-oss-ec: 0026-00000001"} + ossHeaders), Status::Fail,
        "not_found", {QStringLiteral("httpStatus=404"), QStringLiteral("ec=0026-00000001")});
    row("403: denied (cos)", cos, head(403, "Forbidden", cosHeaders), Status::Warn, "denied", {QStringLiteral("httpStatus=403")});
    row("403 with x-cos-error-code: denied, code read from the header", cos,
        head(403, "Forbidden", {"x-cos-error-code: AccessDenied"}), Status::Warn, "denied", {QStringLiteral("code=AccessDenied")});
    row("missing object key: skipped", cos, head(200, "OK"), Status::Skipped, "missing_input:object", {},
        [](Scenario &s) { s.objectKey.clear(); });
    row("connection_refused", cos, {}, Status::Error, "connection_refused", {}, [](Scenario &s) { s.refused = true; });
}

void TestLiveChecks::object()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<ObjectCheck>(), Signing::All, {}, &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QFETCH(Scenario, scenario);
    if (result.status == Status::Skipped || scenario.refused)
        return;
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method + ' ' + requests.first().target, QByteArray("HEAD /examplebucket-1250000000/photos/a.jpg"));
}

// --- encryption ------------------------------------------------------------------------------------

void TestLiveChecks::encryption_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &response, Status status, const char *reason,
                  const QStringList &facts, const QList<QPair<QString, QString>> &objectFacts = {}) {
        Scenario s;
        s.provider = provider;
        s.routes = {on("GET", "?encryption", response)};
        s.earlier = {stub(QStringLiteral("object"), Status::Pass, QStringLiteral("available"), objectFacts)};
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    auto config = [](const QByteArray &algorithm, const QByteArray &kmsKey = {}) {
        QByteArray body = "<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>" + algorithm
            + "</SSEAlgorithm>";
        if (!kmsKey.isEmpty())
            body += "<KMSMasterKeyID>" + kmsKey + "</KMSMasterKeyID>";
        return xml(200, "OK", body + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>");
    };
    const QByteArray noConfig = xml(404, "Not Found",
                                    s3Error("ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was not found"));
    const QList<QPair<QString, QString>> kmsObject{{QStringLiteral("sse"), QStringLiteral("aws:kms")},
                                                   {QStringLiteral("kmsKeyId"), QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/abcd-1234")}};
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("kms from the bucket's configuration (cos)", cos, config("KMS", "48ba38aa-26c5-11ea-855c-52540085****"), Status::Warn, "kms",
        {QStringLiteral("bucketAlgorithm=KMS"), QStringLiteral("bucketKmsKeyId=48ba38aa-26c5-11ea-855c-52540085****"),
         QStringLiteral("!objectSse")});
    row("kms from the object check's facts, bucket has none (s3)", s3, noConfig, Status::Warn, "kms",
        {QStringLiteral("objectSse=aws:kms"), QStringLiteral("objectKmsKeyId=arn:aws:kms:us-east-1:123456789012:key/abcd-1234"),
         QStringLiteral("!bucketAlgorithm")},
        kmsObject);
    row("kms from the object even when the configuration is not readable", s3,
        xml(403, "Forbidden", s3Error("AccessDenied", "Access Denied")), Status::Warn, "kms", {QStringLiteral("objectSse=aws:kms")}, kmsObject);
    row("managed AES256 (oss)", oss, config("AES256"), Status::Pass, "managed", {QStringLiteral("bucketAlgorithm=AES256"), QStringLiteral("!bucketKmsKeyId")});
    row("managed: object SSE AES256, bucket none (s3)", s3, noConfig, Status::Pass, "managed", {QStringLiteral("objectSse=AES256")},
        {{QStringLiteral("sse"), QStringLiteral("AES256")}});
    row("none: 404 and a plain object (s3)", s3, noConfig, Status::Pass, "none",
        {QStringLiteral("httpStatus=404"), QStringLiteral("!bucketAlgorithm"), QStringLiteral("!objectSse")});
    row("not_permitted 403 (cos)", cos, xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders), Status::Warn,
        "not_permitted", {QStringLiteral("code=AccessDenied")});
    row("not_implemented 501", s3, plain(501, "Not Implemented"), Status::Skipped, "not_implemented", {});
    row("other error code (s3 500)", s3, xml(500, "Internal Server Error", s3Error("InternalError", "We encountered an internal error.")),
        Status::Error, "InternalError", {QStringLiteral("code=InternalError")});
}

void TestLiveChecks::encryption()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<EncryptionCheck>(), Signing::All, {}, &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method + ' ' + requests.first().target, QByteArray("GET /examplebucket-1250000000/?encryption"));
}

// --- endpoint --------------------------------------------------------------------------------------

void TestLiveChecks::endpoint_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &headAnswer, const QByteArray &getAnswer, Status status,
                  const char *reason, const QStringList &facts, const std::function<void(Scenario &)> &tweak = {}) {
        Scenario s;
        s.provider = provider;
        s.routes = {on("HEAD", "", headAnswer), on("GET", "?max-keys=1", getAnswer)};
        if (tweak)
            tweak(s);
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    auto region = [](const QString &r) { return [r](Scenario &s) { s.region = r; }; };
    const QByteArray listing = xml(200, "OK", "<ListBucketResult><Name>examplebucket-1250000000</Name></ListBucketResult>");
    const QString cos = QStringLiteral("cos");
    const QString oss = QStringLiteral("oss");
    const QString s3 = QStringLiteral("s3");
    row("reachable, region header agrees (cos)", cos, head(200, "OK", QList<QByteArray>{"x-cos-bucket-region: ap-beijing"} + cosHeaders),
        listing, Status::Pass, "reachable", {QStringLiteral("region=ap-beijing"), QStringLiteral("addressing=path"), QStringLiteral("!suggestedEndpoint")},
        region(QStringLiteral("ap-beijing")));
    row("reachable, private bucket still names its region (s3)", s3,
        head(403, "Forbidden", QList<QByteArray>{"x-amz-bucket-region: eu-central-1"} + s3Headers),
        xml(403, "Forbidden", s3Error("AccessDenied", "Access Denied")), Status::Pass, "reachable", {QStringLiteral("region=eu-central-1")},
        region(QStringLiteral("eu-central-1")));
    row("wrong_endpoint: OSS AccessDenied naming <Endpoint>", oss, head(403, "Forbidden", QList<QByteArray>{"x-oss-ec: 0003-00001403"} + ossHeaders),
        xml(403, "Forbidden",
            ossError("AccessDenied",
                     "The bucket you are attempting to access must be addressed using the specified endpoint. "
                     "Please send all future requests to this endpoint.",
                     "0003-00001403", "<Bucket>examplebucket-1250000000</Bucket><Endpoint>oss-cn-hangzhou.aliyuncs.com</Endpoint>"),
            ossHeaders),
        Status::Fail, "wrong_endpoint", {QStringLiteral("suggestedEndpoint=oss-cn-hangzhou.aliyuncs.com"), QStringLiteral("code=AccessDenied")});
    row("wrong_endpoint: S3 PermanentRedirect 301 without Location", s3,
        head(301, "Moved Permanently", {"x-amz-bucket-region: ap-southeast-2"}),
        xml(301, "Moved Permanently",
            s3Error("PermanentRedirect",
                    "The bucket you are attempting to access must be addressed using the specified endpoint. "
                    "Please send all future requests to this endpoint.",
                    "<Bucket>examplebucket-1250000000</Bucket><Endpoint>examplebucket-1250000000.s3-ap-southeast-2.amazonaws.com</Endpoint>"),
            {"x-amz-bucket-region: ap-southeast-2"}),
        Status::Fail, "wrong_endpoint",
        {QStringLiteral("region=ap-southeast-2"), QStringLiteral("suggestedEndpoint=examplebucket-1250000000.s3-ap-southeast-2.amazonaws.com"),
         QStringLiteral("code=PermanentRedirect")},
        region(QStringLiteral("us-east-1")));
    row("bucket_not_found: NoSuchBucket (cos)", cos, head(404, "Not Found", cosHeaders),
        xml(404, "Not Found", cosError("NoSuchBucket", "The specified bucket does not exist."), cosHeaders), Status::Fail, "bucket_not_found",
        {QStringLiteral("code=NoSuchBucket")});
    row("bucket_not_found: bare 404s", s3, head(404, "Not Found"), plain(404, "Not Found"), Status::Fail, "bucket_not_found", {});
    row("region_mismatch (s3)", s3, head(403, "Forbidden", {"x-amz-bucket-region: eu-west-1"}),
        xml(403, "Forbidden", s3Error("AccessDenied", "Access Denied")), Status::Fail, "region_mismatch", {QStringLiteral("region=eu-west-1")},
        region(QStringLiteral("us-east-1")));
    row("region_mismatch (cos)", cos, head(200, "OK", {"x-cos-bucket-region: ap-guangzhou"}), listing, Status::Fail, "region_mismatch",
        {QStringLiteral("region=ap-guangzhou")}, region(QStringLiteral("ap-beijing")));
    const QByteArray elsewhere = plain(302, "Found", {}, {"Location: http://other.example.net/examplebucket-1250000000/"});
    row("redirect to another host", cos, elsewhere, elsewhere, Status::Fail, "redirect",
        {QStringLiteral("redirectTarget=http://other.example.net/examplebucket-1250000000/")});
    row("connection_refused", cos, {}, {}, Status::Fail, "connection_refused", {}, [](Scenario &s) { s.refused = true; });
}

void TestLiveChecks::endpoint()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<EndpointCheck>(), Signing::None, {}, &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QFETCH(Scenario, scenario);
    if (scenario.refused)
        return;
    QStringList seen;
    for (const RoutedHttpServer::Request &r : std::as_const(requests))
        seen << QString::fromLatin1(r.method + ' ' + r.target);
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("GET /examplebucket-1250000000/?max-keys=1"),
                                QStringLiteral("HEAD /examplebucket-1250000000/")}));
}

// --- cors, the rules half --------------------------------------------------------------------------

void TestLiveChecks::corsRules_data()
{
    addColumns();
    auto row = [](const char *name, const QString &provider, const QByteArray &preflight, const QByteArray &rules, Status status,
                  const char *reason, const QStringList &facts) {
        Scenario s;
        s.provider = provider;
        s.origin = QStringLiteral("https://app.example.com");
        s.requestMethod = QStringLiteral("PUT");
        s.requestHeaders = {QStringLiteral("Content-Type")};
        s.routes = {on("OPTIONS", "", preflight), on("GET", "?cors", rules)};
        QTest::newRow(name) << s << int(status) << QString::fromLatin1(reason) << facts;
    };
    auto rulesFor = [](const QByteArray &origin) {
        return xml(200, "OK",
                   "<CORSConfiguration><CORSRule><AllowedOrigin>" + origin
                       + "</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod>"
                         "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>600</MaxAgeSeconds></CORSRule>"
                         "<ResponseVary>false</ResponseVary></CORSConfiguration>",
                   cosHeaders);
    };
    const QByteArray allowing = rulesFor("https://app.example.com");
    const QByteArray refusing = rulesFor("https://other.example.com");
    const QByteArray passed = plain(200, "OK", {},
                                    {"Access-Control-Allow-Origin: https://app.example.com", "Access-Control-Allow-Methods: PUT,GET",
                                     "Access-Control-Allow-Headers: content-type", "Access-Control-Max-Age: 600"});
    const QByteArray refused = xml(403, "Forbidden",
                                   cosError("AccessForbidden",
                                            "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, "
                                            "request method / Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted "
                                            "by the resource&apos;s CORS spec"),
                                   cosHeaders);
    const QString cos = QStringLiteral("cos");
    row("rules read, evaluator agrees: allowed", cos, passed, allowing, Status::Pass, "allowed",
        {QStringLiteral("rulesRead=yes"), QStringLiteral("ruleDecision=allowed"), QStringLiteral("ruleReason=rule_matched"),
         QStringLiteral("ruleIndex=0"), QStringLiteral("!rulesDisagree")});
    row("rules read, evaluator agrees: refused", cos, refused, refusing, Status::Fail, "refused",
        {QStringLiteral("rulesRead=yes"), QStringLiteral("ruleDecision=refused"), QStringLiteral("ruleReason=origin_not_allowed"),
         QStringLiteral("code=AccessForbidden"), QStringLiteral("!rulesDisagree")});
    row("rules_disagree: the preflight passes, the rules refuse", cos, passed, refusing, Status::Warn, "rules_disagree",
        {QStringLiteral("rulesDisagree=true"), QStringLiteral("ruleDecision=refused")});
    row("refused although the rules allow: stays a failure", cos, refused, allowing, Status::Fail, "refused",
        {QStringLiteral("rulesDisagree=true"), QStringLiteral("ruleDecision=allowed")});
    row("403 on ?cors: rulesRead not_permitted", cos, passed, xml(403, "Forbidden", cosError("AccessDenied", "Access Denied.")), Status::Pass,
        "allowed", {QStringLiteral("rulesRead=not_permitted"), QStringLiteral("!ruleDecision")});
    // providers.md §4: GET ?cors answers 404 NoSuchCORSConfiguration when no rules are set; the
    // header comment lists rulesRead "none" for that.
    row("404 NoSuchCORSConfiguration: rulesRead none", cos, refused,
        xml(404, "Not Found", cosError("NoSuchCORSConfiguration", "The CORS configuration does not exist."), cosHeaders), Status::Fail, "refused",
        {QStringLiteral("rulesRead=none"), QStringLiteral("ruleDecision=refused")});
    row("S3 rules with the namespace: allowed", QStringLiteral("s3"), passed,
        xml(200, "OK",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><CORSRule>"
            "<AllowedOrigin>https://*.example.com</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader>"
            "</CORSRule></CORSConfiguration>"),
        Status::Pass, "allowed", {QStringLiteral("rulesRead=yes"), QStringLiteral("ruleDecision=allowed")});
}

void TestLiveChecks::corsRules()
{
    CheckResult result;
    QList<RoutedHttpServer::Request> requests;
    runRow(std::make_unique<CorsCheck>(), Signing::ConfigRead, "?cors", &result, &requests);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(requests.size(), 2);
    QStringList seen;
    for (const RoutedHttpServer::Request &r : std::as_const(requests))
        seen << QString::fromLatin1(r.method + ' ' + r.target);
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("GET /examplebucket-1250000000/?cors"),
                                QStringLiteral("OPTIONS /examplebucket-1250000000/photos/a.jpg")}));
}

// --- write probe -----------------------------------------------------------------------------------

void TestLiveChecks::writeProbe_data()
{
    QTest::addColumn<QByteArray>("put");
    QTest::addColumn<QByteArray>("del");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("deletes"); // DELETE requests the server must see
    QTest::addColumn<QStringList>("facts");
    const QByteArray ok = plain(200, "OK", {}, QList<QByteArray>{"ETag: \"ee8de918d05640145b18f70f4c3aa602\""} + cosHeaders);
    const QByteArray deleted = plain(204, "No Content", {}, cosHeaders);
    const QByteArray denied = xml(403, "Forbidden", cosError("AccessDenied", "Access Denied."), cosHeaders);
    QTest::newRow("PUT 200 + DELETE 204: writable") << ok << deleted << int(Status::Pass) << QStringLiteral("writable") << 1
                                                    << QStringList{QStringLiteral("putStatus=200"), QStringLiteral("deleteStatus=204")};
    QTest::newRow("PUT 403: denied, nothing written, no DELETE")
        << denied << deleted << int(Status::Fail) << QStringLiteral("denied") << 0
        << QStringList{QStringLiteral("putStatus=403"), QStringLiteral("code=AccessDenied"), QStringLiteral("!deleteStatus")};
    QTest::newRow("DELETE 403: cleanup_failed, key in facts")
        << ok << denied << int(Status::Warn) << QStringLiteral("cleanup_failed") << 1
        << QStringList{QStringLiteral("putStatus=200"), QStringLiteral("deleteStatus=403")};
    QTest::newRow("PUT 500: http_error") << plain(500, "Internal Server Error") << deleted << int(Status::Error)
                                         << QStringLiteral("http_error") << 0 << QStringList{QStringLiteral("putStatus=500")};
    // A 2xx status line whose body never arrives proves nothing: no pass, and a DELETE in case.
    const QByteArray cut = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n<Partial>";
    QTest::newRow("PUT 200 with its body cut short: no answer, and a DELETE all the same")
        << cut << deleted << int(Status::Error) << QStringLiteral("truncated_body") << 1 << QStringList{QStringLiteral("putStatus=200")};
    QTest::newRow("DELETE 200 with its body cut short: cleanup_failed")
        << ok << cut << int(Status::Warn) << QStringLiteral("cleanup_failed") << 1
        << QStringList{QStringLiteral("putStatus=200"), QStringLiteral("deleteStatus=200")};
    QTest::newRow("PUT never answered: timeout, and a DELETE all the same")
        << QByteArray() << deleted << int(Status::Error) << QStringLiteral("timeout") << 1 << QStringList{QStringLiteral("putStatus=0")};
}

void TestLiveChecks::writeProbe()
{
    QFETCH(QByteArray, put);
    QFETCH(QByteArray, del);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(int, deletes);
    QFETCH(QStringList, facts);

    RoutedHttpServer server;
    server.route("PUT", {}, put);
    server.route("DELETE", {}, del);
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    CheckContext context;
    context.network = &nam;
    context.provider = QStringLiteral("cos");
    context.endpoint = server.endpoint();
    context.bucket = kBucket;
    context.objectKey = kObject;
    context.pathStyle = true;
    context.accessKeyId = kKeyId;
    context.secretKey = kSecret;
    context.allowWrite = true;
    context.requestTimeoutMs = 800;

    CheckRunner runner;
    runner.add(std::make_unique<WriteProbeCheck>());
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    QVERIFY(runner.run(context));
    QVERIFY(done.wait(5000));
    const CheckResult result = byId(runner.results(), QStringLiteral("write"));
    QCOMPARE(CheckResult::statusId(result.status), statusId(status));
    QCOMPARE(result.reason, reason);
    const QString mismatch = factsMismatch(result, facts);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(!CheckText::summary(result).isEmpty());
    const QString probeKey = result.fact(QStringLiteral("probeKey"));
    QVERIFY2(probeKey.startsWith(QLatin1String("photos/bucketdoctor-probe-")) && probeKey.endsWith(QLatin1String(".txt")), qPrintable(probeKey));
    QVERIFY(!shown(result).contains(kSecret));

    // A detached DELETE may still be on its way when the check reports.
    QTRY_COMPARE_WITH_TIMEOUT(server.matching("DELETE").size(), deletes, 3000);
    const QByteArray target = "/examplebucket-1250000000/" + probeKey.toLatin1();
    QCOMPARE(server.matching("PUT").size(), 1);
    QCOMPARE(server.matching("PUT").first().target, target);
    QVERIFY(server.matching("PUT").first().body.startsWith("Bucket Doctor write probe"));
    for (const RoutedHttpServer::Request &r : server.requests) {
        QVERIFY2(r.header("Authorization").contains("q-sign-algorithm=sha1"), r.head.constData());
        QVERIFY(!r.head.contains(kSecret.toLatin1()));
        if (r.method == "DELETE")
            QCOMPARE(r.target, target); // the same object, never the user's
    }
    if (deletes == 0) {
        // Stays that way: nothing else arrives later.
        QTest::qWait(200);
        QCOMPARE(server.matching("DELETE").size(), 0);
    }
}

void TestLiveChecks::writeProbeNotOptedIn()
{
    RoutedHttpServer server;
    QNetworkAccessManager nam;
    CheckContext context;
    context.network = &nam;
    context.provider = QStringLiteral("cos");
    context.endpoint = server.endpoint();
    context.bucket = kBucket;
    context.objectKey = kObject;
    context.pathStyle = true;
    context.accessKeyId = kKeyId;
    context.secretKey = kSecret;
    CheckRunner runner;
    runner.add(std::make_unique<WriteProbeCheck>());
    QSignalSpy done(&runner, &CheckRunner::allFinished);
    QVERIFY(runner.run(context));
    QVERIFY(!done.isEmpty() || done.wait(2000));
    const CheckResult result = byId(runner.results(), QStringLiteral("write"));
    QCOMPARE(result.status, Status::Skipped);
    QCOMPARE(result.reason, QStringLiteral("not_opted_in"));
    QVERIFY(!CheckText::summary(result).isEmpty());
    QVERIFY(server.requests.isEmpty());
}

void TestLiveChecks::writeProbeCancelledStillDeletes()
{
    RoutedHttpServer server;
    server.route("PUT", {}, QByteArray()); // never answers: the cancel comes while the PUT is out
    server.route("DELETE", {}, plain(204, "No Content"));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    CheckContext context;
    context.network = &nam;
    context.provider = QStringLiteral("s3");
    context.endpoint = server.endpoint();
    context.bucket = kBucket;
    context.objectKey = kObject;
    context.pathStyle = true;
    context.accessKeyId = kKeyId;
    context.secretKey = kSecret;
    context.allowWrite = true;
    context.requestTimeoutMs = 3000;
    auto check = std::make_unique<WriteProbeCheck>();
    QSignalSpy finished(check.get(), &LiveCheck::finished);
    check->start(context, {});
    check->cancel();
    const QString key = check->probeKey();
    QVERIFY(key.startsWith(QLatin1String("photos/bucketdoctor-probe-")));
    QTRY_COMPARE_WITH_TIMEOUT(server.matching("DELETE").size(), 1, 3000);
    const RoutedHttpServer::Request del = server.matching("DELETE").first();
    QCOMPARE(del.target, "/examplebucket-1250000000/" + key.toLatin1());
    QVERIFY2(del.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=" + kKeyId.toLatin1()), del.head.constData());
    QCOMPARE(finished.count(), 0); // a cancelled check reports nothing
}

void TestLiveChecks::writeProbeDestroyedStillDeletes()
{
    RoutedHttpServer server;
    server.route("PUT", {}, QByteArray());
    server.route("DELETE", {}, plain(204, "No Content"));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    CheckContext context;
    context.network = &nam;
    context.provider = QStringLiteral("oss");
    context.endpoint = server.endpoint();
    context.bucket = kBucket;
    context.objectKey = kObject;
    context.region = QStringLiteral("cn-hangzhou");
    context.pathStyle = true;
    context.accessKeyId = kKeyId;
    context.secretKey = kSecret;
    context.allowWrite = true;
    context.requestTimeoutMs = 3000;
    QString key;
    {
        WriteProbeCheck check;
        check.start(context, {});
        key = check.probeKey();
        QTRY_COMPARE_WITH_TIMEOUT(server.matching("PUT").size(), 1, 3000);
    } // destroyed between the PUT and the DELETE
    // The DELETE is left to the network manager; a front end drains it before the manager goes.
    QCOMPARE(PendingCleanups::count(&nam), 1);
    QVERIFY(PendingCleanups::drain(&nam, 3000));
    QCOMPARE(PendingCleanups::count(&nam), 0);
    QCOMPARE(server.matching("DELETE").size(), 1);
    QCOMPARE(server.matching("DELETE").first().target, "/examplebucket-1250000000/" + key.toLatin1());
    QVERIFY(server.matching("DELETE").first().header("Authorization").startsWith("OSS4-HMAC-SHA256 Credential=" + kKeyId.toLatin1() + '/'));
}

void TestLiveChecks::defaultPortIsSignedAsSent_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("url");
    QTest::newRow("https :443 (s3)") << QStringLiteral("s3") << QStringLiteral("https://b.s3.amazonaws.com:443/a.jpg");
    QTest::newRow("http :80 (cos)") << QStringLiteral("cos") << QStringLiteral("http://b-1250000000.cos.ap-beijing.myqcloud.com:80/a.jpg");
    QTest::newRow("https :443 (oss v4)") << QStringLiteral("oss") << QStringLiteral("https://b.oss-cn-hangzhou.aliyuncs.com:443/a.jpg");
}

void TestLiveChecks::defaultPortIsSignedAsSent()
{
    // Qt leaves a default port out of the Host it sends: the signer must sign that same Host.
    QFETCH(QString, provider);
    QFETCH(QString, url);
    CheckContext context;
    context.provider = provider;
    context.accessKeyId = kKeyId;
    context.secretKey = kSecret;
    ProbeRequest request;
    request.method = "GET";
    request.url = QUrl(url);
    QString error;
    QVERIFY2(SignedRequest::sign(context, &request, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QCOMPARE(request.url.port(), -1);
    QVERIFY(!request.url.toString().contains(QLatin1String(":443")) && !request.url.toString().contains(QLatin1String(":80/")));
}

QTEST_GUILESS_MAIN(TestLiveChecks)
#include "TestLiveChecks.moc"
