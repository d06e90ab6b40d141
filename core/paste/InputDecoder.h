#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Turns the bytes a user gave (a file, stdin, the clipboard) into text the parser can read:
// honours a UTF-8 or UTF-16 byte-order mark, replaces invalid UTF-8 (or reads GB18030 when that
// decodes cleanly, as Chinese Windows tools write), and blanks out binary control bytes. It notes
// each repair as a warning id for UserText::inputWarning().
struct DecodedInput {
    QString text;
    QStringList warnings;
};

namespace InputDecoder {
constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
DecodedInput decode(const QByteArray &bytes);
bool isBlank(const QString &text);
}
