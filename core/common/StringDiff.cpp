#include "common/StringDiff.h"

#include <QStringList>

QString StringDiff::visible(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    // Multi-byte UTF-8 was copied byte by byte above; read it back as text.
    return QString::fromUtf8(out.toLatin1());
}

StringDiff StringDiff::compare(const QString &ours, const QString &theirs)
{
    StringDiff d;
    const QByteArray a = ours.toUtf8();
    const QByteArray b = theirs.toUtf8();
    if (a == b)
        return d;
    d.equal = false;
    qsizetype i = 0;
    const qsizetype common = std::min(a.size(), b.size());
    while (i < common && a.at(i) == b.at(i))
        ++i;
    d.offset = i;
    d.line = static_cast<int>(a.left(i).count('\n'));
    d.oursLine = ours.split(u'\n').value(d.line);
    d.theirsLine = theirs.split(u'\n').value(d.line);
    constexpr qsizetype before = 24;
    constexpr qsizetype after = 32;
    const qsizetype from = std::max<qsizetype>(0, i - before);
    d.oursContext = visible(a.mid(from, i - from)) + QStringLiteral("⟦") + visible(a.mid(i, after)) + QStringLiteral("⟧");
    d.theirsContext = visible(b.mid(from, i - from)) + QStringLiteral("⟦") + visible(b.mid(i, after)) + QStringLiteral("⟧");
    return d;
}
