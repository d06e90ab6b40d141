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

QTEST_GUILESS_MAIN(TestSdkMessageParser)
#include "TestSdkMessageParser.moc"
