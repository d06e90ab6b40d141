// WholeWordIndex answers as WholeWord::contains does, for words, phrases and Chinese and Korean words.
#include "common/WholeWord.h"
#include "common/WholeWordIndex.h"

#include <QTest>

class TestWholeWordIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data();
    void contains();
    void sameAsWholeWord();
    void copiesOutliveTheText();
    void substringAsContains();
};

void TestWholeWordIndex::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::newRow("alone") << "kms" << "kms" << true;
    QTest::newRow("glued after") << "kmsindebt" << "kms" << false;
    QTest::newRow("glued before") << "ossbrowser" << "browser" << false;
    QTest::newRow("second occurrence") << "ossbrowser, browser" << "browser" << true;
    QTest::newRow("underscore is a boundary") << "x_security_token" << "token" << true;
    QTest::newRow("phrase") << "the security token expired" << "security token" << true;
    QTest::newRow("phrase words apart") << "security of the token" << "security token" << false;
    QTest::newRow("phrase glued at its end") << "security tokens" << "security token" << false;
    QTest::newRow("hyphenated") << "x-cos-security-token: abc" << "security-token" << true;
    QTest::newRow("hyphenated, other order") << "token-security" << "security-token" << false;
    QTest::newRow("leading space in the word") << "bucket acl" << " acl" << true;
    QTest::newRow("leading space, glued after") << "bucket aclx" << " acl" << false; // it ends in a letter, so that end is checked
    QTest::newRow("trailing space in the word") << "cam policy" << "cam " << true;
    QTest::newRow("latin then chinese") << "ram用户" << "ram用户" << true;
    QTest::newRow("latin then chinese, glued before") << "xram用户" << "ram用户" << false;
    QTest::newRow("chinese inside a sentence") << "链接过期了" << "过期" << true;
    QTest::newRow("korean inside") << "서명이만료되었습니다" << "만료" << true;
    QTest::newRow("one of two characters") << "过了很久" << "过期" << false;
    QTest::newRow("both characters apart") << "期间过了" << "过期" << false;
    QTest::newRow("latin next to chinese") << "签名sts令牌" << "sts" << true;
    QTest::newRow("punctuation only") << "a :user/ b" << ":user/" << true;
    QTest::newRow("quotes") << "{\"effect\": \"deny\"}" << "\"effect\": \"deny\"" << true;
    QTest::newRow("absent") << "access denied" << "expired" << false;
    QTest::newRow("empty word") << "anything" << "" << false;
    QTest::newRow("empty text") << "" << "kms" << false;
}

void TestWholeWordIndex::contains()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, found);
    QCOMPARE(WholeWordIndex(text).contains(word), found);
}

// Every word of a mixed vocabulary, against texts where each is whole, glued, split or absent.
void TestWholeWordIndex::sameAsWholeWord()
{
    const QStringList words{QStringLiteral("kms"), QStringLiteral("sse-kms"), QStringLiteral(" acl"), QStringLiteral("acl"),
                            QStringLiteral("cam "), QStringLiteral("via:"), QStringLiteral("x-oss-acl"),
                            QStringLiteral("ram 用户"), QStringLiteral("ram用户"), QStringLiteral("过期"),
                            QStringLiteral("security-token="), QStringLiteral("ip 白名单"), QStringLiteral("s3"),
                            QStringLiteral("403"), QStringLiteral("\"conditions\"")};
    const QStringList texts{QStringLiteral("sse-kms key, x-oss-acl: private; via: 1.1 cdn"),
                            QStringLiteral("kmsx sse-kmsx xacl acl- camera ram用户名 ip白名单"),
                            QStringLiteral("ram 用户 has no acl, the security-token=abc, s3 said 403"),
                            QStringLiteral("\"conditions\": [] 过期了 cam policy s3x 4033"),
                            QString()};
    int found = 0;
    for (const QString &text : texts) {
        const WholeWordIndex index(text);
        for (const QString &word : words) {
            const bool expected = WholeWord::contains(text, word);
            QVERIFY2(index.contains(word) == expected, qPrintable(text + QStringLiteral(" | ") + word));
            found += expected ? 1 : 0;
        }
    }
    QVERIFY(found > 10); // the texts hold many of the words, not only none
}

// A copy of the index keeps the text its runs point into.
void TestWholeWordIndex::copiesOutliveTheText()
{
    WholeWordIndex copy;
    {
        QString text = QStringLiteral("access denied by the bucket policy");
        const WholeWordIndex index(text);
        copy = index;
        text.fill(u'x');
    }
    QVERIFY(copy.contains(QStringLiteral("policy")));
    QVERIFY(copy.contains(QStringLiteral("bucket policy")));
    QVERIFY(!copy.contains(QStringLiteral("xxx")));
    QVERIFY(!WholeWordIndex().contains(QStringLiteral("policy")));
}

// A plain substring search, glued ends allowed, with the index ruling out what cannot be there.
void TestWholeWordIndex::substringAsContains()
{
    const QStringList phrases{QStringLiteral("request signature we calculated"), QStringLiteral("access denied"),
                              QStringLiteral("ess den"), QStringLiteral("denied by bucket"), QStringLiteral("签名"),
                              QStringLiteral("签名不匹配"), QStringLiteral("0003-00000001"), QStringLiteral(" policy "),
                              QStringLiteral("a"), QStringLiteral("by-bucket")};
    const QStringList texts{QStringLiteral("the request signature we calculated does not match"),
                            QStringLiteral("xaccess deniedx by-bucket rule, ec 0003-000000012"),
                            QStringLiteral("签名不对 access denied by bucket policy"), QString()};
    int found = 0;
    for (const QString &text : texts) {
        const WholeWordIndex index(text);
        for (const QString &phrase : phrases) {
            const bool expected = text.contains(phrase);
            QVERIFY2(index.containsSubstring(phrase) == expected, qPrintable(text + QStringLiteral(" | ") + phrase));
            found += expected ? 1 : 0;
        }
    }
    QVERIFY(found > 8);
    QVERIFY(!WholeWordIndex(QStringLiteral("the request signaturewe calculated")).containsSubstring(QStringLiteral("request signature we")));
}

QTEST_GUILESS_MAIN(TestWholeWordIndex)
#include "TestWholeWordIndex.moc"
