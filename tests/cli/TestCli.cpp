#include "support/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Runs the real bucketdoctor-cli binary, as a user or a CI job would.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void diagnoseJsonFollowsContract();
    void diagnoseFromStdinAndFile();
    void formats_data();
    void formats();
    void languages_data();
    void languages();
    void usageErrors_data();
    void usageErrors();
    void unreadableInput();
    void secretsStayOut();
    void serverStringsAreRedacted_data();
    void serverStringsAreRedacted();
    void diagnoseLeadsWithTheVerdict();
    void checkWithPasteRanksBothInOneReport();
    void checkWithUnreadablePaste();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments, const QByteArray &input = {});
};

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &input)
{
    return CliProcess::run(arguments, input);
}

namespace {
const QByteArray kReferer = "<Error><Code>AccessDenied</Code><Message>You are denied by bucket referer rule</Message>"
                            "<Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a.jpg</Resource>"
                            "<RequestId>NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==</RequestId><TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTBjYzE4MjM1YmE=</TraceId></Error>";
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("bucketdoctor-cli "));
}

void TestCli::diagnoseJsonFollowsContract()
{
    const Run r = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")}, kReferer);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("provider")).toString(), QStringLiteral("cos"));
    const QJsonObject input = root.value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("code")).toString(), QStringLiteral("AccessDenied"));
    QCOMPARE(input.value(QStringLiteral("bucket")).toString(), QStringLiteral("examplebucket-1250000000"));
    const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
    QVERIFY(!causes.isEmpty());
    double previous = 2;
    for (const QJsonValue &value : causes) {
        const QJsonObject cause = value.toObject();
        for (const char *key : {"id", "category", "score", "title", "evidence", "steps", "source"})
            QVERIFY2(cause.contains(QLatin1String(key)), key);
        QVERIFY(cause.value(QStringLiteral("evidence")).isArray());
        QVERIFY(cause.value(QStringLiteral("steps")).isArray());
        const double score = cause.value(QStringLiteral("score")).toDouble();
        QVERIFY(score <= previous);
        previous = score;
    }
    QCOMPARE(causes.first().toObject().value(QStringLiteral("category")).toString(), QStringLiteral("referer"));
}

void TestCli::diagnoseFromStdinAndFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("error.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kReferer);
    file.close();
    const Run fromFile = run({QStringLiteral("diagnose"), path, QStringLiteral("--format"), QStringLiteral("json")});
    const Run fromDash = run({QStringLiteral("diagnose"), QStringLiteral("-"), QStringLiteral("--format=json")}, kReferer);
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromDash.exitCode, 0);
    QCOMPARE(fromFile.out, fromDash.out);
}

void TestCli::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("marker");
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("Likely causes:");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("# Bucket Doctor diagnosis");
}

void TestCli::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, marker);
    const Run r = run({QStringLiteral("diagnose"), QStringLiteral("--format"), format, QStringLiteral("--lang"), QStringLiteral("en")}, kReferer);
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(marker), qPrintable(out.left(400)));
    QVERIFY(out.contains(QLatin1String("referer")));
    QVERIFY(out.contains(QLatin1String("NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==")));
}

void TestCli::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("[\\x{4e00}-\\x{9fff}]");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("[\\x{ac00}-\\x{d7af}]");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Likely causes");
}

void TestCli::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, pattern);
    const Run r = run({QStringLiteral("diagnose"), QStringLiteral("--lang"), language}, kReferer);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QRegularExpression(pattern).match(QString::fromUtf8(r.out)).hasMatch());
    const Run json = run({QStringLiteral("diagnose"), QStringLiteral("--lang"), language, QStringLiteral("--format"), QStringLiteral("json")}, kReferer);
    const QJsonObject top = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("causes")).toArray().first().toObject();
    QCOMPARE(top.value(QStringLiteral("category")).toString(), QStringLiteral("referer"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad provider") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--provider"), QStringLiteral("gcs")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("yaml")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--lang"), QStringLiteral("fr")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("cure")};
    QTest::newRow("no command") << QStringList{};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments, kReferer);
    QCOMPARE(r.exitCode, 2);
    if (!arguments.isEmpty()) {
        // One clear sentence on stderr, nothing on stdout.
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::unreadableInput()
{
    const Run missing = run({QStringLiteral("diagnose"), QStringLiteral("/nonexistent/error.txt")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("/nonexistent/error.txt"));
    QCOMPARE(missing.err.count('\n'), 1);
    const Run empty = run({QStringLiteral("diagnose")}, QByteArray("  \n"));
    QCOMPARE(empty.exitCode, 3);
    QVERIFY(empty.err.contains("empty"));
    QTemporaryDir dir;
    const Run directory = run({QStringLiteral("diagnose"), dir.path()});
    QCOMPARE(directory.exitCode, 3);
}

void TestCli::secretsStayOut()
{
    const QByteArray canarySig = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";
    const QByteArray canaryToken = "CANARYTOKEN0123456789";
    const QByteArray input = "> GET /a.jpg HTTP/1.1\n> Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com\n"
                             "> Authorization: q-sign-algorithm=sha1&q-ak=AKIDexample&q-sign-time=1;2&q-key-time=1;2&q-header-list=host&q-url-param-list=&q-signature="
        + canarySig + "\n> x-cos-security-token: " + canaryToken + "\n>\n< HTTP/1.1 403 Forbidden\n\n" + kReferer;
    for (const char *format : {"text", "json", "markdown"}) {
        const Run r = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QLatin1String(format)}, input);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(canarySig), format);
        QVERIFY2(!r.out.contains(canaryToken), format);
        QVERIFY(!r.err.contains(canarySig) && !r.err.contains(canaryToken));
    }
}

void TestCli::serverStringsAreRedacted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canary");
    // The server's own strings echo what the client sent: a token in a presigned query, an SSE-C
    // key among the canonical headers, a SigV2 signature. diagnose prints them, redacted.
    QTest::newRow("token in canonical query")
        << QByteArray("<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match</Message>"
                      "<CanonicalRequest>GET\n/a.jpg\nX-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request"
                      "&amp;X-Amz-Date=20260101T000000Z&amp;X-Amz-Expires=60&amp;X-Amz-Security-Token=CANARYQUERYTOKEN&amp;X-Amz-SignedHeaders=host\n"
                      "host:b.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest>"
                      "<StringToSign>AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/s3/aws4_request\nabc</StringToSign></Error>")
        << QByteArray("CANARYQUERYTOKEN");
    QTest::newRow("sse-c key in canonical headers")
        << QByteArray("<Error><Code>SignatureDoesNotMatch</Code><CanonicalRequest>PUT\n/a.jpg\n\nhost:b.s3.amazonaws.com\n"
                      "x-amz-server-side-encryption-customer-key:CANARYSSECKEYBASE64==\nx-amz-date:20260101T000000Z\n\n"
                      "host;x-amz-server-side-encryption-customer-key;x-amz-date\nUNSIGNED-PAYLOAD</CanonicalRequest></Error>")
        << QByteArray("CANARYSSECKEYBASE64");
    QTest::newRow("sigv2 authorization")
        << QByteArray("> GET /a.jpg HTTP/1.1\n> Host: b.s3.amazonaws.com\n> Authorization: AWS AKIAIOSFODNN7EXAMPLE:CANARYV2SIGNATURE=\n>\n"
                      "< HTTP/1.1 403 Forbidden\n\n<Error><Code>SignatureDoesNotMatch</Code><StringToSign>GET\n\n\n1700000000\n/b/a.jpg</StringToSign>"
                      "<SignatureProvided>CANARYV2SIGNATURE=</SignatureProvided></Error>")
        << QByteArray("CANARYV2SIGNATURE");
}

void TestCli::serverStringsAreRedacted()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canary);
    for (const char *format : {"text", "json", "markdown"}) {
        const Run r = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QLatin1String(format)}, input);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(canary), qPrintable(QLatin1String(format) + u'\n' + QString::fromUtf8(r.out)));
        QVERIFY(!r.err.contains(canary));
    }
}

void TestCli::diagnoseLeadsWithTheVerdict()
{
    const Run json = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json")}, kReferer);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonObject verdict = root.value(QStringLiteral("verdict")).toObject();
    QVERIFY(QStringList({QStringLiteral("confirmed"), QStringLiteral("likely"), QStringLiteral("undetermined")})
                .contains(verdict.value(QStringLiteral("state")).toString()));
    QCOMPARE(verdict.value(QStringLiteral("category")).toString(), QStringLiteral("referer"));
    QCOMPARE(verdict.value(QStringLiteral("causeId")).toString(),
             root.value(QStringLiteral("causes")).toArray().first().toObject().value(QStringLiteral("id")).toString());
    QVERIFY(!verdict.value(QStringLiteral("text")).toString().isEmpty());
    QVERIFY(verdict.value(QStringLiteral("basis")).isArray());
    for (const QJsonValue &cause : root.value(QStringLiteral("causes")).toArray())
        QCOMPARE(cause.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open")); // nothing checked

    const QString sentence = verdict.value(QStringLiteral("text")).toString();
    const Run text = run({QStringLiteral("diagnose")}, kReferer);
    QVERIFY2(QString::fromUtf8(text.out).startsWith(sentence + u'\n'), text.out.left(300).constData());
    const Run markdown = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("markdown")}, kReferer);
    const QStringList lines = QString::fromUtf8(markdown.out).split(u'\n');
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.at(2), QStringLiteral("**") + sentence + QStringLiteral("**"));

    // A thin paste is not settled, and names the question that would settle it when causes are close.
    const Run thin = run({QStringLiteral("diagnose"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--provider"),
                          QStringLiteral("cos")},
                         "403 AccessDenied: Access Denied.");
    const QJsonObject thinRoot = QJsonDocument::fromJson(thin.out).object();
    QCOMPARE(thinRoot.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("undetermined"));
    const QJsonObject discriminator = thinRoot.value(QStringLiteral("discriminator")).toObject();
    QVERIFY(!discriminator.value(QStringLiteral("question")).toString().isEmpty());
    QVERIFY(discriminator.value(QStringLiteral("causes")).toArray().size() >= 2);
    QVERIFY(discriminator.contains(QStringLiteral("check")));
}

void TestCli::checkWithPasteRanksBothInOneReport()
{
    // A port nothing listens on: every check ends without an answer, so only the paste can settle.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QFile file(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/diagnose/cos/http_dump_request_time_too_skewed_dates.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray paste = file.readAll();
    const QStringList base{QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--endpoint"),
                           QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--bucket"), QStringLiteral("iot-logs-1254443332"),
                           QStringLiteral("--path-style"), QStringLiteral("--timeout-ms"), QStringLiteral("2000"), QStringLiteral("--paste"),
                           QStringLiteral("-")};
    const Run json = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, paste);
    QVERIFY2(json.exitCode == 0 || json.exitCode == 1, json.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonObject verdict = root.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed")); // the pasted times prove it
    QCOMPARE(verdict.value(QStringLiteral("category")).toString(), QStringLiteral("clock_skew"));
    QVERIFY(!root.value(QStringLiteral("checks")).toArray().isEmpty());
    bool requestIdFromPaste = false;
    for (const QJsonValue &row : root.value(QStringLiteral("support")).toArray()) {
        const QJsonObject o = row.toObject();
        requestIdFromPaste |= o.value(QStringLiteral("field")).toString() == QLatin1String("RequestId")
                              && o.value(QStringLiteral("source")).toString() == QLatin1String("paste")
                              && o.value(QStringLiteral("value")).toString() == QLatin1String("NjhmNDI3MTVfMGM5ZTdhYjFfMzFiMGZfNDQ4YzJkMQ==");
    }
    QVERIFY(requestIdFromPaste);

    // Text: the verdict first; what was and was not checked, never "No check failed" here.
    const Run text = run(base, paste);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(verdict.value(QStringLiteral("text")).toString()), qPrintable(out.left(300)));
    QVERIFY2(!out.contains(QStringLiteral("No check failed")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not checked (skipped, error or not run): Time sync")), qPrintable(out));

    // The report file holds the paste's identifiers and leads with the verdict.
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.md"));
    const Run md = run(base + QStringList{QStringLiteral("--output"), report}, paste);
    QVERIFY(md.exitCode == 0 || md.exitCode == 1);
    QFile written(report);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(written.readAll());
    QVERIFY(markdown.contains(QStringLiteral("NjhmNDI3MTVfMGM5ZTdhYjFfMzFiMGZfNDQ4YzJkMQ==")));
    QVERIFY(markdown.indexOf(verdict.value(QStringLiteral("text")).toString()) < markdown.indexOf(QStringLiteral("| RequestId |")));
    QVERIFY(!markdown.contains(QStringLiteral("No check failed")));
}

void TestCli::checkWithUnreadablePaste()
{
    const Run r = run({QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("cos"), QStringLiteral("--endpoint"),
                       QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--bucket"), QStringLiteral("b-1250000000"), QStringLiteral("--paste"),
                       QStringLiteral("/nonexistent/paste.txt")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
