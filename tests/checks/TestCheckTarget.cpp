// Where the checks send their requests (CheckTarget): a literal IP or localhost endpoint is
// path-style by itself, never <bucket>.127.0.0.1; a host that did not resolve is named.
#include "checks/CheckTarget.h"
#include "text/CheckText.h"

#include <QTest>

class TestCheckTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literalHostsArePathStyle_data();
    void literalHostsArePathStyle();
    void unresolvedHostIsNamed();
};

void TestCheckTarget::literalHostsArePathStyle_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("url");
    QTest::newRow("IPv4 with port") << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("http://127.0.0.1:9000/examplebucket/a.jpg");
    QTest::newRow("IPv4 without scheme") << QStringLiteral("10.0.0.5") << QStringLiteral("https://10.0.0.5/examplebucket/a.jpg");
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << QStringLiteral("http://localhost:8080/examplebucket/a.jpg");
    QTest::newRow("IPv6") << QStringLiteral("http://[::1]:9000") << QStringLiteral("http://[::1]:9000/examplebucket/a.jpg");
    QTest::newRow("a DNS name stays virtual-hosted") << QStringLiteral("https://cos.ap-guangzhou.myqcloud.com")
                                                     << QStringLiteral("https://examplebucket.cos.ap-guangzhou.myqcloud.com/a.jpg");
    QTest::newRow("a name that only starts with digits") << QStringLiteral("https://127.example.com")
                                                         << QStringLiteral("https://examplebucket.127.example.com/a.jpg");
}

void TestCheckTarget::literalHostsArePathStyle()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, url);
    CheckContext context;
    context.endpoint = endpoint;
    context.bucket = QStringLiteral("examplebucket");
    context.pathStyle = false; // not ticked
    QCOMPARE(CheckTarget::url(context, QStringLiteral("a.jpg")).toString(), url);
    QCOMPARE(CheckTarget::pathStyle(context), !url.contains(QLatin1String("examplebucket.")));
}

void TestCheckTarget::unresolvedHostIsNamed()
{
    ProbeResult probe;
    probe.outcome = ProbeResult::Outcome::DnsFailure;
    probe.transcript.url = QStringLiteral("https://examplebucket.storage.example.invalid/a.jpg");
    CheckResult result;
    result.id = QStringLiteral("key");
    QVERIFY(CheckTarget::settleNoAnswer(probe, result));
    QCOMPARE(result.reason, QStringLiteral("dns_failure"));
    QCOMPARE(result.fact(QStringLiteral("host")), QStringLiteral("examplebucket.storage.example.invalid"));
    const QString summary = CheckText::summary(result);
    QVERIFY2(summary.contains(QLatin1String("examplebucket.storage.example.invalid")), qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("path-style")));
}

QTEST_GUILESS_MAIN(TestCheckTarget)
#include "TestCheckTarget.moc"
