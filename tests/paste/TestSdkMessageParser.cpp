// SdkMessageParser: a storage error code standing alone in prose is taken as the code, the first
// one in the text, and only where no ASCII letter, digit, underscore or hyphen is glued to it
// (Chinese text glues a code to its words without a space, and is read as it is written).
#include "paste/SdkMessageParser.h"

#include <QTest>

class TestSdkMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeInProse_data();
    void codeInProse();
    void fieldsAfterTheirKeys_data();
    void fieldsAfterTheirKeys();
};

void TestSdkMessageParser::codeInProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("alone") << QStringLiteral("Got AccessDenied when uploading") << QStringLiteral("AccessDenied");
    QTest::newRow("at the start") << QStringLiteral("AccessDenied.") << QStringLiteral("AccessDenied");
    QTest::newRow("at the end") << QStringLiteral("the answer was AccessDenied") << QStringLiteral("AccessDenied");
    QTest::newRow("chinese punctuation around") << QStringLiteral("错误：AccessDenied。") << QStringLiteral("AccessDenied");
    QTest::newRow("letter before") << QStringLiteral("xAccessDenied") << QString();
    QTest::newRow("letters after") << QStringLiteral("AccessDeniedException thrown") << QString();
    QTest::newRow("hyphen before") << QStringLiteral("my-AccessDenied") << QString();
    QTest::newRow("hyphen after") << QStringLiteral("AccessDenied-1") << QString();
    QTest::newRow("underscore before") << QStringLiteral("_AccessDenied") << QString();
    QTest::newRow("underscore after") << QStringLiteral("AccessDenied_") << QString();
    QTest::newRow("digit after") << QStringLiteral("AccessDenied2") << QString();
    QTest::newRow("chinese glued before") << QStringLiteral("错误AccessDenied") << QStringLiteral("AccessDenied");
    QTest::newRow("letter beyond the BMP glued before") << QStringLiteral("\U0001D400AccessDenied") << QStringLiteral("AccessDenied");
    QTest::newRow("symbol beyond the BMP before") << QStringLiteral("\U0001F600AccessDenied") << QStringLiteral("AccessDenied");
    QTest::newRow("other case") << QStringLiteral("accessdenied") << QString();
    QTest::newRow("the first of two") << QStringLiteral("SignatureDoesNotMatch, then AccessDenied") << QStringLiteral("SignatureDoesNotMatch");
    QTest::newRow("the first of two, listed later") << QStringLiteral("InvalidAccessKeyId, then AccessDenied") << QStringLiteral("InvalidAccessKeyId");
    QTest::newRow("a glued one skipped") << QStringLiteral("xAccessDenied and later InvalidAccessKeyId.") << QStringLiteral("InvalidAccessKeyId");
    QTest::newRow("a later one of the same code") << QStringLiteral("AccessDeniedx AccessDenied") << QStringLiteral("AccessDenied");
    QTest::newRow("longer code holding a shorter") << QStringLiteral("KmsInDebt") << QStringLiteral("KmsInDebt");
    QTest::newRow("none") << QStringLiteral("nothing to see here") << QString();
}

void TestSdkMessageParser::codeInProse()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(SdkMessageParser::parse(text).code, code);
}

// Rules whose literal is a key with the character that must follow it: each way of writing the
// key and its separator is still read, and the key alone (an XML element) is not. The statuses are
// not 403, which a rule of its own finds anywhere.
void TestSdkMessageParser::fieldsAfterTheirKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("client error") << QStringLiteral("AccessDenied (client): Access Denied - more") << QStringLiteral("code")
                                  << QStringLiteral("AccessDenied");
    QTest::newRow("server error message") << QStringLiteral("InternalError (server): We had a problem - more") << QStringLiteral("message")
                                          << QStringLiteral("We had a problem");
    QTest::newRow("HostID colon") << QStringLiteral("RequestID: A1, HostID: h0st/Id+=") << QStringLiteral("hostId") << QStringLiteral("h0st/Id+=");
    QTest::newRow("hostid equals, lower case") << QStringLiteral("hostid=abc") << QStringLiteral("hostId") << QStringLiteral("abc");
    QTest::newRow("HostID, tab before the colon") << QStringLiteral("HostID\t: abc") << QStringLiteral("hostId") << QStringLiteral("abc");
    QTest::newRow("HostID, line break before the colon") << QStringLiteral("HostID\n= abc") << QStringLiteral("hostId") << QStringLiteral("abc");
    QTest::newRow("HostID element is no such key") << QStringLiteral("<HostID>abc</HostID>") << QStringLiteral("hostId") << QString();
    QTest::newRow("HTTP status") << QStringLiteral("HTTP 404 returned") << QStringLiteral("status") << QStringLiteral("404");
    QTest::newRow("http status code") << QStringLiteral("got http status code 500") << QStringLiteral("status") << QStringLiteral("500");
    QTest::newRow("HTTP glued to the status") << QStringLiteral("HTTP502") << QStringLiteral("status") << QStringLiteral("502");
    QTest::newRow("HTTP, tab") << QStringLiteral("HTTP\t503") << QStringLiteral("status") << QStringLiteral("503");
    QTest::newRow("a URL is no status") << QStringLiteral("see https://example.com/500x") << QStringLiteral("status") << QString();
}

void TestSdkMessageParser::fieldsAfterTheirKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const SdkMessage m = SdkMessageParser::parse(text);
    const QString got = field == QLatin1String("code")      ? m.code
        : field == QLatin1String("message")                  ? m.message
        : field == QLatin1String("hostId")                   ? m.hostId
        : m.httpStatus == 0                                  ? QString()
                                                             : QString::number(m.httpStatus);
    QCOMPARE(got, value);
}

QTEST_GUILESS_MAIN(TestSdkMessageParser)
#include "TestSdkMessageParser.moc"
