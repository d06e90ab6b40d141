#include "paste/HttpTranscriptParser.h"

#include <QTest>

// The heads of an HTTP dump: curl -v transcripts, raw dumps and the browser's copied general block,
// each line read by its own pattern behind a cheap test of its first characters.
class TestHttpTranscriptParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlVerbose();
    void rawDumpEndsAtTheBody();
    void lastStatusWins();
    void devtoolsBlock_data();
    void devtoolsBlock();
    void sectionLinesChooseTheBlock();
    void plainHttp_data();
    void plainHttp();
    void notADump();
};

void TestHttpTranscriptParser::curlVerbose()
{
    const HttpTranscript t = HttpTranscriptParser::parse(QStringLiteral(
        "*   Trying 10.0.0.1:443...\n"
        "> PUT /a/b.jpg?x=1 HTTP/1.1\n> Host: bucket.example.com\n> Content-Type: image/jpeg\n>\n"
        "< HTTP/1.1 403 Forbidden\n< Server: AmazonS3\n< x-amz-request-id: 4442587FB7D0A2F9\n<\n"
        "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>\n"));
    QVERIFY(t.found);
    QVERIFY(t.curlVerbose);
    QVERIFY(!t.plainHttp);
    QCOMPARE(t.method, QStringLiteral("PUT"));
    QCOMPARE(t.target, QStringLiteral("/a/b.jpg?x=1"));
    QCOMPARE(t.status, 403);
    QCOMPARE(t.requestHeaders, (HeaderList{{QStringLiteral("Host"), QStringLiteral("bucket.example.com")},
                                           {QStringLiteral("Content-Type"), QStringLiteral("image/jpeg")}}));
    QCOMPARE(t.responseHeaders, (HeaderList{{QStringLiteral("Server"), QStringLiteral("AmazonS3")},
                                            {QStringLiteral("x-amz-request-id"), QStringLiteral("4442587FB7D0A2F9")}}));
}

void TestHttpTranscriptParser::rawDumpEndsAtTheBody()
{
    // Without curl's markers a head ends at a blank line or at the first line that is no header.
    const HttpTranscript t = HttpTranscriptParser::parse(QStringLiteral(
        "GET /k HTTP/1.1\nHost: b.example.com\n\nHTTP/1.1 403 Forbidden\nDate: Mon, 01 Jan 2024 00:00:00 GMT\n"
        "the body says: no\nAfter: body\n"));
    QVERIFY(t.found);
    QVERIFY(!t.curlVerbose);
    QCOMPARE(t.method, QStringLiteral("GET"));
    QCOMPARE(t.status, 403);
    QCOMPARE(t.requestHeaders.size(), 1);
    QCOMPARE(t.responseHeaders, (HeaderList{{QStringLiteral("Date"), QStringLiteral("Mon, 01 Jan 2024 00:00:00 GMT")}}));
}

void TestHttpTranscriptParser::lastStatusWins()
{
    // A redirect's status gives way to the one after it; "100 Continue" never counts.
    const HttpTranscript t = HttpTranscriptParser::parse(
        QStringLiteral("< HTTP/1.1 307 Temporary Redirect\n<\n< HTTP/1.1 403 Forbidden\n<\n< HTTP/1.1 100 Continue\n"));
    QCOMPARE(t.status, 403);
    // The first request line names the request; a later one does not replace it.
    const HttpTranscript two = HttpTranscriptParser::parse(QStringLiteral("> GET /first HTTP/1.1\n>\n> PUT /second HTTP/2\n"));
    QCOMPARE(two.method, QStringLiteral("GET"));
    QCOMPARE(two.target, QStringLiteral("/first"));
}

void TestHttpTranscriptParser::devtoolsBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("english") << QStringLiteral("Request URL: https://b.example.com/x\nRequest Method: put\nStatus Code: 403 Forbidden")
                             << QStringLiteral("https://b.example.com/x") << QStringLiteral("PUT") << 403;
    QTest::newRow("chinese") << QStringLiteral("请求网址：https://b.example.com/x\n请求方法: GET\n状态代码: 403")
                             << QStringLiteral("https://b.example.com/x") << QStringLiteral("GET") << 403;
    QTest::newRow("korean") << QStringLiteral("요청 URL: https://b.example.com/x\n요청 메서드: DELETE\n상태 코드: 403 (Forbidden)")
                            << QStringLiteral("https://b.example.com/x") << QStringLiteral("DELETE") << 403;
    // An SDK's "status code: 403, request id: …" is no devtools line.
    QTest::newRow("sdk line") << QStringLiteral("status code: 403, request id: ABC") << QString() << QString() << 0;
}

void TestHttpTranscriptParser::devtoolsBlock()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(int, status);
    const HttpTranscript t = HttpTranscriptParser::parse(text);
    QCOMPARE(t.found, status != 0);
    QCOMPARE(t.url, url);
    QCOMPARE(t.method, method);
    QCOMPARE(t.status, status);
}

void TestHttpTranscriptParser::sectionLinesChooseTheBlock()
{
    const HttpTranscript t = HttpTranscriptParser::parse(QStringLiteral(
        "Response Headers (3)\ncontent-type: application/xml\nx-cos-request-id: abc\n\n请求标头\nOrigin: https://app.example.com\n"));
    QCOMPARE(t.responseHeaders, (HeaderList{{QStringLiteral("content-type"), QStringLiteral("application/xml")},
                                            {QStringLiteral("x-cos-request-id"), QStringLiteral("abc")}}));
    QCOMPARE(t.requestHeaders, (HeaderList{{QStringLiteral("Origin"), QStringLiteral("https://app.example.com")}}));
}

void TestHttpTranscriptParser::plainHttp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::newRow("connected to port 80") << QStringLiteral("* Connected to b.example.com (10.0.0.1) port 80 (#0)\n> GET / HTTP/1.1\n")
                                          << true;
    QTest::newRow("curl with an http url") << QStringLiteral("$ curl -v http://b.example.com/x\n> GET /x HTTP/1.1\n") << true;
    QTest::newRow("port 8080") << QStringLiteral("* Connected to b.example.com (10.0.0.1) port 8080 (#0)\n> GET / HTTP/1.1\n") << false;
    QTest::newRow("https") << QStringLiteral("$ curl -v https://b.example.com/x\n> GET /x HTTP/1.1\n") << false;
}

void TestHttpTranscriptParser::plainHttp()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QCOMPARE(HttpTranscriptParser::parse(text).plainHttp, plain);
}

void TestHttpTranscriptParser::notADump()
{
    const HttpTranscript t = HttpTranscriptParser::parse(
        QStringLiteral("Uploading failed with 403.\nNote: the HTTP/1.1 spec says so.\nKey: value outside any head\n"));
    QVERIFY(!t.found);
    QVERIFY(t.requestHeaders.isEmpty());
    QVERIFY(t.responseHeaders.isEmpty());
    // A line longer than any header is skipped whole.
    QVERIFY(!HttpTranscriptParser::parse(QStringLiteral("HTTP/1.1 403 Forbidden ") + QString(9000, u'x')).found);
}

QTEST_GUILESS_MAIN(TestHttpTranscriptParser)
#include "TestHttpTranscriptParser.moc"
