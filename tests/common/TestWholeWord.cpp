// The one whole-word test: Latin words need boundaries, Chinese and Korean words do not.
#include "common/WholeWord.h"

#include <QTest>

class TestWholeWord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data();
    void contains();
};

void TestWholeWord::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::newRow("alone") << "kms" << "kms" << true;
    QTest::newRow("in a sentence") << "the kms key" << "kms" << true;
    QTest::newRow("glued after") << "kmsindebt" << "kms" << false;
    QTest::newRow("glued before") << "ossbrowser" << "browser" << false;
    QTest::newRow("punctuation") << "(browser)" << "browser" << true;
    QTest::newRow("second occurrence") << "ossbrowser, browser" << "browser" << true;
    QTest::newRow("digits glue") << "s3kms" << "kms" << false;
    QTest::newRow("underscore is a boundary") << "x_security_token" << "token" << true;
    QTest::newRow("chinese inside a sentence") << "链接过期了" << "过期" << true;
    QTest::newRow("chinese next to latin") << "url过期" << "过期" << true;
    QTest::newRow("korean inside") << "서명이만료되었습니다" << "만료" << true;
    QTest::newRow("latin next to chinese") << "签名sts令牌" << "sts" << true;
    QTest::newRow("mixed word edge") << "x-cos-security-token" << "security-token" << true;
    QTest::newRow("absent") << "access denied" << "expired" << false;
    QTest::newRow("empty word") << "anything" << "" << false;
}

void TestWholeWord::contains()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, found);
    QCOMPARE(WholeWord::contains(text, word), found);
}

QTEST_GUILESS_MAIN(TestWholeWord)
#include "TestWholeWord.moc"
