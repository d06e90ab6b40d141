#pragma once

#include <QString>
#include <QStringList>

// The curl command that sends a check's request again, read from its transcript ("> METHOD url",
// then "> Name: value" lines), for the user to run or attach to a ticket (the provider guides ask
// for such curl runs). Secrets stay out: the URL and every header go through the redaction helpers
// again, so a signature or an Authorization reads as a placeholder to fill in, never the value.
//
// Usage: for (const QString &line : CurlCommand::fromTranscript(result.transcript)) …
namespace CurlCommand {
QStringList fromTranscript(const QStringList &transcript); // one command per request
QString quoted(const QString &argument);                    // for a POSIX shell, in single quotes
}
