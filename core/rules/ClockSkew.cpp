#include "rules/ClockSkew.h"

#include <QLocale>

QDateTime ClockSkew::parseHttpDate(const QString &value)
{
    // RFC 1123 with English names, as every provider writes it; QDateTime's RFC 2822 reader too.
    QDateTime t = QLocale::c().toDateTime(value.trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (t.isValid()) {
        t.setTimeSpec(Qt::UTC);
        return t;
    }
    t = QDateTime::fromString(value.trimmed(), Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

ClockSkew ClockSkew::estimate(const QDateTime &sentAt, const QDateTime &receivedAt, const QString &dateHeader)
{
    ClockSkew s;
    const QDateTime server = parseHttpDate(dateHeader);
    if (!server.isValid() || !sentAt.isValid() || !receivedAt.isValid() || receivedAt < sentAt)
        return s;
    const qint64 rtt = sentAt.msecsTo(receivedAt);
    const QDateTime middle = sentAt.addMSecs(rtt / 2);
    s.valid = true;
    // The Date header truncates to the second: the server's true time lies in [server, server + 1 s).
    s.skewMs = middle.msecsTo(server.addMSecs(500));
    s.errorMs = rtt / 2 + 500;
    const qint64 magnitude = std::llabs(s.skewMs);
    if (magnitude - s.errorMs > kMaxSkewSeconds * 1000)
        s.verdict = Verdict::TooSkewed;
    else if (magnitude - s.errorMs > kDriftSeconds * 1000)
        s.verdict = Verdict::Drifting;
    else
        s.verdict = Verdict::InSync;
    return s;
}

bool ClockSkew::windowOpenAtServer(const QDateTime &from, const QDateTime &until, const QDateTime &localNow, qint64 skewMs)
{
    const QDateTime serverNow = localNow.addMSecs(skewMs);
    return (!from.isValid() || serverNow >= from) && (!until.isValid() || serverNow <= until);
}
