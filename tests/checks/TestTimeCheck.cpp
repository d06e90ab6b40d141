#include "servers/CannedHttpServer.h"
#include "checks/bucket/TimeCheck.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestTimeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void noDateIsAnError();
    void refusedPortIsAnError();
    void needsAnEndpoint();
};

namespace {
QByteArray response(const QDateTime &serverNow, int status = 403)
{
    const QByteArray date = QLocale::c().toString(serverNow, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    return "HTTP/1.1 " + QByteArray::number(status) + " Forbidden\r\nServer: AmazonS3\r\nDate: " + date
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

CheckResult runCheck(const QString &endpoint, QNetworkAccessManager *nam)
{
    TimeCheck check;
    CheckContext context;
    context.network = nam;
    context.endpoint = endpoint;
    context.bucket = QStringLiteral("examplebucket");
    context.pathStyle = true;
    context.requestTimeoutMs = 2000;
    QSignalSpy spy(&check, &LiveCheck::finished);
    check.start(context, {});
    if (!spy.wait(5000))
        return {};
    return spy.first().first().value<CheckResult>();
}
}

void TestTimeCheck::verdict_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("in sync") << 0 << int(CheckResult::Status::Pass) << QStringLiteral("in_sync");
    QTest::newRow("server five minutes ahead") << 300 << int(CheckResult::Status::Warn) << QStringLiteral("drifting");
    QTest::newRow("local clock twenty minutes ahead") << -1200 << int(CheckResult::Status::Fail) << QStringLiteral("too_skewed");
}

void TestTimeCheck::verdict()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(int, status);
    QFETCH(QString, reason);
    CannedHttpServer server(response(QDateTime::currentDateTimeUtc().addSecs(serverAheadSeconds)));
    QNetworkAccessManager nam;
    const CheckResult result = runCheck(server.endpoint(), &nam);
    QCOMPARE(int(result.status), status);
    QCOMPARE(result.reason, reason);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().startsWith("HEAD /examplebucket/ HTTP/1.1"));
    QVERIFY(!server.requests.first().contains("Authorization"));
    bool skewed = false;
    for (const auto &[key, value] : result.facts) {
        if (key == QLatin1String("skewMs"))
            skewed = qAbs(value.toLongLong() - serverAheadSeconds * 1000LL) < 2000;
    }
    QVERIFY(skewed);
    QVERIFY(!result.transcript.isEmpty());
}

void TestTimeCheck::noDateIsAnError()
{
    CannedHttpServer server("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QNetworkAccessManager nam;
    const CheckResult result = runCheck(server.endpoint(), &nam);
    QCOMPARE(result.status, CheckResult::Status::Error);
    QCOMPARE(result.reason, QStringLiteral("no_date"));
}

void TestTimeCheck::refusedPortIsAnError()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QNetworkAccessManager nam;
    const CheckResult result = runCheck(QStringLiteral("http://127.0.0.1:%1").arg(port), &nam);
    QCOMPARE(result.status, CheckResult::Status::Error);
    QCOMPARE(result.reason, QStringLiteral("connection_refused"));
}

void TestTimeCheck::needsAnEndpoint()
{
    TimeCheck check;
    CheckContext context;
    QCOMPARE(check.cannotRun(context), QStringLiteral("missing_input:endpoint"));
    QCOMPARE(check.plannedRequests(context).first().method, QStringLiteral("HEAD"));
}

QTEST_GUILESS_MAIN(TestTimeCheck)
#include "TestTimeCheck.moc"
