#pragma once

#include "LiveCheck.h"
#include "HttpProbe.h"

#include <QUrl>

// Where a check's requests go, from the context: virtual-hosted <bucket>.<endpoint host>/<key>, or
// path-style <endpoint>/<bucket>/<key>. And what every check does with a probe's answer.
namespace CheckTarget {
QUrl url(const CheckContext &context, const QString &objectKey = {}, const QString &query = {});
QString missingInput(const CheckContext &context); // "missing_input:endpoint" etc., or empty
// The machine id of a probe outcome that is not an HTTP answer: "timeout", "tls_error", …
QString outcomeId(ProbeResult::Outcome outcome);
// The transcript lines of a probe, already redacted by the probe.
QStringList transcript(const ProbeResult &result);
}
