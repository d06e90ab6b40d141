#include "paste/LargeInputFocus.h"

#include <QList>
#include <QStringList>

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

bool isAnchor(QStringView line)
{
    if (line.size() > 64 * 1024)
        return false; // a single huge line is data, not a message
    const QString lower = line.toString().toLower();
    for (const QString &word : anchors()) {
        if (lower.contains(word))
            return true;
    }
    return false;
}
}

bool LargeInputFocus::isLarge(const QString &text)
{
    return text.size() > kThreshold;
}

QString LargeInputFocus::focus(const QString &text)
{
    // Line starts, and which lines are anchors.
    QList<qsizetype> starts;
    QList<int> anchorLines;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        if (isAnchor(QStringView(text).mid(pos, end - pos)))
            anchorLines.append(static_cast<int>(starts.size()));
        starts.append(pos);
        pos = end + 1;
    }
    starts.append(text.size() + 1);
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
