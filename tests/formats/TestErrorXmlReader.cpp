#include "formats/ErrorXmlReader.h"

#include <QElapsedTimer>
#include <QTest>

class TestErrorXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFields_data();
    void readsFields();
    void truncatedKeepsFieldsSoFar();
    void malformedIsFlagged();
    void entityBombIsRefused();
    void noErrorElement();
    void findsBodyInsideLogLine();
    void keepsFieldOrderAndExtras();
};

void TestErrorXmlReader::readsFields_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("one line") << QStringLiteral("<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>")
                              << QStringLiteral("AccessDenied") << QStringLiteral("Access Denied.");
    QTest::newRow("prolog and pretty") << QStringLiteral("<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>SignatureDoesNotMatch</Code>\n"
                                                         "  <Message>\n    The request signature we calculated does not match.\n  </Message>\n</Error>")
                                       << QStringLiteral("SignatureDoesNotMatch")
                                       << QStringLiteral("The request signature we calculated does not match.");
    QTest::newRow("default namespace") << QStringLiteral("<Error xmlns=\"http://doc.oss-cn-hangzhou.aliyuncs.com\"><Code>AccessDenied</Code>"
                                                         "<Message>You are denied by bucket referer policy.</Message></Error>")
                                       << QStringLiteral("AccessDenied") << QStringLiteral("You are denied by bucket referer policy.");
    QTest::newRow("prefixed elements") << QStringLiteral("<s3:Error xmlns:s3=\"urn:x\"><s3:Code>NoSuchKey</s3:Code><s3:Message>gone</s3:Message></s3:Error>")
                                       << QStringLiteral("NoSuchKey") << QStringLiteral("gone");
    QTest::newRow("entities") << QStringLiteral("<Error><Code>AccessForbidden</Code><Message>CORSResponse: the resource&apos;s CORS spec &amp; more</Message></Error>")
                              << QStringLiteral("AccessForbidden") << QStringLiteral("CORSResponse: the resource's CORS spec & more");
    QTest::newRow("cdata") << QStringLiteral("<Error><Code><![CDATA[InvalidAccessKeyId]]></Code><Message>m</Message></Error>")
                           << QStringLiteral("InvalidAccessKeyId") << QStringLiteral("m");
    QTest::newRow("nested element ignored") << QStringLiteral("<Error><Code>A</Code><Detail><Code>B</Code></Detail><Message>x</Message></Error>")
                                            << QStringLiteral("A") << QStringLiteral("x");
}

void TestErrorXmlReader::readsFields()
{
    QFETCH(QString, xml);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ErrorXml result = ErrorXmlReader::read(xml);
    QVERIFY(result.found);
    QVERIFY(!result.truncated);
    QVERIFY(!result.malformed);
    QCOMPARE(result.field(u"Code"), code);
    QCOMPARE(result.field(u"Message"), message);
}

void TestErrorXmlReader::truncatedKeepsFieldsSoFar()
{
    const ErrorXml result = ErrorXmlReader::read(u"<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the req");
    QVERIFY(result.found);
    QVERIFY(result.truncated);
    QCOMPARE(result.field(u"Code"), QStringLiteral("RequestTimeTooSkewed"));
    QCOMPARE(result.field(u"Message"), QStringLiteral("The difference between the req"));
}

void TestErrorXmlReader::malformedIsFlagged()
{
    const ErrorXml result = ErrorXmlReader::read(u"<Error><Code>AccessDenied</Code><Message>a < b</Message></Error>");
    QVERIFY(result.found);
    QVERIFY(result.malformed);
    QCOMPARE(result.field(u"Code"), QStringLiteral("AccessDenied"));
}

void TestErrorXmlReader::entityBombIsRefused()
{
    QString bomb = QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; ++i) {
        QString refs;
        for (int j = 0; j < 10; ++j)
            refs += QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1));
        bomb += QStringLiteral("<!ENTITY lol%1 \"%2\">\n").arg(i).arg(refs);
    }
    bomb += QStringLiteral("]>\n<Error><Code>&lol9;</Code></Error>");
    QElapsedTimer timer;
    timer.start();
    const ErrorXml result = ErrorXmlReader::read(bomb);
    QVERIFY(result.refusedDtd);
    QVERIFY(!result.found);
    QVERIFY(result.fields.isEmpty());
    // Through findAndRead as well: the DOCTYPE sits before <Error> in the pasted text.
    const ErrorXml found = ErrorXmlReader::findAndRead(bomb);
    QVERIFY(found.field(u"Code").size() < 1000);
}

void TestErrorXmlReader::noErrorElement()
{
    QVERIFY(!ErrorXmlReader::read(u"<ListBucketResult><Name>x</Name></ListBucketResult>").found);
    QVERIFY(!ErrorXmlReader::findAndRead(QStringLiteral("just words, no xml")).found);
    QVERIFY(!ErrorXmlReader::read(u"").found);
}

void TestErrorXmlReader::findsBodyInsideLogLine()
{
    const QString log = QStringLiteral(
        "2026-01-02 ERROR body=\"<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?>\\n<Error>\\n  <Code>SignatureDoesNotMatch</Code>\\n"
        "  <StringToSign>GET\\n\\n\\nWed, 28 Dec 2022 10:27:41 GMT\\n/examplebucket/?acl</StringToSign>\\n</Error>\" took 12ms");
    const ErrorXml result = ErrorXmlReader::findAndRead(log);
    QVERIFY(result.found);
    QCOMPARE(result.field(u"Code"), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(result.field(u"StringToSign"), QStringLiteral("GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/examplebucket/?acl"));
}

void TestErrorXmlReader::keepsFieldOrderAndExtras()
{
    const ErrorXml result = ErrorXmlReader::read(
        u"<Error><Code>PermanentRedirect</Code><Message>m</Message><Bucket>b</Bucket><Endpoint>oss-cn-hangzhou.aliyuncs.com</Endpoint></Error>");
    QCOMPARE(result.fields.size(), 4);
    QCOMPARE(result.fields.at(2).first, QStringLiteral("Bucket"));
    QCOMPARE(result.field(u"endpoint"), QStringLiteral("oss-cn-hangzhou.aliyuncs.com"));
}

QTEST_GUILESS_MAIN(TestErrorXmlReader)
#include "TestErrorXmlReader.moc"
