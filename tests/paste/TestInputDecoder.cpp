#include "paste/InputDecoder.h"

#include <QStringEncoder>
#include <QTest>

class TestInputDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainUtf8();
    void invalidUtf8IsReplacedAndNoted();
    void gb18030IsRecognised();
    void binaryIsBlankedAndNoted();
    void utf16WithBom();
    void blank();
};

void TestInputDecoder::plainUtf8()
{
    const DecodedInput d = InputDecoder::decode(QStringLiteral("<Code>AccessDenied</Code> 拒绝 거부").toUtf8());
    QVERIFY(d.warnings.isEmpty());
    QCOMPARE(d.text, QStringLiteral("<Code>AccessDenied</Code> 拒绝 거부"));
}

void TestInputDecoder::invalidUtf8IsReplacedAndNoted()
{
    QByteArray bytes = "AccessDenied \xff\xfe\xfd tail";
    const DecodedInput d = InputDecoder::decode(bytes);
    QVERIFY(d.warnings.contains(QStringLiteral("invalid_utf8")) || d.warnings.contains(QStringLiteral("gb18030")));
    QVERIFY(d.text.startsWith(QLatin1String("AccessDenied")));
    QVERIFY(d.text.endsWith(QLatin1String("tail")));
}

void TestInputDecoder::gb18030IsRecognised()
{
    QStringEncoder encoder("GB18030");
    if (!encoder.isValid())
        QSKIP("This Qt has no GB18030 codec");
    const QByteArray bytes = encoder.encode(QStringLiteral("错误：AccessDenied 签名不匹配"));
    const DecodedInput d = InputDecoder::decode(bytes);
    QCOMPARE(d.text, QStringLiteral("错误：AccessDenied 签名不匹配"));
    QVERIFY(d.warnings.contains(QStringLiteral("gb18030")));
}

void TestInputDecoder::binaryIsBlankedAndNoted()
{
    static const char raw[] = "\x00\x01\x02PNG\x00<Code>AccessDenied</Code>\x03\x04";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    const DecodedInput d = InputDecoder::decode(bytes);
    QVERIFY(d.warnings.contains(QStringLiteral("binary")));
    QVERIFY(d.text.contains(QLatin1String("<Code>AccessDenied</Code>")));
    QVERIFY(!d.text.contains(QChar(u'\0')));
}

void TestInputDecoder::utf16WithBom()
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(InputDecoder::decode(bytes).text, QStringLiteral("SignatureDoesNotMatch"));
}

void TestInputDecoder::blank()
{
    QVERIFY(InputDecoder::isBlank(QStringLiteral(" \n\t ")));
    QVERIFY(InputDecoder::isBlank(QString()));
    QVERIFY(!InputDecoder::isBlank(QStringLiteral(" x ")));
}

QTEST_GUILESS_MAIN(TestInputDecoder)
#include "TestInputDecoder.moc"
