#include "diagnosis/FeatureExtractor.h"
#include "diagnosis/CalibrationData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {
class Sink
{
public:
    void add(const QString &id, double value = 1, const QString &detail = {})
    {
        if (!id.isEmpty())
            m_features.append(Feature{id, value, detail.left(80)});
    }
    // Sorted by id, each id once with the value it was first added with. Collected in a list and
    // sorted once: a map kept sorted on every insertion cost a quarter of the extraction.
    QList<Feature> list()
    {
        std::stable_sort(m_features.begin(), m_features.end(), [](const Feature &x, const Feature &y) { return x.id < y.id; });
        m_features.erase(std::unique(m_features.begin(), m_features.end(), [](const Feature &x, const Feature &y) { return x.id == y.id; }),
                         m_features.end());
        return m_features;
    }

private:
    QList<Feature> m_features;
};

// The CJK Unified Ideographs block and the Hangul syllables block.
bool isHan(QChar c)
{
    return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
}

bool isHangul(QChar c)
{
    return c.unicode() >= 0xac00 && c.unicode() <= 0xd7af;
}

bool isLatinLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isLatinWordChar(QChar c)
{
    return isLatinLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

// Each Latin word of the lower-cased text, as the pattern [a-z][a-z0-9_-]{2,30} finds them one
// after another (a longer run is cut after 31 characters and read on from there). A scan by hand:
// the pattern's global match was the largest cost of a diagnosis.
template<typename Visit>
void forEachLatinWord(QStringView lower, Visit visit)
{
    constexpr qsizetype kMin = 3;
    constexpr qsizetype kMax = 31;
    for (qsizetype at = 0; at < lower.size();) {
        if (!isLatinLetter(lower.at(at))) {
            ++at;
            continue;
        }
        qsizetype end = at + 1;
        while (end < lower.size() && end - at < kMax && isLatinWordChar(lower.at(end)))
            ++end;
        if (end - at >= kMin)
            visit(lower.mid(at, end - at));
        at = end;
    }
}
}

Vocabulary Vocabulary::fromJson(const QByteArray &json, QString *error)
{
    Vocabulary vocabulary;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("The vocabulary is not a JSON object: %1.").arg(parseError.errorString());
        return vocabulary;
    }
    // QJsonObject iterates its keys sorted, which is the order the features come out in anyway.
    const QJsonObject terms = doc.object().value(QStringLiteral("terms")).toObject();
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        QStringList words;
        for (const QJsonValue &w : it.value().toArray()) {
            const QString word = w.toString().toLower().trimmed();
            if (!word.isEmpty())
                words << word;
        }
        if (words.isEmpty()) {
            if (error)
                *error = QStringLiteral("The vocabulary concept %1 has no words.").arg(it.key());
            return {};
        }
        vocabulary.terms.append({it.key(), words});
    }
    if (vocabulary.terms.isEmpty() && error)
        *error = QStringLiteral("The vocabulary has no terms.");
    return vocabulary;
}

const Vocabulary &Vocabulary::builtIn()
{
    // Compiled in as data (CalibrationData.h), read as fromJson reads vocabulary.json: no JSON is
    // parsed at run time, and the strings share the compiled-in text.
    static const Vocabulary vocabulary = [] {
        using CalibrationData::text;
        Vocabulary v;
        v.terms.reserve(CalibrationData::kTermCount);
        for (int i = 0; i < CalibrationData::kTermCount; ++i) {
            const CalibrationData::Term &t = CalibrationData::kTerms[i];
            QStringList words;
            words.reserve(t.wordCount);
            for (int w = t.firstWord; w < t.firstWord + t.wordCount; ++w)
                words << text(CalibrationData::kWords[w].at, CalibrationData::kWords[w].length);
            v.terms.append({text(t.concept, t.conceptLength), words});
        }
        return v;
    }();
    return vocabulary;
}

QString FeatureExtractor::normaliseCode(const QString &code)
{
    // Written into a buffer of the result's largest size, then cut: appending character by
    // character allocated on the way, and this runs for every code a tree knows, per diagnosis.
    constexpr qsizetype kMax = 48;
    QString out(std::min(code.size(), kMax), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *p = begin;
    for (const QChar c : code) {
        if (p - begin == kMax)
            break;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            *p++ = c;
        else if (c >= u'A' && c <= u'Z')
            *p++ = QChar(c.unicode() + (u'a' - u'A'));
    }
    if (p == begin)
        return {}; // as null as before, when nothing was appended
    out.truncate(p - begin);
    return out;
}

QList<Feature> FeatureExtractor::extract(const FeatureInput &in, const Vocabulary &vocabulary)
{
    Sink sink;
    const ParsedInput empty;
    const ParsedInput &input = in.input ? *in.input : empty;
    const QString &lower = in.lowerText.text();

    sink.add(QStringLiteral("provider:") + Providers::id(in.provider));

    // The error code: as parsed, else a code the trees know standing as a word in the text (prose,
    // an SDK line the parser did not take apart). COS writes some codes as the Message.
    QString code = normaliseCode(input.code);
    if (!code.isEmpty()) {
        sink.add(QStringLiteral("code:") + code, 1, input.code);
    } else {
        for (const QString &known : in.knownCodes) {
            if (in.lowerText.contains(known.toLower())) {
                sink.add(QStringLiteral("code:") + normaliseCode(known), 1, known);
                code = known;
            }
        }
    }
    const QString messageCode = normaliseCode(input.message);
    if (!messageCode.isEmpty()) {
        for (const QString &known : in.knownCodes) {
            if (messageCode == normaliseCode(known))
                sink.add(QStringLiteral("code:") + messageCode, 1, input.message);
        }
    }
    if (code.isEmpty())
        sink.add(QStringLiteral("shape:no_code"));
    else if (input.message.trimmed().isEmpty())
        sink.add(QStringLiteral("shape:code_only"), 1, input.code);
    if (input.httpStatus != 0)
        sink.add(QStringLiteral("status:%1").arg(input.httpStatus), 1, QString::number(input.httpStatus));

    // OSS EC: the whole code and its first group (the area of the service that refused).
    static const QRegularExpression ecPattern(QStringLiteral("\\b(\\d{4})-(\\d{8})\\b"));
    QString ec = input.ec.trimmed();
    if (ec.isEmpty() && in.provider == Provider::Oss) {
        const auto m = ecPattern.match(lower);
        if (m.hasMatch())
            ec = m.captured(0);
    }
    if (!ec.isEmpty()) {
        sink.add(QStringLiteral("ec:") + ec, 1, ec);
        sink.add(QStringLiteral("ec_prefix:") + ec.left(4), 1, ec);
    }

    for (const Signal &signal : in.signalList ? *in.signalList : QList<Signal>{})
        sink.add(QStringLiteral("signal:") + signal.id, 1, signal.detail);

    if (!in.matchedSymptom.isEmpty())
        sink.add(QStringLiteral("symptom:") + in.matchedSymptom);

    // The guide's view: its share of each category, and which category it puts first.
    Category treeTop = Category::Other;
    double treeBest = -1;
    for (auto it = in.treeShare.begin(); it != in.treeShare.end(); ++it) {
        if (it.value() > 0.005)
            sink.add(QStringLiteral("tree:") + Categories::id(it.key()), it.value());
        if (it.value() > treeBest + 1e-12 || (std::abs(it.value() - treeBest) <= 1e-12 && it.key() < treeTop)) {
            treeBest = it.value();
            treeTop = it.key();
        }
    }
    if (treeBest > 0)
        sink.add(QStringLiteral("tree_top:") + Categories::id(treeTop));

    for (const QString &format : input.formats)
        sink.add(QStringLiteral("format:") + format, 1, format);

    for (const auto &[concept, words] : vocabulary.terms) {
        for (const QString &word : words) {
            if (in.lowerText.contains(word)) {
                sink.add(QStringLiteral("term:") + concept, 1, word);
                break;
            }
        }
    }

    // The words of the text: Latin words of 3 to 31 letters. Most get no weight: the fit keeps only
    // words seen in several reports (minCount) whose weight is worth writing down (keepAbove).
    // Chinese and Korean text is read through the vocabulary's concepts only: pairs of characters
    // as words were measured to fit single reports rather than the language (cross-validated
    // top-1 rose without them).
    forEachLatinWord(lower, [&sink](QStringView w) {
        QString id;
        id.reserve(5 + w.size());
        id.append(QLatin1String("word:")).append(w);
        sink.add(id, 1, id.mid(5));
    });
    bool han = false;
    bool hangul = false;
    for (const QChar c : lower) {
        han = han || isHan(c);
        hangul = hangul || isHangul(c);
        if (han && hangul)
            break;
    }
    if (han)
        sink.add(QStringLiteral("script:han"));
    if (hangul)
        sink.add(QStringLiteral("script:hangul"));
    return sink.list();
}
