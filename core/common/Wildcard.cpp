#include "common/Wildcard.h"

namespace Wildcard {

bool match(const QString &pattern, const QString &text, Qt::CaseSensitivity cs, int options)
{
    const bool question = options & QuestionMark;
    const bool prefix = options & Prefix;
    const qsizetype starMinimum = (options & StarNeedsOne) ? 1 : 0;
    const auto same = [cs](QChar a, QChar b) {
        return cs == Qt::CaseSensitive ? a == b : a.toCaseFolded() == b.toCaseFolded();
    };
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (prefix && p == pattern.size())
            return true;
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = t + starMinimum;
            t = mark;
        } else if (p < pattern.size() && ((question && pattern.at(p) == u'?') || same(pattern.at(p), text.at(t)))) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    if (t > text.size())
        return false; // a star that needed a character found none
    while (starMinimum == 0 && p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace Wildcard
