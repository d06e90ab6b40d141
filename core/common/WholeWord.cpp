#include "common/WholeWord.h"

namespace {
bool isAsciiWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}
}

namespace WholeWord {

bool contains(QStringView text, QStringView word)
{
    if (word.isEmpty())
        return false;
    const bool checkStart = isAsciiWordChar(word.front());
    const bool checkEnd = isAsciiWordChar(word.back());
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startOk = !checkStart || at == 0 || !isAsciiWordChar(text.at(at - 1));
        const bool endOk = !checkEnd || end >= text.size() || !isAsciiWordChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

} // namespace WholeWord
