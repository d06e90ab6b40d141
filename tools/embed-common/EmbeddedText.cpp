#include "EmbeddedText.h"

qsizetype EmbeddedText::add(const QString &s)
{
    const qsizetype at = m_units.size();
    for (const QChar c : s)
        m_units.append(c.unicode());
    return at;
}

QString EmbeddedText::initialiser() const
{
    QString lines;
    for (qsizetype i = 0; i < m_units.size(); ++i)
        lines += QString::number(m_units.at(i)) + (i % 24 == 23 ? QStringLiteral(",\n") : QStringLiteral(","));
    return lines;
}

QString EmbeddedText::number(double v)
{
    return QString::asprintf("%.17g", v);
}
