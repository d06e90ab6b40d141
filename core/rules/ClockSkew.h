#pragma once

#include <QDateTime>
#include <QString>

// How far the local clock is from the server's, from one request: the server's Date header (1 s
// resolution) is taken as the middle of the round trip, so the estimate is good to ± (RTT/2 + 1 s).
//
// Usage:
//   const ClockSkew s = ClockSkew::estimate(sentAt, receivedAt, response.header("Date"));
//   if (s.valid && s.verdict == ClockSkew::Verdict::TooSkewed) …
struct ClockSkew {
    enum class Verdict { Unknown, InSync, Drifting, TooSkewed };

    static constexpr qint64 kMaxSkewSeconds = 15 * 60; // COS, OSS and S3 all refuse beyond this
    static constexpr qint64 kDriftSeconds = 60;        // worth a warning long before requests fail

    bool valid = false;
    qint64 skewMs = 0;   // server − local: positive when the local clock is behind
    qint64 errorMs = 0;  // the estimate is good to ± this
    Verdict verdict = Verdict::Unknown;

    static ClockSkew estimate(const QDateTime &sentAt, const QDateTime &receivedAt, const QString &dateHeader);
    // Whether a signature valid from `from` to `until` (local clock) is still valid at the server.
    static bool windowOpenAtServer(const QDateTime &from, const QDateTime &until, const QDateTime &localNow, qint64 skewMs);
};
