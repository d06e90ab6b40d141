#include "paste/LargeInputFocus.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace {
const QStringList &anchors()
{
    // Lower case. Chosen to be rare in ordinary log lines and common in 403 reports.
    static const QStringList words{
        QStringLiteral("403"),           QStringLiteral("forbidden"),    QStringLiteral("denied"),
        QStringLiteral("<error"),        QStringLiteral("exception"),    QStringLiteral("signaturedoesnotmatch"),
        QStringLiteral("expired"),       QStringLiteral("skewed"),       QStringLiteral("invalid"),
        QStringLiteral("cors"),          QStringLiteral("cross-origin"), QStringLiteral("x-cos-"),
        QStringLiteral("x-oss-"),        QStringLiteral("x-amz-"),       QStringLiteral("authorization"),
        QStringLiteral("q-sign"),        QStringLiteral("ossaccesskeyid"), QStringLiteral("http/1"),
        QStringLiteral("http/2"),        QStringLiteral("错误"),         QStringLiteral("拒绝"),
        QStringLiteral("跨域"),          QStringLiteral("오류"),         QStringLiteral("거부"),
    };
    return words;
}

// Where each line starts, and one past the end of the last.
QList<qsizetype> lineStarts(const QString &text)
{
    QList<qsizetype> starts;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        starts.append(pos);
        pos = end + 1;
    }
    starts.append(text.size() + 1);
    return starts;
}

// A character as the lower-cased text has it, wherever that can be part of an anchor: the anchors
// are ASCII in lower case, Chinese and Korean (which have no case), and besides A-Z only the
// Kelvin sign lower-cases to one of their characters ("k"). ("İ" lower-cases to "i" and a combining
// dot, which no anchor holds.)
char16_t anchorFold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return static_cast<char16_t>(u + (u'a' - u'A'));
    return u == 0x212a ? u'k' : u;
}

// The anchors by their first character: ASCII ones in a table, the few others in a list.
struct AnchorTable {
    QList<QStringView> ascii[128];
    QList<QStringView> other;
};

const AnchorTable &anchorTable()
{
    static const AnchorTable table = [] {
        AnchorTable t;
        for (const QString &word : anchors()) {
            const char16_t first = word.front().unicode();
            (first < 128 ? t.ascii[first] : t.other).append(QStringView(word));
        }
        return t;
    }();
    return table;
}

bool anchorAt(QStringView line, qsizetype at, QStringView anchor)
{
    if (line.size() - at < anchor.size())
        return false;
    for (qsizetype k = 1; k < anchor.size(); ++k) {
        if (anchorFold(line.at(at + k)) != anchor.at(k).unicode())
            return false;
    }
    return true;
}

bool holdsAnchor(QStringView line)
{
    const AnchorTable &table = anchorTable();
    for (qsizetype at = 0; at < line.size(); ++at) {
        const char16_t c = anchorFold(line.at(at));
        const QList<QStringView> &candidates = c < 128 ? table.ascii[c] : table.other;
        for (const QStringView anchor : candidates) {
            if (anchor.front().unicode() == c && anchorAt(line, at, anchor))
                return true;
        }
    }
    return false;
}

// The lines holding an anchor word once lower-cased, in order. One pass over the text, each
// character lower-cased where it is compared: lower-casing a 10 MB log as a whole and searching
// it once per anchor word was most of the time of a large paste.
QList<int> findAnchorLines(const QString &text, const QList<qsizetype> &starts)
{
    const int lineCount = static_cast<int>(starts.size()) - 1;
    QList<int> lines;
    for (int i = 0; i < lineCount; ++i) {
        const qsizetype begin = starts.at(i);
        const qsizetype length = std::min(starts.at(i + 1) - 1, text.size()) - begin;
        // A single huge line is data, not a message.
        if (length <= 64 * 1024 && holdsAnchor(QStringView(text).mid(begin, length)))
            lines.append(i);
    }
    return lines;
}
}

bool LargeInputFocus::isLarge(const QString &text)
{
    return text.size() > kThreshold;
}

QString LargeInputFocus::focus(const QString &text)
{
    // Line starts, and which lines are anchors.
    const QList<qsizetype> starts = lineStarts(text);
    const QList<int> anchorLines = findAnchorLines(text, starts);
    const int lineCount = static_cast<int>(starts.size()) - 1;

    if (anchorLines.isEmpty()) {
        const qsizetype half = kMaxFocus / 4;
        return text.left(half) + QStringLiteral("\n…\n") + text.right(half);
    }
    QString out;
    int keptUntil = -1; // last line already copied
    for (const int anchor : std::as_const(anchorLines)) {
        const int from = std::max(anchor - kWindowLines, keptUntil + 1);
        const int to = std::min(anchor + kWindowLines, lineCount - 1);
        if (from > to)
            continue;
        if (keptUntil >= 0 && from > keptUntil + 1)
            out += QStringLiteral("…\n");
        const qsizetype begin = starts.at(from);
        const qsizetype stop = std::min<qsizetype>(starts.at(to + 1), text.size());
        out += QStringView(text).mid(begin, stop - begin);
        if (!out.endsWith(u'\n'))
            out += u'\n';
        keptUntil = to;
        if (out.size() > kMaxFocus)
            break;
    }
    return out;
}
