#include "servers/CannedHttpServer.h"
#include "checks/bucket/CorsCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestCorsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preflight_data();
    void preflight();
    void needsAnOrigin();
};

namespace {
QByteArray answer(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body = {})
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}
}

void TestCorsCheck::preflight_data()
{
    QTest::addColumn<QByteArray>("canned");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("headers"); // empty: Content-Type and x-cos-meta-author
    const QByteArray allowAll = "Access-Control-Allow-Origin: https://app.example.com\r\nAccess-Control-Allow-Methods: PUT,GET,POST,DELETE,HEAD\r\n"
                                "Access-Control-Allow-Headers: content-type,x-cos-meta-author\r\nAccess-Control-Max-Age: 600\r\n";
    QTest::newRow("allowed, origin echoed") << answer("200 OK", allowAll) << int(CheckResult::Status::Pass) << QStringLiteral("allowed") << QStringList();
    QTest::newRow("allowed, star")
        << answer("200 OK", "Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Methods: PUT\r\nAccess-Control-Allow-Headers: *\r\n")
        << int(CheckResult::Status::Pass) << QStringLiteral("allowed") << QStringList();
    QTest::newRow("cos refusal")
        << answer("403 Forbidden", "Server: tencent-cos\r\nContent-Type: application/xml\r\n",
                  "<Error><Code>AccessForbidden</Code><Message>CORSResponse: This CORS request is not allowed.</Message></Error>")
        << int(CheckResult::Status::Fail) << QStringLiteral("refused") << QStringList();
    QTest::newRow("another origin echoed")
        << answer("200 OK", "Access-Control-Allow-Origin: https://other.example.com\r\nAccess-Control-Allow-Methods: PUT\r\n")
        << int(CheckResult::Status::Fail) << QStringLiteral("origin_not_echoed") << QStringList();
    QTest::newRow("method left out")
        << answer("200 OK", "Access-Control-Allow-Origin: https://app.example.com\r\nAccess-Control-Allow-Methods: GET,HEAD\r\n")
        << int(CheckResult::Status::Fail) << QStringLiteral("method_not_allowed") << QStringList();
    QTest::newRow("header left out")
        << answer("200 OK", "Access-Control-Allow-Origin: https://app.example.com\r\nAccess-Control-Allow-Methods: PUT\r\n"
                            "Access-Control-Allow-Headers: x-cos-meta-author\r\n")
        << int(CheckResult::Status::Fail) << QStringLiteral("header_not_allowed") << QStringList();
    // A browser's rules (Fetch, CORS-preflight): PUT and DELETE need to be listed, and a `*` never
    // stands for Authorization.
    QTest::newRow("no Allow-Methods for PUT")
        << answer("200 OK", "Access-Control-Allow-Origin: https://app.example.com\r\nAccess-Control-Allow-Headers: content-type,x-cos-meta-author\r\n")
        << int(CheckResult::Status::Fail) << QStringLiteral("method_not_allowed") << QStringList();
    QTest::newRow("star methods cover PUT")
        << answer("200 OK", "Access-Control-Allow-Origin: https://app.example.com\r\nAccess-Control-Allow-Methods: *\r\n"
                            "Access-Control-Allow-Headers: content-type,x-cos-meta-author\r\n")
        << int(CheckResult::Status::Pass) << QStringLiteral("allowed") << QStringList();
    QTest::newRow("star headers do not cover Authorization")
        << answer("200 OK", "Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Methods: PUT\r\nAccess-Control-Allow-Headers: *\r\n")
        << int(CheckResult::Status::Fail) << QStringLiteral("header_not_allowed")
        << QStringList{QStringLiteral("Authorization"), QStringLiteral("Content-Type")};
    QTest::newRow("Authorization listed by name")
        << answer("200 OK", "Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Methods: PUT\r\nAccess-Control-Allow-Headers: *, authorization\r\n")
        << int(CheckResult::Status::Pass) << QStringLiteral("allowed")
        << QStringList{QStringLiteral("Authorization"), QStringLiteral("Content-Type")};
}

void TestCorsCheck::preflight()
{
    QFETCH(QByteArray, canned);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QStringList, headers);
    CannedHttpServer server(canned);
    QNetworkAccessManager nam;
    CorsCheck check;
    CheckContext context;
    context.network = &nam;
    context.endpoint = server.endpoint();
    context.bucket = QStringLiteral("examplebucket-1250000000");
    context.objectKey = QStringLiteral("uploads/a.jpg");
    context.pathStyle = true;
    context.origin = QStringLiteral("https://app.example.com");
    context.requestMethod = QStringLiteral("put");
    context.requestHeaders = {QStringLiteral("Content-Type"), QStringLiteral("x-cos-meta-author")};
    if (!headers.isEmpty())
        context.requestHeaders = headers;
    context.requestTimeoutMs = 2000;
    QSignalSpy spy(&check, &LiveCheck::finished);
    check.start(context, {});
    QVERIFY(spy.wait(5000));
    const CheckResult result = spy.first().first().value<CheckResult>();
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.reason, reason);
    const QByteArray asked = server.requests.value(0);
    QVERIFY(asked.startsWith("OPTIONS /examplebucket-1250000000/uploads/a.jpg HTTP/1.1"));
    QVERIFY(asked.contains("Origin: https://app.example.com"));
    QVERIFY(asked.contains("Access-Control-Request-Method: PUT"));
    const QByteArray requested = headers.isEmpty() ? QByteArray("content-type,x-cos-meta-author") : headers.join(u',').toLower().toLatin1();
    QVERIFY(asked.contains("Access-Control-Request-Headers: " + requested));
    QVERIFY(!asked.contains("\r\nAuthorization:")); // a preflight is never signed
}

void TestCorsCheck::needsAnOrigin()
{
    CorsCheck check;
    CheckContext context;
    context.endpoint = QStringLiteral("https://cos.ap-beijing.myqcloud.com");
    context.bucket = QStringLiteral("b-1250000000");
    QCOMPARE(check.cannotRun(context), QStringLiteral("missing_input:origin"));
}

QTEST_GUILESS_MAIN(TestCorsCheck)
#include "TestCorsCheck.moc"
