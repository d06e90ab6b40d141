#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

// WholeWord::contains for many words against one text, without a scan of the text per word. The
// index holds the text's runs of Latin letters and digits: a Latin word stands whole in the text
// exactly when it is one of those runs, and a phrase ("security token", "x-cos-acl", "ram用户")
// only where each of its runs is one, so only phrases that pass that test are searched for.
// Chinese and Korean words have no boundaries and are searched for in the text as before, once
// each of their characters is known to be in it (most pastes hold none, or few, of them).
// Answers exactly as WholeWord::contains(text, word) does; the text must be folded as the words are.
class WholeWordIndex
{
public:
    WholeWordIndex() = default;
    explicit WholeWordIndex(const QString &text);

    bool contains(QStringView word) const;
    // text().contains(phrase), a plain substring search, ruled out first where it cannot hold: a
    // run of letters and digits with other characters of the phrase on both sides is a run of the
    // text wherever the phrase is in it, and each character beyond ASCII must be in the text.
    bool containsSubstring(QStringView phrase) const;
    const QString &text() const { return m_text; }

private:
    // Shared with the caller's string (and with copies of the index), so the views below stay valid.
    QString m_text;
    QSet<QStringView> m_runs; // the maximal runs of ASCII letters and digits
    QSet<char16_t> m_others;  // the characters beyond ASCII
};
