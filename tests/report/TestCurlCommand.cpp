// The curl command offered beside a check's details (CurlCommand): one per request, the request as
// sent, and no secret in it even when the transcript it starts from still held one.
#include "report/CurlCommand.h"
#include "security/Redactor.h"

#include <QTest>

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneCommandPerRequest();
    void secretsStayOut();
    void quotesSurviveTheShell();
};

namespace {
const QString kSignature = QStringLiteral("5e0a2c7f9d1b3e4a6c8d0f1e2a3b4c5d6e7f8a9b");
const QString kToken = QStringLiteral("example-token-canary-7f3a");
}

void TestCurlCommand::oneCommandPerRequest()
{
    const QStringList transcript{QStringLiteral("> HEAD https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg"),
                                 QStringLiteral("> Referer: https://www.example.com/gallery.html"),
                                 QStringLiteral("< 403 Forbidden"),
                                 QStringLiteral("< x-cos-request-id: NjU2ZjI4ZTdf"),
                                 QStringLiteral("> OPTIONS https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/photos/cat.jpg"),
                                 QStringLiteral("> Origin: https://app.example.com"),
                                 QStringLiteral("> Access-Control-Request-Method: PUT"),
                                 QStringLiteral("< 200 OK")};
    const QStringList commands = CurlCommand::fromTranscript(transcript);
    QCOMPARE(commands.size(), 2);
    QVERIFY(commands.at(0).startsWith(QLatin1String("curl ")));
    QVERIFY(commands.at(0).contains(QLatin1String("--head")));
    QVERIFY(commands.at(0).contains(QLatin1String("-H 'Referer: https://www.example.com/gallery.html'")));
    QVERIFY(!commands.at(0).contains(QLatin1String("x-cos-request-id"))); // the answer is not part of the request
    QVERIFY(commands.at(1).contains(QLatin1String("-X OPTIONS")));
    QVERIFY(commands.at(1).contains(QLatin1String("-H 'Access-Control-Request-Method: PUT'")));
    QVERIFY(!commands.at(1).contains(QLatin1String("Referer")));
}

void TestCurlCommand::secretsStayOut()
{
    // Even from a transcript that was not redacted: the helper redacts again.
    const QStringList transcript{
        QStringLiteral("> GET https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=LTAIEXAMPLE&Expires=1700000000&Signature=")
            + kSignature,
        QStringLiteral("> Authorization: q-sign-algorithm=sha1&q-ak=AKIDEXAMPLE&q-sign-time=1;2&q-key-time=1;2&q-header-list=host&q-url-param-list=&q-signature=")
            + kSignature,
        QStringLiteral("> x-cos-security-token: ") + kToken};
    const QStringList commands = CurlCommand::fromTranscript(transcript);
    QCOMPARE(commands.size(), 1);
    const QString &command = commands.first();
    QVERIFY2(!command.contains(kSignature), qPrintable(command));
    QVERIFY2(!command.contains(kToken), qPrintable(command));
    QVERIFY(command.contains(Redactor::placeholder()));
    QVERIFY(command.contains(QLatin1String("AKIDEXAMPLE"))); // key ids are no secret and support needs them
    QVERIFY(command.contains(QLatin1String("-H 'Authorization: q-sign-algorithm=sha1")));
}

void TestCurlCommand::quotesSurviveTheShell()
{
    QCOMPARE(CurlCommand::quoted(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    const QStringList commands = CurlCommand::fromTranscript({QStringLiteral("> GET http://127.0.0.1:9000/b/it's.txt")});
    QCOMPARE(commands.size(), 1);
    QVERIFY(commands.first().contains(QLatin1String("'http://127.0.0.1:9000/b/it'\\''s.txt'")));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "TestCurlCommand.moc"
