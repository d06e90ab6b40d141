#include "rules/ClockSkew.h"

#include "common/UtcTime.h"

ClockSkew ClockSkew::estimate(const QDateTime &sentAt, const QDateTime &receivedAt, const QString &dateHeader)
{
    ClockSkew s;
    const QDateTime server = UtcTime::parse(dateHeader);
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
