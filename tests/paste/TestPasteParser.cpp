#include "support/FixtureCorpus.h"
#include "paste/PasteParser.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

class TestPasteParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void corpusCoversEveryFormat();
    void requestLineAndHostMakeUrl();
    void stringToSignBytesWin();
    void emptyAndJunk();
};

namespace {
QString fieldValue(const ParsedInput &input, const QString &key)
{
    if (key == QLatin1String("provider"))
        return Providers::id(input.provider);
    if (key == QLatin1String("httpStatus"))
        return QString::number(input.httpStatus);
    const QHash<QString, QString> fields{
        {QStringLiteral("code"), input.code},
        {QStringLiteral("message"), input.message},
        {QStringLiteral("requestId"), input.requestId},
        {QStringLiteral("hostId"), input.hostId},
        {QStringLiteral("traceId"), input.traceId},
        {QStringLiteral("ec"), input.ec},
        {QStringLiteral("resource"), input.resource},
        {QStringLiteral("stringToSign"), input.stringToSign},
        {QStringLiteral("canonicalRequest"), input.canonicalRequest},
        {QStringLiteral("serverTime"), input.serverTime},
        {QStringLiteral("requestTime"), input.requestTime},
        {QStringLiteral("endpoint"), input.endpoint},
        {QStringLiteral("bucket"), input.bucket},
        {QStringLiteral("objectKey"), input.objectKey},
        {QStringLiteral("region"), input.region},
        {QStringLiteral("method"), input.method},
        {QStringLiteral("url"), input.url},
        {QStringLiteral("accessKeyId"), input.accessKeyId},
    };
    return fields.value(key, QStringLiteral("<unknown key %1>").arg(key));
}
}

void TestPasteParser::corpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("expected");
    QString error;
    const QList<Fixture> fixtures = FixtureCorpus::load(FixtureCorpus::fixturesDir() + QStringLiteral("/parser"), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    for (const Fixture &f : fixtures)
        QTest::newRow(qPrintable(f.name)) << f.text << f.expected;
}

void TestPasteParser::corpus()
{
    QFETCH(QString, text);
    QFETCH(QJsonObject, expected);
    const ParsedInput input = PasteParser::parse(text);
    QStringList mismatches;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (it.key() == QLatin1String("formats")) {
            QStringList wanted;
            for (const QJsonValue &v : it.value().toArray())
                wanted << v.toString();
            QStringList got = input.formats;
            wanted.sort();
            got.sort();
            if (got != wanted)
                mismatches << QStringLiteral("formats: got [%1], expected [%2]").arg(got.join(u','), wanted.join(u','));
            continue;
        }
        const QString want = it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString();
        const QString got = fieldValue(input, it.key());
        if (got != want)
            mismatches << QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(it.key(), got, want);
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

void TestPasteParser::corpusCoversEveryFormat()
{
    QString error;
    const QList<Fixture> fixtures = FixtureCorpus::load(FixtureCorpus::fixturesDir() + QStringLiteral("/parser"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fixtures.size() >= 40);
    QSet<QString> seen;
    for (const Fixture &f : fixtures) {
        for (const QJsonValue &v : f.expected.value(QStringLiteral("formats")).toArray())
            seen.insert(v.toString());
    }
    for (const char *format : {"xml", "json", "sdk-java", "sdk-python", "sdk-go", "sdk-php", "sdk-dotnet", "sdk-js", "http-dump",
                               "curl-verbose", "browser-console", "presigned-url", "text"})
        QVERIFY2(seen.contains(QLatin1String(format)), format);
}

void TestPasteParser::requestLineAndHostMakeUrl()
{
    const ParsedInput input = PasteParser::parse(QStringLiteral(
        "> PUT /photos/a.jpg HTTP/1.1\n> Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com\n> Content-Type: image/jpeg\n>\n"
        "< HTTP/1.1 403 Forbidden\n< Server: tencent-cos\n< x-cos-request-id: NjU2ZjI4ZTdfYjI1ODJiMGFfMjM3NTJfMWM4ZmY0Nw==\n<\n"));
    QCOMPARE(input.method, QStringLiteral("PUT"));
    QCOMPARE(input.httpStatus, 403);
    QCOMPARE(input.url, QStringLiteral("https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/photos/a.jpg"));
    QCOMPARE(input.bucket, QStringLiteral("examplebucket-1250000000"));
    QCOMPARE(input.objectKey, QStringLiteral("photos/a.jpg"));
    QCOMPARE(input.region, QStringLiteral("ap-beijing"));
    QCOMPARE(input.provider, Provider::Cos);
    QCOMPARE(input.requestHeader(QStringLiteral("content-type")), QStringLiteral("image/jpeg"));
    QVERIFY(input.formats.contains(QStringLiteral("curl-verbose")));
}

void TestPasteParser::stringToSignBytesWin()
{
    const ParsedInput input = PasteParser::parse(QStringLiteral(
        "<Error><Code>SignatureDoesNotMatch</Code><StringToSign>PUT  /bucket/?acl</StringToSign>"
        "<StringToSignBytes>50 55 54 0a 0a 2f 62</StringToSignBytes><EC>0002-00000040</EC></Error>"));
    QCOMPARE(input.stringToSign, QStringLiteral("PUT\n\n/b"));
    QCOMPARE(input.ec, QStringLiteral("0002-00000040"));
    QCOMPARE(input.provider, Provider::Oss);
}

void TestPasteParser::emptyAndJunk()
{
    const ParsedInput empty = PasteParser::parse(QString());
    QCOMPARE(empty.formats, QStringList{QStringLiteral("text")});
    QCOMPARE(empty.provider, Provider::Unknown);
    QString junk;
    for (int i = 0; i < 5000; ++i)
        junk += QChar(u'\x01' + (i * 7) % 200);
    const ParsedInput parsed = PasteParser::parse(junk);
    QVERIFY(parsed.code.isEmpty());
}

QTEST_GUILESS_MAIN(TestPasteParser)
#include "TestPasteParser.moc"
