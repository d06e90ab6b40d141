#include "common/LiteralSet.h"

#include <QChar>

#include <string>
#include <vector>

char16_t LiteralSet::fold(char16_t c)
{
    // ASCII by hand (most of any paste); beyond it the same simple case folding QString uses.
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
    // Chinese and Korean text (a third of the corpus) has no case: no table to look up.
    if ((c >= 0x3000 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0))
        return c;
    return QChar::toCaseFolded(c);
}

int LiteralSet::bucket(char16_t first, char16_t second)
{
    const quint32 key = (quint32(first) << 16) | second;
    return static_cast<int>((key * 2654435761u) >> (32 - kBucketBits));
}

LiteralSet::LiteralSet(const QList<Literal> &literals)
    : m_literals(literals)
{
    Q_ASSERT(literals.size() < 0xffff);
    // Filed by counting: each literal's bucket, the buckets' sizes, their starts, then the ids (a
    // list per bucket cost more to make than a short paste costs to read).
    QList<int> buckets(m_literals.size(), -1);
    m_start.fill(0, kBuckets + 1);
    // Through a pointer: QList's operator[] checks for sharing at every use, which in the loop over
    // the 4,096 buckets cost more than the loop (callgrind: half of a CLI run's 0.43 M instructions
    // in the three sets built at its start).
    quint16 *start = m_start.data();
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        Literal &l = m_literals[i];
        if (l.cs == Qt::CaseInsensitive) {
            for (QChar &c : l.text)
                c = QChar(fold(c.unicode()));
        }
        if (l.text.size() < 2) {
            m_short.append(i);
            continue;
        }
        // A position can hold the literal only where its folded pair is the literal's folded pair
        // (equal characters fold equal), so both sensitivities are filed by the folded pair.
        buckets[i] = bucket(fold(l.text.at(0).unicode()), fold(l.text.at(1).unicode()));
        ++start[buckets[i] + 1];
    }
    for (int b = 0; b < kBuckets; ++b)
        start[b + 1] += start[b];
    m_ids.resize(start[kBuckets]);
    quint16 *ids = m_ids.data();
    std::vector<quint16> next(start, start + kBuckets);
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        if (buckets[i] >= 0)
            ids[next[static_cast<size_t>(buckets[i])]++] = static_cast<quint16>(i);
    }
}

bool LiteralSet::matchesAt(const char16_t *at, qsizetype available, const Literal &literal)
{
    // On raw characters: a view per candidate (mid, at) cost more than the comparison itself, and
    // most under a fuzzer's instrumentation.
    const qsizetype n = literal.text.size();
    if (available < n)
        return false;
    const char16_t *want = reinterpret_cast<const char16_t *>(literal.text.constData());
    if (literal.cs == Qt::CaseSensitive)
        return std::char_traits<char16_t>::compare(at, want, static_cast<size_t>(n)) == 0;
    for (qsizetype k = 0; k < n; ++k) {
        if (fold(at[k]) != want[k])
            return false;
    }
    return true;
}

QBitArray LiteralSet::find(QStringView text) const
{
    QBitArray hits(m_literals.size());
    qsizetype left = m_literals.size() - m_short.size();
    for (const qsizetype i : m_short) {
        if (text.contains(QStringView(m_literals.at(i).text), m_literals.at(i).cs))
            hits.setBit(i);
    }
    if (text.size() < 2 || left == 0)
        return hits;
    const char16_t *const data = text.utf16();
    const quint16 *const start = m_start.constData();
    const quint16 *const ids = m_ids.constData();
    const Literal *const literals = m_literals.constData();
    const qsizetype size = text.size();
    char16_t second = fold(data[0]);
    for (qsizetype at = 0; at + 1 < size; ++at) {
        const char16_t first = second;
        second = fold(data[at + 1]);
        const int b = bucket(first, second);
        for (quint16 k = start[b]; k < start[b + 1]; ++k) {
            const quint16 id = ids[k];
            if (!hits.testBit(id) && matchesAt(data + at, size - at, literals[id])) {
                hits.setBit(id);
                if (--left == 0)
                    return hits;
            }
        }
    }
    return hits;
}
