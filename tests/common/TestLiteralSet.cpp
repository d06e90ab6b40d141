// LiteralSet answers, for every literal at once, exactly as QString::contains does.
#include "common/LiteralSet.h"

#include <QRandomGenerator>
#include <QTest>

class TestLiteralSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void sameAsContains();
    void allFoundStopsEarlyWithTheSameAnswer();
};

void TestLiteralSet::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    QTest::addColumn<bool>("insensitive");
    QTest::addColumn<bool>("found");
    QTest::newRow("inside") << "An error occurred (AccessDenied)" << "error occurred (" << false << true;
    QTest::newRow("case differs") << "An Error occurred" << "error" << false << false;
    QTest::newRow("case differs, insensitive") << "An ERROR occurred" << "error" << true << true;
    QTest::newRow("insensitive literal written in capitals") << "x-oss-ec: 0003-00000001" << "X-OSS-EC" << true << true;
    QTest::newRow("at the very end") << "status code: 403" << "403" << false << true;
    QTest::newRow("cut at the end") << "status code: 40" << "403" << false << false;
    QTest::newRow("at the start") << "HostID=abc" << "HostID" << false << true;
    QTest::newRow("overlapping start") << "aab" << "ab" << false << true;
    QTest::newRow("kelvin sign folds to k") << "\u212Aey" << "key" << true << true;
    QTest::newRow("kelvin sign is not k when sensitive") << "\u212Aey" << "key" << false << false;
    QTest::newRow("long s folds to s") << "\u017Ftatus" << "status" << true << true;
    QTest::newRow("chinese") << "状态码: 403" << "状态码" << false << true;
    QTest::newRow("korean, absent") << "상태: 403" << "상태 코드" << false << false;
    QTest::newRow("one character") << "a[b" << "[" << false << true;
    QTest::newRow("one character, absent") << "ab" << "[" << false << false;
    QTest::newRow("empty literal") << "anything" << "" << false << true;
    QTest::newRow("empty text") << "" << "ab" << false << false;
    QTest::newRow("text shorter than the literal") << "a" << "ab" << true << false;
}

void TestLiteralSet::find()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QFETCH(bool, insensitive);
    QFETCH(bool, found);
    const Qt::CaseSensitivity cs = insensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    QCOMPARE(text.contains(literal, cs), found); // the reference the set stands in for
    const LiteralSet set({{literal, cs}});
    QCOMPARE(set.find(text).testBit(0), found);
}

// Many literals of both sensitivities (so buckets are shared), against random texts drawn from
// their own characters and some that fold to them: every answer as QString::contains gives it.
void TestLiteralSet::sameAsContains()
{
    const QStringList words{QStringLiteral("error"),   QStringLiteral("Error: "), QStringLiteral("ErrorCode"),
                            QStringLiteral("status"),  QStringLiteral("tatus"),   QStringLiteral("status code:"),
                            QStringLiteral("EC"),      QStringLiteral("Ec"),      QStringLiteral("ec"),
                            QStringLiteral("x-oss-ec"), QStringLiteral("403"),    QStringLiteral(" forbidden"),
                            QStringLiteral("状态码"),   QStringLiteral("상태 코드"), QStringLiteral("q-"),
                            QStringLiteral("key"),     QStringLiteral("sk"),      QStringLiteral(":")};
    QList<LiteralSet::Literal> literals;
    for (const QString &w : words) {
        literals.append({w, Qt::CaseSensitive});
        literals.append({w, Qt::CaseInsensitive});
    }
    const LiteralSet set(literals);
    QCOMPARE(set.size(), literals.size());
    const QString alphabet = QStringLiteral("eErRoOsStTcCaAuUkKyY x-:403 f状态码상태코드\u212A\u017F\n");
    QRandomGenerator random(15);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = static_cast<int>(random.bounded(40));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(4) == 0) {
                const QString &w = words.at(random.bounded(words.size()));
                text += random.bounded(2) ? w.toUpper() : w;
            } else {
                text += alphabet.at(random.bounded(alphabet.size()));
            }
        }
        const QBitArray hits = set.find(text);
        for (qsizetype i = 0; i < literals.size(); ++i) {
            if (hits.testBit(i) != text.contains(literals.at(i).text, literals.at(i).cs))
                QFAIL(qPrintable(QStringLiteral("literal %1 (%2) in \"%3\"")
                                     .arg(literals.at(i).text)
                                     .arg(literals.at(i).cs == Qt::CaseSensitive ? QStringLiteral("sensitive") : QStringLiteral("insensitive"), text)));
        }
    }
}

// The scan ends once every literal is found; the answers must not change because of it.
void TestLiteralSet::allFoundStopsEarlyWithTheSameAnswer()
{
    const LiteralSet set({{QStringLiteral("ab"), Qt::CaseSensitive}, {QStringLiteral("cd"), Qt::CaseInsensitive}});
    const QBitArray hits = set.find(QStringLiteral("xxabCDyyabcd"));
    QVERIFY(hits.testBit(0));
    QVERIFY(hits.testBit(1));
    const QBitArray none = set.find(QStringLiteral("a b c d"));
    QVERIFY(!none.testBit(0));
    QVERIFY(!none.testBit(1));
}

QTEST_GUILESS_MAIN(TestLiteralSet)
#include "TestLiteralSet.moc"
