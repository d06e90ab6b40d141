#pragma once

#include <QByteArray>
#include <QString>

// Reads a paste from a file or from standard input ("-" or empty), at most InputDecoder::kMaxBytes,
// so an endless input cannot exhaust memory. On failure, `error` is one sentence for stderr.
namespace InputReader {
struct Result {
    bool ok = false;
    QByteArray bytes;
    QString error;
};
Result read(const QString &path);
}
