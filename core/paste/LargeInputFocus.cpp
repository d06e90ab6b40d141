#include "paste/LargeInputFocus.h"

#include <QList>
#include <QStringList>
#include <QStringMatcher>

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

// The lines holding an anchor word once lower-cased, in order. Each word is searched for once in
// the lower-cased text as a whole (QStringMatcher skips ahead), instead of every line being
// lower-cased and searched for every word: on a 10 MB log that was most of the time. Lower-casing
// may lengthen a line but never joins or splits lines, so line n of the copy is line n's lower case.
QList<int> findAnchorLines(const QString &text, const QList<qsizetype> &starts)
{
    const QString lower = text.toLower();
    const QList<qsizetype> lowerStarts = lineStarts(lower);
    const int lineCount = static_cast<int>(starts.size()) - 1;
    QList<bool> anchor(lineCount, false);
    for (const QString &word : anchors()) {
        const QStringMatcher matcher(word);
        for (qsizetype at = matcher.indexIn(lower, 0); at >= 0; at = matcher.indexIn(lower, at + 1)) {
            const int line = static_cast<int>(std::upper_bound(lowerStarts.cbegin(), lowerStarts.cend(), at) - lowerStarts.cbegin()) - 1;
            // A single huge line is data, not a message.
            const qsizetype length = starts.at(line + 1) - 1 - starts.at(line);
            if (length <= 64 * 1024)
                anchor[line] = true;
            // The rest of this line cannot add anything.
            at = std::max(at, lowerStarts.at(line + 1) - 1);
        }
    }
    QList<int> lines;
    for (int i = 0; i < lineCount; ++i) {
        if (anchor.at(i))
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
