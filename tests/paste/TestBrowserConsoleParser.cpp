#include "paste/BrowserConsoleParser.h"

#include <QTest>

// Each console message form gives its own fields: Chrome and Edge name the URL and the origin,
// Firefox the URL and the status; both give their reason, and the network line the method.
class TestBrowserConsoleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data();
    void forms();
    void firstFormWins();
    void nothingWithoutAMessage();
};

void TestBrowserConsoleParser::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("preflight");

    QTest::newRow("chrome") << QStringLiteral(
        "Access to XMLHttpRequest at 'https://b.example.com/a.jpg' from origin 'https://app.example.com' has been blocked by CORS "
        "policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is "
        "present on the requested resource.\nPUT https://b.example.com/a.jpg net::ERR_FAILED")
                            << QStringLiteral("https://b.example.com/a.jpg") << QStringLiteral("https://app.example.com")
                            << QStringLiteral("Response to preflight request doesn't pass access control check: No "
                                              "'Access-Control-Allow-Origin' header is present on the requested resource.")
                            << 0 << QStringLiteral("PUT") << true;
    QTest::newRow("chrome, typographic quotes, redirected") << QStringLiteral(
        "Access to fetch at ‘https://b.example.com/a.jpg’ (redirected from ‘https://cdn.example.com/a.jpg’) from origin "
        "‘https://app.example.com’ has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present.")
                                                            << QStringLiteral("https://b.example.com/a.jpg")
                                                            << QStringLiteral("https://app.example.com")
                                                            << QStringLiteral("No 'Access-Control-Allow-Origin' header is present.") << 0
                                                            << QString() << false;
    QTest::newRow("chrome in chinese") << QStringLiteral(
        "从源 'https://shop.example.cn' 访问 'https://m.example.cn/b.png' 处的 XMLHttpRequest 已被 CORS 策略阻止：对预检请求的响应"
        "未通过访问控制检查。\nPOST https://m.example.cn/b.png net::ERR_FAILED 403 (Forbidden)")
                                       << QStringLiteral("https://m.example.cn/b.png") << QStringLiteral("https://shop.example.cn")
                                       << QStringLiteral("对预检请求的响应未通过访问控制检查。") << 403 << QStringLiteral("POST") << true;
    QTest::newRow("firefox") << QStringLiteral(
        "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://b.example.com/v.mp4. "
        "(Reason: CORS header 'Access-Control-Allow-Origin' missing). Status code: 403.")
                             << QStringLiteral("https://b.example.com/v.mp4") << QString()
                             << QStringLiteral("CORS header 'Access-Control-Allow-Origin' missing") << 403 << QString() << false;
    QTest::newRow("firefox in chinese") << QStringLiteral(
        "已拦截跨源请求：同源策略禁止读取位于 https://d.example.cn/m.pdf 的远程资源。（原因：CORS 头缺少 'Access-Control-Allow-Origin'）。"
        "状态码：403。")
                                        << QStringLiteral("https://d.example.cn/m.pdf") << QString()
                                        << QStringLiteral("CORS 头缺少 'Access-Control-Allow-Origin'") << 403 << QString() << false;
}

void TestBrowserConsoleParser::forms()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QFETCH(QString, reason);
    QFETCH(int, status);
    QFETCH(QString, method);
    QFETCH(bool, preflight);
    const BrowserConsole c = BrowserConsoleParser::parse(text);
    QVERIFY(c.found);
    QCOMPARE(c.url, url);
    QCOMPARE(c.origin, origin);
    QCOMPARE(c.reason, reason);
    QCOMPARE(c.httpStatus, status);
    QCOMPARE(c.method, method);
    QCOMPARE(c.preflight, preflight);
}

void TestBrowserConsoleParser::firstFormWins()
{
    // Chrome's message is read first: its URL and origin stand, though Firefox's follows.
    const BrowserConsole c = BrowserConsoleParser::parse(QStringLiteral(
        "Access to XMLHttpRequest at 'https://a.example.com/x' from origin 'https://app.example.com' has been blocked by CORS policy: "
        "blocked.\nCross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "
        "https://b.example.com/y. (Reason: other). Status code: 403."));
    QCOMPARE(c.url, QStringLiteral("https://a.example.com/x"));
    QCOMPARE(c.origin, QStringLiteral("https://app.example.com"));
    QCOMPARE(c.httpStatus, 0);
}

void TestBrowserConsoleParser::nothingWithoutAMessage()
{
    // The literal alone is no message; a network line counts only beside net::ERR_FAILED.
    QVERIFY(!BrowserConsoleParser::parse(QStringLiteral("the upload has been blocked by CORS policy, I think")).found);
    QVERIFY(!BrowserConsoleParser::parse(QStringLiteral("PUT https://b.example.com/a.jpg 403 (Forbidden)")).found);
    QVERIFY(BrowserConsoleParser::parse(QStringLiteral("PUT https://b.example.com/a.jpg net::ERR_FAILED 403 (Forbidden)")).found);
}

QTEST_GUILESS_MAIN(TestBrowserConsoleParser)
#include "TestBrowserConsoleParser.moc"
