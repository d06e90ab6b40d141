#include "checks/bucket/AnonymousCheck.h"
#include "servers/CannedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestAnonymousCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
};

namespace {
QByteArray response(int status, const QByteArray &reason, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/xml\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}
}

void TestAnonymousCheck::answers_data()
{
    QTest::addColumn<QByteArray>("canned");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::newRow("public object") << response(200, "OK", "hello") << int(CheckResult::Status::Pass) << QStringLiteral("public") << QString();
    QTest::newRow("private, cos body")
        << response(403, "Forbidden",
                    "<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>NjU2ZjI4ZTdfYjI1ODJi</RequestId></Error>",
                    "x-cos-request-id: NjU2ZjI4ZTdfYjI1ODJi\r\n")
        << int(CheckResult::Status::Pass) << QStringLiteral("private") << QStringLiteral("AccessDenied");
    QTest::newRow("referer rule, not privacy")
        << response(403, "Forbidden", "<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message></Error>")
        << int(CheckResult::Status::Warn) << QStringLiteral("denied_other") << QStringLiteral("AccessDenied");
    QTest::newRow("archive object") << response(403, "Forbidden", "<Error><Code>InvalidObjectState</Code><Message>m</Message></Error>")
                                    << int(CheckResult::Status::Warn) << QStringLiteral("denied_other") << QStringLiteral("InvalidObjectState");
    QTest::newRow("missing object") << response(404, "Not Found", "<Error><Code>NoSuchKey</Code></Error>")
                                    << int(CheckResult::Status::Warn) << QStringLiteral("not_found") << QStringLiteral("NoSuchKey");
    QTest::newRow("redirect is not followed")
        << QByteArray("HTTP/1.1 301 Moved Permanently\r\nLocation: http://elsewhere.example/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        << int(CheckResult::Status::Error) << QStringLiteral("redirect") << QString();
}

void TestAnonymousCheck::answers()
{
    QFETCH(QByteArray, canned);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    CannedHttpServer server(canned);
    QNetworkAccessManager nam;
    AnonymousCheck check;
    CheckContext context;
    context.network = &nam;
    context.endpoint = server.endpoint();
    context.bucket = QStringLiteral("examplebucket");
    context.objectKey = QStringLiteral("photos/a.jpg");
    context.pathStyle = true;
    context.requestTimeoutMs = 2000;
    QSignalSpy spy(&check, &LiveCheck::finished);
    check.start(context, {});
    QVERIFY(spy.wait(5000));
    const CheckResult result = spy.first().first().value<CheckResult>();
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.reason, reason);
    QString seenCode;
    for (const auto &[key, value] : result.facts) {
        if (key == QLatin1String("code"))
            seenCode = value;
    }
    QCOMPARE(seenCode, code);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().startsWith("GET /examplebucket/photos/a.jpg HTTP/1.1"));
    QVERIFY(!server.requests.first().contains("Authorization"));
}

QTEST_GUILESS_MAIN(TestAnonymousCheck)
#include "TestAnonymousCheck.moc"
