#include "common/LiteralSet.h"

#include <QChar>

char16_t LiteralSet::fold(char16_t c)
{
    // ASCII by hand (most of any paste); beyond it the same simple case folding QString uses.
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
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
        ++m_start[buckets[i] + 1];
    }
    for (int b = 0; b < kBuckets; ++b)
        m_start[b + 1] += m_start[b];
    m_ids.resize(m_start[kBuckets]);
    QList<quint16> next(m_start.cbegin(), m_start.cend() - 1);
    for (qsizetype i = 0; i < m_literals.size(); ++i) {
        if (buckets[i] >= 0)
            m_ids[next[buckets[i]]++] = static_cast<quint16>(i);
    }
}

bool LiteralSet::matchesAt(QStringView text, qsizetype at, qsizetype literal) const
{
    const Literal &l = m_literals.at(literal);
    if (text.size() - at < l.text.size())
        return false;
    const QStringView here = text.mid(at, l.text.size());
    if (l.cs == Qt::CaseSensitive)
        return here == QStringView(l.text);
    for (qsizetype k = 0; k < here.size(); ++k) {
        if (fold(here.at(k).unicode()) != l.text.at(k).unicode())
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
    char16_t second = fold(data[0]);
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        const char16_t first = second;
        second = fold(data[at + 1]);
        const int b = bucket(first, second);
        for (quint16 k = start[b]; k < start[b + 1]; ++k) {
            const quint16 id = ids[k];
            if (!hits.testBit(id) && matchesAt(text, at, id)) {
                hits.setBit(id);
                if (--left == 0)
                    return hits;
            }
        }
    }
    return hits;
}
