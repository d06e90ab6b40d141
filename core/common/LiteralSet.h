#pragma once

#include <QBitArray>
#include <QList>
#include <QString>
#include <QStringView>

// Which of a fixed list of literals a text contains, all answered in one pass over the text.
// The readers of a paste test it for some hundred literals before they run a pattern (a text
// without a pattern's literal skips the pattern); one QString::contains per literal read the paste
// a hundred times. Built once per process; each answer is exactly text.contains(literal, cs).
class LiteralSet
{
public:
    struct Literal {
        QString text;
        Qt::CaseSensitivity cs = Qt::CaseSensitive;
    };

    LiteralSet() = default;
    // Case-insensitive literals must be of the Basic Multilingual Plane (as every reader's are).
    explicit LiteralSet(const QList<Literal> &literals);

    qsizetype size() const { return m_literals.size(); }
    // Bit i tells whether the text contains literal i (in the order given to the constructor).
    QBitArray find(QStringView text) const;

private:
    // Literals of two or more characters are filed by a hash of their first two characters, case
    // folded, so a position of the text is compared only with the few literals its pair could start.
    static constexpr int kBucketBits = 12;
    static constexpr int kBuckets = 1 << kBucketBits;
    static int bucket(char16_t first, char16_t second);
    static char16_t fold(char16_t c);
    // Whether the literal stands at `at`, which has `available` characters up to the text's end.
    static bool matchesAt(const char16_t *at, qsizetype available, const Literal &literal);

    QList<Literal> m_literals;  // case-insensitive ones stored folded
    QList<quint16> m_start;     // kBuckets + 1 offsets into m_ids
    QList<quint16> m_ids;       // literal indices, bucket by bucket
    QList<qsizetype> m_short;   // literals of fewer than two characters: asked of the text directly
};
