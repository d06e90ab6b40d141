#include "common/WholeWordIndex.h"

#include "common/WholeWord.h"

namespace {
bool isAsciiWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

// The end of the run of ASCII letters and digits that starts at `from`.
qsizetype runEnd(QStringView text, qsizetype from)
{
    while (from < text.size() && isAsciiWordChar(text.at(from)))
        ++from;
    return from;
}
}

WholeWordIndex::WholeWordIndex(const QString &text)
    : m_text(text)
{
    const QStringView view(m_text);
    for (qsizetype at = 0; at < view.size();) {
        if (!isAsciiWordChar(view.at(at))) {
            if (view.at(at).unicode() >= 0x80)
                m_others.insert(view.at(at).unicode());
            ++at;
            continue;
        }
        const qsizetype end = runEnd(view, at);
        m_runs.insert(view.mid(at, end - at));
        at = end;
    }
}

bool WholeWordIndex::containsSubstring(QStringView phrase) const
{
    for (qsizetype at = 0; at < phrase.size();) {
        if (!isAsciiWordChar(phrase.at(at))) {
            if (phrase.at(at).unicode() >= 0x80 && !m_others.contains(phrase.at(at).unicode()))
                return false;
            ++at;
            continue;
        }
        const qsizetype end = runEnd(phrase, at);
        // The phrase's first and last runs may be glued to more letters in the text.
        if (at > 0 && end < phrase.size() && !m_runs.contains(phrase.mid(at, end - at)))
            return false;
        at = end;
    }
    return m_text.contains(phrase);
}

bool WholeWordIndex::contains(QStringView word) const
{
    if (word.isEmpty())
        return false;
    // Every run of letters and digits in the word is bounded where the word stands whole: by the
    // word's own other characters inside it, by WholeWord's boundary test at its ends. So each
    // must be a run of the text; a word that is a single run needs nothing more.
    bool singleRun = false;
    for (qsizetype at = 0; at < word.size();) {
        if (!isAsciiWordChar(word.at(at))) {
            if (word.at(at).unicode() >= 0x80 && !m_others.contains(word.at(at).unicode()))
                return false;
            ++at;
            continue;
        }
        const qsizetype end = runEnd(word, at);
        if (!m_runs.contains(word.mid(at, end - at)))
            return false;
        singleRun = at == 0 && end == word.size();
        at = end;
    }
    return singleRun || WholeWord::contains(m_text, word);
}
