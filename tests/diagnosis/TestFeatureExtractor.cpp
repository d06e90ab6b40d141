// FeatureExtractor: every kind of feature it makes, from a small vocabulary of the test's own, so a
// change in resources/calibration/vocabulary.json cannot hide a change in how text is read.
#include "diagnosis/FeatureExtractor.h"

#include <QRegularExpression>
#include <QFile>
#include <QTest>

class TestFeatureExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providerAndParsedCode();
    void codeFoundInProse();
    void cosCodeWrittenAsMessage();
    void shapeOfTheBody();
    void ossErrorCodeFromParseOrText();
    void signalsSymptomFormats();
    void treeSharesAndTop();
    void vocabularyConcepts();
    void latinWordsOnly();
    void latinWordsAsThePatternReadsThem_data();
    void latinWordsAsThePatternReadsThem();
    void scriptsDetected();
    void sortedAndUnique();
    void vocabularyErrors();
    void builtInVocabularyIsTheFile();
    void normaliseCode();
};

namespace {
Vocabulary testVocabulary()
{
    QString error;
    const Vocabulary v = Vocabulary::fromJson(R"({"terms": {
        "expired": ["expired", "过期", "만료"],
        "proxy": ["reverse proxy", "nginx"]
    }})", &error);
    Q_ASSERT(error.isEmpty());
    return v;
}

QHash<QString, Feature> extract(const QString &text, const ParsedInput &input = {}, Provider provider = Provider::S3,
                                const QStringList &knownCodes = {})
{
    FeatureInput in;
    in.provider = provider;
    in.input = &input;
    in.lowerText = WholeWordIndex(text.toLower());
    in.knownCodes = knownCodes;
    QHash<QString, Feature> byId;
    for (const Feature &f : FeatureExtractor::extract(in, testVocabulary()))
        byId.insert(f.id, f);
    return byId;
}
}

void TestFeatureExtractor::providerAndParsedCode()
{
    ParsedInput input;
    input.code = QStringLiteral("SignatureDoesNotMatch");
    input.message = QStringLiteral("The request signature we calculated does not match");
    input.httpStatus = 403;
    const auto f = extract(QStringLiteral("anything"), input, Provider::Oss);
    QVERIFY(f.contains(QStringLiteral("provider:oss")));
    QVERIFY(f.contains(QStringLiteral("code:signaturedoesnotmatch")));
    QCOMPARE(f.value(QStringLiteral("code:signaturedoesnotmatch")).detail, QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(f.contains(QStringLiteral("status:403")));
    QVERIFY(!f.contains(QStringLiteral("shape:no_code")));
    QVERIFY(!f.contains(QStringLiteral("shape:code_only")));
}

void TestFeatureExtractor::codeFoundInProse()
{
    const QStringList known{QStringLiteral("AccessDenied"), QStringLiteral("RequestTimeTooSkewed")};
    const auto f = extract(QStringLiteral("the sdk says RequestTimeTooSkewed again"), {}, Provider::S3, known);
    QVERIFY(f.contains(QStringLiteral("code:requesttimetooskewed")));
    QVERIFY(!f.contains(QStringLiteral("code:accessdenied")));
    QVERIFY(!f.contains(QStringLiteral("shape:no_code")));
    // Glued to other letters it is not the code.
    const auto glued = extract(QStringLiteral("xaccessdeniedx"), {}, Provider::S3, known);
    QVERIFY(!glued.contains(QStringLiteral("code:accessdenied")));
    QVERIFY(glued.contains(QStringLiteral("shape:no_code")));
}

void TestFeatureExtractor::cosCodeWrittenAsMessage()
{
    ParsedInput input;
    input.code = QStringLiteral("AccessDenied");
    input.message = QStringLiteral("Request has expired");
    const auto f = extract({}, input, Provider::Cos, {QStringLiteral("RequestHasExpired"), QStringLiteral("AccessDenied")});
    QVERIFY(f.contains(QStringLiteral("code:accessdenied")));
    QVERIFY(f.contains(QStringLiteral("code:requesthasexpired")));
}

void TestFeatureExtractor::shapeOfTheBody()
{
    ParsedInput codeOnly;
    codeOnly.code = QStringLiteral("AccessDenied");
    QVERIFY(extract({}, codeOnly).contains(QStringLiteral("shape:code_only")));
    ParsedInput blankMessage = codeOnly;
    blankMessage.message = QStringLiteral("  ");
    QVERIFY(extract({}, blankMessage).contains(QStringLiteral("shape:code_only")));
    QVERIFY(extract(QStringLiteral("it fails"), {}).contains(QStringLiteral("shape:no_code")));
    QVERIFY(!extract(QStringLiteral("it fails"), {}).contains(QStringLiteral("status:0")));
}

void TestFeatureExtractor::ossErrorCodeFromParseOrText()
{
    ParsedInput parsed;
    parsed.ec = QStringLiteral("0002-00000080");
    const auto fromParse = extract({}, parsed, Provider::Oss);
    QVERIFY(fromParse.contains(QStringLiteral("ec:0002-00000080")));
    QVERIFY(fromParse.contains(QStringLiteral("ec_prefix:0002")));
    const auto fromText = extract(QStringLiteral("EC: 0003-00000801 in the log"), {}, Provider::Oss);
    QVERIFY(fromText.contains(QStringLiteral("ec:0003-00000801")));
    QVERIFY(fromText.contains(QStringLiteral("ec_prefix:0003")));
    // Only OSS writes ECs: the same digits from another provider's text are not one.
    QVERIFY(!extract(QStringLiteral("EC: 0003-00000801"), {}, Provider::Cos).contains(QStringLiteral("ec:0003-00000801")));
}

void TestFeatureExtractor::signalsSymptomFormats()
{
    ParsedInput input;
    input.formats = {QStringLiteral("xml"), QStringLiteral("curl")};
    const QList<Signal> signalList{{QStringLiteral("token"), QStringLiteral("x-amz-security-token")}};
    FeatureInput in;
    in.provider = Provider::S3;
    in.input = &input;
    in.signalList = &signalList;
    in.matchedSymptom = QStringLiteral("sym_expired");
    QHash<QString, Feature> f;
    for (const Feature &feature : FeatureExtractor::extract(in, testVocabulary()))
        f.insert(feature.id, feature);
    QCOMPARE(f.value(QStringLiteral("signal:token")).detail, QStringLiteral("x-amz-security-token"));
    QVERIFY(f.contains(QStringLiteral("symptom:sym_expired")));
    QVERIFY(f.contains(QStringLiteral("format:xml")));
    QVERIFY(f.contains(QStringLiteral("format:curl")));
}

void TestFeatureExtractor::treeSharesAndTop()
{
    ParsedInput input;
    FeatureInput in;
    in.provider = Provider::S3;
    in.input = &input;
    in.treeShare = {{Category::Cors, 0.6}, {Category::Referer, 0.4}, {Category::Kms, 0.004}};
    QHash<QString, Feature> f;
    for (const Feature &feature : FeatureExtractor::extract(in, testVocabulary()))
        f.insert(feature.id, feature);
    QCOMPARE(f.value(QStringLiteral("tree:cors")).value, 0.6);
    QCOMPARE(f.value(QStringLiteral("tree:referer")).value, 0.4);
    QVERIFY(!f.contains(QStringLiteral("tree:kms"))); // below half a percent: no feature
    QVERIFY(f.contains(QStringLiteral("tree_top:cors")));
    QVERIFY(!f.contains(QStringLiteral("tree_top:referer")));

    // A tie goes to the category that comes first, whatever the hash's order.
    in.treeShare = {{Category::Referer, 0.5}, {Category::Cors, 0.5}};
    const Category first = std::min(Category::Referer, Category::Cors);
    QStringList tops;
    for (const Feature &feature : FeatureExtractor::extract(in, testVocabulary())) {
        if (feature.id.startsWith(QLatin1String("tree_top:")))
            tops << feature.id;
    }
    QCOMPARE(tops, QStringList{QStringLiteral("tree_top:") + Categories::id(first)});
}

void TestFeatureExtractor::vocabularyConcepts()
{
    const auto latin = extract(QStringLiteral("The link EXPIRED behind our Reverse Proxy"));
    QCOMPARE(latin.value(QStringLiteral("term:expired")).detail, QStringLiteral("expired"));
    QCOMPARE(latin.value(QStringLiteral("term:proxy")).detail, QStringLiteral("reverse proxy"));
    // A Latin word glued to letters is not the word; Chinese and Korean words match anywhere.
    QVERIFY(!extract(QStringLiteral("unexpiredness")).contains(QStringLiteral("term:expired")));
    QVERIFY(extract(QStringLiteral("链接过期了")).contains(QStringLiteral("term:expired")));
    QVERIFY(extract(QStringLiteral("링크가만료됨")).contains(QStringLiteral("term:expired")));
    QVERIFY(!extract(QStringLiteral("nothing here")).contains(QStringLiteral("term:proxy")));
}

void TestFeatureExtractor::latinWordsOnly()
{
    const auto f = extract(QStringLiteral("Upload via s3cmd-2 to 上传失败 of x9"));
    QVERIFY(f.contains(QStringLiteral("word:upload")));
    QVERIFY(f.contains(QStringLiteral("word:via")));
    QVERIFY(f.contains(QStringLiteral("word:s3cmd-2")));
    QVERIFY(!f.contains(QStringLiteral("word:to"))); // fewer than 3 letters
    QVERIFY(!f.contains(QStringLiteral("word:x9")));
    // Chinese and Korean text gives no word features: it is read through the concepts.
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (it.key().startsWith(QLatin1String("word:")))
            QVERIFY2(it.key().at(5).unicode() < 0x80, qPrintable(it.key()));
    }
    const QString longWord(40, u'a');
    const auto longer = extract(longWord);
    QVERIFY(longer.contains(QStringLiteral("word:") + QString(31, u'a'))); // the first 31 letters
}

// The words are read by hand; the pattern they were read with before is the definition.
void TestFeatureExtractor::latinWordsAsThePatternReadsThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digits before a letter") << QStringLiteral("9abc 12xyz7");
    QTest::newRow("short runs") << QStringLiteral("ab- a_b x9 qq");
    QTest::newRow("underscores and hyphens") << QStringLiteral("--abc-- a_b_c x-amz-date_");
    QTest::newRow("cut after 31") << QString(31, u'a') + QStringLiteral("bcd ") + QString(31, u'k') + QStringLiteral("-9x");
    QTest::newRow("cut leaves a digit") << QString(31, u'a') + QStringLiteral("77zz9");
    QTest::newRow("non-ASCII letters") << QStringLiteral("élan café naïve über straße 上传abc서명def");
    QTest::newRow("at the end") << QStringLiteral("the end abc");
    QTest::newRow("upper case folded") << QStringLiteral("AccessDenied SignatureDoesNotMatch");
}

void TestFeatureExtractor::latinWordsAsThePatternReadsThem()
{
    QFETCH(QString, text);
    static const QRegularExpression latinWord(QStringLiteral("[a-z][a-z0-9_-]{2,30}"));
    QSet<QString> expected;
    for (auto it = latinWord.globalMatch(text.toLower()); it.hasNext();)
        expected.insert(QStringLiteral("word:") + it.next().captured(0));
    QSet<QString> words;
    const auto f = extract(text);
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (it.key().startsWith(QLatin1String("word:")))
            words.insert(it.key());
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(words, expected);
}

void TestFeatureExtractor::scriptsDetected()
{
    QVERIFY(extract(QStringLiteral("签名")).contains(QStringLiteral("script:han")));
    QVERIFY(!extract(QStringLiteral("签名")).contains(QStringLiteral("script:hangul")));
    QVERIFY(extract(QStringLiteral("서명")).contains(QStringLiteral("script:hangul")));
    QVERIFY(!extract(QStringLiteral("서명")).contains(QStringLiteral("script:han")));
    // The edges of each block.
    QVERIFY(extract(QString(QChar(0x4e00))).contains(QStringLiteral("script:han")));
    QVERIFY(extract(QString(QChar(0x9fff))).contains(QStringLiteral("script:han")));
    QVERIFY(!extract(QString(QChar(0x4dff))).contains(QStringLiteral("script:han")));
    QVERIFY(extract(QString(QChar(0xac00))).contains(QStringLiteral("script:hangul")));
    QVERIFY(extract(QString(QChar(0xd7af))).contains(QStringLiteral("script:hangul")));
    QVERIFY(!extract(QString(QChar(0xd7b0))).contains(QStringLiteral("script:hangul")));
    const auto both = extract(QStringLiteral("签名 서명"));
    QVERIFY(both.contains(QStringLiteral("script:han")) && both.contains(QStringLiteral("script:hangul")));
    QVERIFY(!extract(QStringLiteral("latin only")).contains(QStringLiteral("script:han")));
}

void TestFeatureExtractor::sortedAndUnique()
{
    ParsedInput input;
    input.code = QStringLiteral("AccessDenied");
    FeatureInput in;
    in.provider = Provider::S3;
    in.input = &input;
    in.lowerText = WholeWordIndex(QStringLiteral("denied denied expired expired nginx accessdenied"));
    in.knownCodes = {QStringLiteral("AccessDenied")};
    const QList<Feature> list = FeatureExtractor::extract(in, testVocabulary());
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY2(list.at(i - 1).id < list.at(i).id, qPrintable(list.at(i).id));
    // An id found twice keeps what it was first found with: the parsed code before the message's.
    ParsedInput twice;
    twice.code = QStringLiteral("AccessDenied");
    twice.message = QStringLiteral("Access-Denied");
    in.input = &twice;
    int codes = 0;
    for (const Feature &f : FeatureExtractor::extract(in, testVocabulary())) {
        if (f.id == QLatin1String("code:accessdenied")) {
            ++codes;
            QCOMPARE(f.detail, QStringLiteral("AccessDenied"));
        }
    }
    QCOMPARE(codes, 1);
    // Details are cut to 80 characters.
    ParsedInput longCode;
    longCode.code = QString(100, u'A');
    for (const Feature &f : extract({}, longCode))
        QVERIFY(f.detail.size() <= 80);
}

void TestFeatureExtractor::vocabularyErrors()
{
    QString error;
    QVERIFY(Vocabulary::fromJson("[]", &error).terms.isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(Vocabulary::fromJson(R"({"terms": {"empty": ["", "  "]}})", &error).terms.isEmpty());
    QVERIFY(error.contains(QLatin1String("empty")));
    error.clear();
    QVERIFY(Vocabulary::fromJson(R"({"terms": {}})", &error).terms.isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    const Vocabulary v = Vocabulary::fromJson(R"({"terms": {"b": [" Word "], "a": ["x"]}})", &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(v.terms.size(), 2);
    QCOMPARE(v.terms.at(0).first, QStringLiteral("a"));
    QCOMPARE(v.terms.at(1).second, QStringList{QStringLiteral("word")}); // trimmed and lower-cased
    QVERIFY(!Vocabulary::builtIn().terms.isEmpty());
}

void TestFeatureExtractor::normaliseCode()
{
    QCOMPARE(FeatureExtractor::normaliseCode(QStringLiteral("Access-Denied 2!")), QStringLiteral("accessdenied2"));
    QCOMPARE(FeatureExtractor::normaliseCode(QString(60, u'B')).size(), 48);
    QCOMPARE(FeatureExtractor::normaliseCode(QStringLiteral("访问")), QString());
    // The cut counts the characters kept, not those read.
    QCOMPARE(FeatureExtractor::normaliseCode(QStringLiteral("A-").repeated(60)), QString(48, u'a'));
    QCOMPARE(FeatureExtractor::normaliseCode(QStringLiteral("Zz09")), QStringLiteral("zz09"));
}

// The built-in vocabulary is compiled from vocabulary.json as data (tools/embed-calibration): it
// must be what fromJson reads from the file, concept by concept and word by word.
void TestFeatureExtractor::builtInVocabularyIsTheFile()
{
    QFile file(QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/resources/calibration/vocabulary.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const Vocabulary fromFile = Vocabulary::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Vocabulary &builtIn = Vocabulary::builtIn();
    QVERIFY(builtIn.terms.size() > 10);
    QCOMPARE(builtIn.terms, fromFile.terms);
}

QTEST_GUILESS_MAIN(TestFeatureExtractor)
#include "TestFeatureExtractor.moc"
