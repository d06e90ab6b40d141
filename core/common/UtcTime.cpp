#include "common/UtcTime.h"

#include <QLocale>

namespace UtcTime {

QDateTime parse(const QString &text)
{
    const QString v = text.trimmed();
    if (v.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid()) {
        // Qt 6.4's RFC 2822 reader refuses "GMT", which is what every provider writes.
        t = QLocale::c().toDateTime(v, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    }
    if (t.isValid()) {
        t.setTimeSpec(Qt::UTC); // both forms above are UTC by definition
        return t;
    }
    t = QDateTime::fromString(v, Qt::RFC2822Date);
    if (!t.isValid())
        t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset in the text: the same fields, read as UTC
    return t.toUTC();
}

} // namespace UtcTime
