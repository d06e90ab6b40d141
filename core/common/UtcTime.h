#pragma once

#include <QDateTime>
#include <QString>

// The one reader of the times that object storage writes, always as UTC: the HTTP Date header
// (RFC 1123 with English names, or RFC 2822), ISO 8601 with or without a fraction or an offset,
// and the compact form of SigV4 and OSS V4 (yyyyMMdd'T'HHmmss'Z'). A time without an offset is
// taken as UTC, never as the local time: providers write UTC, and reading it as local time would
// move a paste's server time by the user's time zone.
namespace UtcTime {
QDateTime parse(const QString &text); // invalid when the text is none of these forms
}
