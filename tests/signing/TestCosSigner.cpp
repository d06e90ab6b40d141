#include "signing/CosSigner.h"

#include <QTest>

class TestCosSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intermediateStrings_data();
    void intermediateStrings();
    void tokenIsSignedInHeaderForm();
    void presignedUrlCarriesTokenAfterSigning();
    void onlyAllowListedHeadersAreSigned();
};

namespace {
SignRequest request(const QString &method, const QString &url, const HeaderList &headers = {})
{
    SignRequest r;
    QString error;
    SignRequest::fromUrl(method, url, headers, &r, &error);
    r.accessKeyId = QStringLiteral("QmFzZTY0IGlzIGEgZ2VuZXJp");
    r.secretKey = QStringLiteral("AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM");
    r.time = QDateTime::fromSecsSinceEpoch(1480932292, Qt::UTC);
    r.expires = 80000;
    return r;
}
}

void TestCosSigner::intermediateStrings_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("httpString");
    QTest::addColumn<QString>("stringToSign");

    QTest::newRow("go sdk vector")
        << QStringLiteral("PUT") << QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/testfile2")
        << HeaderList{{QStringLiteral("Host"), QStringLiteral("testbucket-125000000.cos.ap-guangzhou.myqcloud.com")},
                      {QStringLiteral("x-cos-content-sha1"), QStringLiteral("db8ac1c259eb89d4a131b253bacfca5f319d54f2")},
                      {QStringLiteral("x-cos-stroage-class"), QStringLiteral("nearline")}}
        << QStringLiteral("put\n/testfile2\n\nhost=testbucket-125000000.cos.ap-guangzhou.myqcloud.com&x-cos-content-sha1="
                          "db8ac1c259eb89d4a131b253bacfca5f319d54f2&x-cos-stroage-class=nearline\n")
        << QStringLiteral("sha1\n1480932292;1481012292\n113b22e92b74237531fafbfc8bb9e67be55645c7\n");
    QTest::newRow("acl sub-resource") << QStringLiteral("GET") << QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/?acl")
                                      << HeaderList{}
                                      << QStringLiteral("get\n/\nacl=\nhost=testbucket-125000000.cos.ap-guangzhou.myqcloud.com\n")
                                      << QStringLiteral("sha1\n1480932292;1481012292\n1c5742917921ca7afa6e1a4a046883205ef88afa\n");
    QTest::newRow("raw path, encoded values")
        << QStringLiteral("GET")
        << QStringLiteral("http://testbucket-125000000.cos.ap-guangzhou.myqcloud.com/a%20b/%E6%B5%8B%E8%AF%95.jpg?response-content-type=image/jpeg&versionId=MTg0NDUx")
        << HeaderList{{QStringLiteral("Range"), QStringLiteral("bytes=0-9")}}
        << QStringLiteral("get\n/a b/测试.jpg\nresponse-content-type=image%2Fjpeg&versionid=MTg0NDUx\n"
                          "host=testbucket-125000000.cos.ap-guangzhou.myqcloud.com&range=bytes%3D0-9\n")
        << QStringLiteral("sha1\n1480932292;1481012292\n0619d16bcec44387e424f9c242c2590b09cbf5da\n");
}

void TestCosSigner::intermediateStrings()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(HeaderList, headers);
    QFETCH(QString, httpString);
    QFETCH(QString, stringToSign);
    const SignResult result = CosSigner::sign(request(method, url, headers));
    QVERIFY(result.ok);
    QCOMPARE(result.step(QStringLiteral("httpString")), httpString);
    QCOMPARE(result.step(QStringLiteral("stringToSign")), stringToSign);
}

void TestCosSigner::tokenIsSignedInHeaderForm()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://b-1250000000.cos.ap-beijing.myqcloud.com/k"));
    r.securityToken = QStringLiteral("tok");
    const SignResult result = CosSigner::sign(r);
    QVERIFY(result.authorization.contains(QLatin1String("q-header-list=host;x-cos-security-token")));
    bool carried = false;
    for (const auto &h : result.headers)
        carried |= h.first == QLatin1String("x-cos-security-token") && h.second == QLatin1String("tok");
    QVERIFY(carried);
}

void TestCosSigner::presignedUrlCarriesTokenAfterSigning()
{
    SignRequest r = request(QStringLiteral("GET"), QStringLiteral("https://b-1250000000.cos.ap-beijing.myqcloud.com/a%20b.txt"));
    r.securityToken = QStringLiteral("t+k");
    r.presign = true;
    const SignResult result = CosSigner::sign(r);
    QVERIFY(result.authorization.isEmpty());
    QVERIFY(result.url.startsWith(QLatin1String("https://b-1250000000.cos.ap-beijing.myqcloud.com/a%20b.txt?q-sign-algorithm=sha1&")));
    QVERIFY(result.url.contains(QLatin1String("q-sign-time=1480932292%3B1481012292")));
    QVERIFY(result.url.endsWith(QLatin1String("&x-cos-security-token=t%2Bk")));
    QVERIFY(result.url.contains(QLatin1String("q-header-list=host&")));
}

void TestCosSigner::onlyAllowListedHeadersAreSigned()
{
    const SignResult result = CosSigner::sign(request(QStringLiteral("PUT"), QStringLiteral("https://b-1250000000.cos.ap-beijing.myqcloud.com/k"),
                                                      {{QStringLiteral("User-Agent"), QStringLiteral("curl")},
                                                       {QStringLiteral("Content-Type"), QStringLiteral("text/plain")},
                                                       {QStringLiteral("X-Ci-Foo"), QStringLiteral("1")},
                                                       {QStringLiteral("Accept"), QStringLiteral("*/*")}}));
    QVERIFY(result.authorization.contains(QLatin1String("q-header-list=content-type;host;x-ci-foo&")));
}

QTEST_GUILESS_MAIN(TestCosSigner)
#include "TestCosSigner.moc"
