#include "diagnosis/DecisionTree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestDecisionTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTreesLoad_data();
    void builtInTreesLoad();
    void builtInIsTheJsonFile_data() { builtInTreesLoad_data(); }
    void builtInIsTheJsonFile();
    void everyCauseIsReachable_data() { builtInTreesLoad_data(); }
    void everyCauseIsReachable();
    void sourcesNameRealDocuments_data() { builtInTreesLoad_data(); }
    void sourcesNameRealDocuments();
    void stringsArePlainText_data() { builtInTreesLoad_data(); }
    void stringsArePlainText();
    void invalidTreesAreRefused_data();
    void invalidTreesAreRefused();
    void cosCoversEveryGuideMessage();
    void ossCoversEveryGuideCode();
};

void TestDecisionTree::builtInTreesLoad_data()
{
    QTest::addColumn<int>("provider");
    QTest::newRow("cos") << int(Provider::Cos);
    QTest::newRow("oss") << int(Provider::Oss);
    QTest::newRow("s3") << int(Provider::S3);
}

void TestDecisionTree::builtInTreesLoad()
{
    QFETCH(int, provider);
    QString error;
    const DecisionTree tree = DecisionTree::builtIn(Provider(provider), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!tree.isEmpty());
    int fallbacks = 0;
    for (const TreeSymptom &s : tree.symptoms())
        fallbacks += s.fallback ? 1 : 0;
    QCOMPARE(fallbacks, 1);
}

// The built-in trees are compiled from resources/trees/*.json as data (tools/embed-trees): each
// must be the tree fromJson reads from its file, every field of every cause, symptom and node.
void TestDecisionTree::builtInIsTheJsonFile()
{
    QFETCH(int, provider);
    QFile file(QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/resources/trees/%1.json").arg(Providers::id(Provider(provider))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const DecisionTree fromFile = DecisionTree::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const DecisionTree builtIn = DecisionTree::builtIn(Provider(provider), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(builtIn.provider(), fromFile.provider());
    QCOMPARE(builtIn.causes().size(), fromFile.causes().size());
    for (qsizetype i = 0; i < fromFile.causes().size(); ++i) {
        const TreeCause &a = builtIn.causes().at(i);
        const TreeCause &b = fromFile.causes().at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.category, b.category);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.why, b.why);
        QCOMPARE(a.steps, b.steps);
        QCOMPARE(a.source, b.source);
        QVERIFY(a.prior == b.prior); // to the bit, not fuzzily
        QCOMPARE(a.signalWeights, b.signalWeights);
        QCOMPARE(builtIn.cause(a.id), &a);
    }
    QCOMPARE(builtIn.symptoms().size(), fromFile.symptoms().size());
    for (qsizetype i = 0; i < fromFile.symptoms().size(); ++i) {
        const TreeSymptom &a = builtIn.symptoms().at(i);
        const TreeSymptom &b = fromFile.symptoms().at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.source, b.source);
        QCOMPARE(a.fallback, b.fallback);
        QCOMPARE(a.contactSupport, b.contactSupport);
        QCOMPARE(a.match.codes, b.match.codes);
        QCOMPARE(a.match.messages, b.match.messages);
        QCOMPARE(a.match.tokens, b.match.tokens);
        QCOMPARE(a.match.ec, b.match.ec);
        QCOMPARE(a.match.status, b.match.status);
        QCOMPARE(a.nodes.size(), b.nodes.size());
        for (qsizetype n = 0; n < b.nodes.size(); ++n) {
            QCOMPARE(a.nodes.at(n).question, b.nodes.at(n).question);
            QCOMPARE(a.nodes.at(n).check, b.nodes.at(n).check);
            QCOMPARE(a.nodes.at(n).cause, b.nodes.at(n).cause);
            QVERIFY(a.nodes.at(n).weight == b.nodes.at(n).weight);
            QCOMPARE(a.nodes.at(n).faultIsNo, b.nodes.at(n).faultIsNo);
        }
    }
}

void TestDecisionTree::everyCauseIsReachable()
{
    QFETCH(int, provider);
    const DecisionTree tree = DecisionTree::builtIn(Provider(provider));
    QSet<QString> named;
    for (const TreeSymptom &s : tree.symptoms()) {
        for (const TreeNode &n : s.nodes)
            named.insert(n.cause);
    }
    for (const TreeCause &c : tree.causes())
        QVERIFY2(named.contains(c.id), qPrintable(QStringLiteral("cause %1 is in no symptom").arg(c.id)));
}

void TestDecisionTree::sourcesNameRealDocuments()
{
    QFETCH(int, provider);
    const DecisionTree tree = DecisionTree::builtIn(Provider(provider));
    const QDir shared(QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/../shared"));
    QStringList sources;
    for (const TreeSymptom &s : tree.symptoms())
        sources << s.source;
    for (const TreeCause &c : tree.causes())
        sources << c.source;
    // A seed guide or a reference of ../shared, or a record of the real-world corpus in this
    // repository (tests/fixtures/realworld/cases.json § record id).
    static const QRegularExpression docName(
        QStringLiteral("^(\\d{3}_[0-9a-f]{16}\\.txt|providers\\.md|product\\.md|rgw\\.md|cases\\.json)\\s*§\\s*\\S"));
    static const QRegularExpression corpusIds(QStringLiteral("cases\\.json\\s*§\\s*([a-z0-9, -]+)"));
    QSet<QString> corpus;
    QFile cases(QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR "/realworld/cases.json"));
    QVERIFY(cases.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(cases.readAll()).array())
        corpus.insert(v.toObject().value(QStringLiteral("id")).toString());
    for (const QString &source : sources) {
        const auto m = docName.match(source);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("source \"%1\" must be \"document § heading\"").arg(source)));
        for (auto it = corpusIds.globalMatch(source); it.hasNext();) {
            for (const QString &id : it.next().captured(1).split(u',', Qt::SkipEmptyParts))
                QVERIFY2(corpus.contains(id.trimmed()), qPrintable(QStringLiteral("%1: no record %2 in cases.json").arg(source, id.trimmed())));
        }
        if (shared.exists()) {
            const QString name = m.captured(1);
            if (name == QLatin1String("cases.json"))
                continue;
            const QString path = name.endsWith(QLatin1String(".txt")) ? shared.filePath(QStringLiteral("seeds/") + name)
                                                                        : shared.filePath(QStringLiteral("reference/") + name);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
    }
}

void TestDecisionTree::stringsArePlainText()
{
    QFETCH(int, provider);
    const DecisionTree tree = DecisionTree::builtIn(Provider(provider));
    QStringList strings;
    for (const TreeSymptom &s : tree.symptoms()) {
        strings << s.title;
        for (const TreeNode &n : s.nodes)
            strings << n.question;
    }
    for (const TreeCause &c : tree.causes())
        strings << c.title << c.why << c.steps;
    // %1 would be a placeholder that nothing fills; %20 or %2B is URL encoding shown as text.
    static const QRegularExpression markup(QStringLiteral("<[a-zA-Z/][^>]*>|&[a-z]+;|%\\d(?![0-9A-Fa-f])|\\.\\.\\.|\\*\\*"));
    for (const QString &s : strings) {
        QVERIFY2(!s.trimmed().isEmpty() || s.isEmpty(), "blank string");
        const auto m = markup.match(s);
        // XML element names such as <Code> are fine when quoted as data; markup tags and %1 are not.
        if (m.hasMatch() && !QRegularExpression(QStringLiteral("^<(?:Code|Message|Endpoint|Region|StringToSign|CanonicalRequest|ServerTime|RequestTime|EC|Bucket|HostId|RequestId|Expires)>$"))
                                 .match(m.captured(0)).hasMatch())
            QFAIL(qPrintable(QStringLiteral("markup or placeholder \"%1\" in: %2").arg(m.captured(0), s)));
    }
}

void TestDecisionTree::invalidTreesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray cause = R"({"id":"c1","category":"cors","title":"t","steps":["s"],"source":"providers.md § 6"})";
    const QByteArray symptom = R"({"id":"s1","title":"t","source":"providers.md § 6","match":{"codes":["X"]},"nodes":[{"question":"q","check":"cors","cause":"c1","weight":1}]})";
    auto tree = [](const QByteArray &symptoms, const QByteArray &causes) {
        return QByteArray(R"({"provider":"s3","symptoms":[)") + symptoms + "],\"causes\":[" + causes + "]}";
    };
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("unknown provider") << QByteArray(R"({"provider":"gcs","symptoms":[],"causes":[]})");
    QTest::newRow("unknown category") << tree(symptom, QByteArray(cause).replace("\"cors\"", "\"weather\""));
    QTest::newRow("unknown signal") << tree(symptom, QByteArray(cause).replace("}", ",\"signals\":{\"moon\":2}}"));
    QTest::newRow("missing cause") << tree(QByteArray(symptom).replace("\"c1\"", "\"c2\""), cause);
    QTest::newRow("duplicate cause") << tree(symptom, cause + "," + cause);
    QTest::newRow("unknown check") << tree(QByteArray(symptom).replace("\"cors\"", "\"dns\""), cause);
    QTest::newRow("nothing to match") << tree(QByteArray(symptom).replace(R"("codes":["X"])", ""), cause);
    QTest::newRow("no symptoms") << tree(QByteArray(), cause);
    QTest::newRow("cause without steps") << tree(symptom, QByteArray(cause).replace(R"(["s"])", "[]"));
}

void TestDecisionTree::invalidTreesAreRefused()
{
    QFETCH(QByteArray, json);
    QString error;
    const DecisionTree tree = DecisionTree::fromJson(json, &error);
    QVERIFY(tree.isEmpty());
    QVERIFY(!error.isEmpty());
}

namespace {
bool matchesWord(const DecisionTree &tree, const QString &word)
{
    for (const TreeSymptom &s : tree.symptoms()) {
        for (const QStringList *list : {&s.match.codes, &s.match.messages, &s.match.tokens}) {
            for (const QString &item : *list) {
                if (item.compare(word, Qt::CaseInsensitive) == 0 || item.startsWith(word, Qt::CaseInsensitive))
                    return true;
            }
        }
    }
    return false;
}
}

void TestDecisionTree::cosCoversEveryGuideMessage()
{
    const DecisionTree tree = DecisionTree::builtIn(Provider::Cos);
    for (const char *message : {"Access Denied", "AccessForbidden", "You are denied by bucket referer rule", "InvalidAccessKeyId",
                                "InvalidObjectState", "RequestTimeTooSkewed", "Request has expired", "SignatureDoesNotMatch"})
        QVERIFY2(matchesWord(tree, QString::fromLatin1(message)), message);
}

void TestDecisionTree::ossCoversEveryGuideCode()
{
    const DecisionTree tree = DecisionTree::builtIn(Provider::Oss);
    for (const char *code : {"AccessDenied", "AccessForbidden", "PermanentRedirect", "SecondLevelDomainForbidden", "NonStandardHostForbidden",
                             "KmsUbsmsInvalidBid", "KmsInDebt", "KmsInDebtOverdue", "WORMConfigurationLocked", "BucketNotBelongTo",
                             "InvalidAccessKeyId", "SignatureDoesNotMatch", "TransferAccelerationDisabled", "InvalidSecurityToken",
                             "AccessKeyIdAndSecurityTokenNotMatch", "SecurityTokenExpired", "AbnormalBucketOwnerStatus",
                             "SecurityTokenNotSupported", "RequestTimeTooSkewed", "ImageDamage", "UserDisable", "BucketDisable",
                             "CnameDenied", "InvalidObjectState"})
        QVERIFY2(matchesWord(tree, QString::fromLatin1(code)), code);
}

QTEST_GUILESS_MAIN(TestDecisionTree)
#include "TestDecisionTree.moc"
