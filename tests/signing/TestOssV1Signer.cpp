#include "signing/OssV1Signer.h"

#include <QTest>

class TestOssV1Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringToSign_data();
    void stringToSign();
    void tokenIsAnOssHeaderInHeaderForm();
    void dateAddedWhenMissing();
};

namespace {
SignRequest request(const QString &method, const QString &url, const HeaderList &headers)
{
    SignRequest r;
    QString error;
    SignRequest::fromUrl(method, url, headers, &r, &error);
    r.accessKeyId = QStringLiteral("ak");
    r.secretKey = QStringLiteral("sk");
    r.time = QDateTime::fromSecsSinceEpoch(1672223261, Qt::UTC);
    return r;
}
}

void TestOssV1Signer::stringToSign_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("expected");
    const QString date = QStringLiteral("Wed, 28 Dec 2022 10:27:41 GMT");
    QTest::newRow("put with oss headers")
        << QStringLiteral("PUT") << QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/nelson")
        << HeaderList{{QStringLiteral("Content-MD5"), QStringLiteral("eB5eJF1ptWaXm4bijSPyxw==")},
                      {QStringLiteral("Content-Type"), QStringLiteral("text/html")},
                      {QStringLiteral("x-oss-meta-magic"), QStringLiteral("abracadabra")},
                      {QStringLiteral("x-oss-meta-author"), QStringLiteral("alice")},
                      {QStringLiteral("x-oss-date"), date}}
        << QStringLiteral("PUT\neB5eJF1ptWaXm4bijSPyxw==\ntext/html\nWed, 28 Dec 2022 10:27:41 GMT\nx-oss-date:Wed, 28 Dec 2022 10:27:41 GMT\n"
                          "x-oss-meta-author:alice\nx-oss-meta-magic:abracadabra\n/examplebucket/nelson");
    QTest::newRow("only sub-resources, sorted")
        << QStringLiteral("GET") << QStringLiteral("http://examplebucket.oss-cn-hangzhou.aliyuncs.com/?resourceGroup&prefix=a&acl")
        << HeaderList{{QStringLiteral("Date"), date}}
        << QStringLiteral("GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/examplebucket/?acl&resourceGroup");
    QTest::newRow("key is not encoded")
        << QStringLiteral("GET") << QStringLiteral("http://b.oss-cn-hangzhou.aliyuncs.com/dir/a%20b%2B%E4%B8%AD.txt?versionId=v1")
        << HeaderList{{QStringLiteral("Date"), date}} << QStringLiteral("GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/b/dir/a b+中.txt?versionId=v1");
    QTest::newRow("path-style on an ip") << QStringLiteral("GET") << QStringLiteral("http://10.0.0.1/b/k")
                                         << HeaderList{{QStringLiteral("Date"), date}}
                                         << QStringLiteral("GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/b/k");
}

void TestOssV1Signer::stringToSign()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(HeaderList, headers);
    QFETCH(QString, expected);
    QCOMPARE(OssV1Signer::sign(request(method, url, headers)).step(QStringLiteral("stringToSign")), expected);
}

void TestOssV1Signer::tokenIsAnOssHeaderInHeaderForm()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("http://b.oss-cn-hangzhou.aliyuncs.com/k"), {});
    r.securityToken = QStringLiteral("tok");
    QVERIFY(OssV1Signer::sign(r).step(QStringLiteral("stringToSign")).contains(QLatin1String("\nx-oss-security-token:tok\n/b/k")));
}

void TestOssV1Signer::dateAddedWhenMissing()
{
    const SignResult result = OssV1Signer::sign(request(QStringLiteral("GET"), QStringLiteral("http://b.oss-cn-hangzhou.aliyuncs.com/k"), {}));
    QCOMPARE(result.step(QStringLiteral("stringToSign")), QStringLiteral("GET\n\n\nWed, 28 Dec 2022 10:27:41 GMT\n/b/k"));
    bool dated = false;
    for (const auto &h : result.headers)
        dated |= h.first == QLatin1String("Date");
    QVERIFY(dated);
}

QTEST_GUILESS_MAIN(TestOssV1Signer)
#include "TestOssV1Signer.moc"
