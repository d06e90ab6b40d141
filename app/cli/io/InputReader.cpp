#include "io/InputReader.h"

#include "paste/InputDecoder.h"
#include "text/UserText.h"

#include <QFile>

InputReader::Result InputReader::read(const QString &path)
{
    Result result;
    QFile file;
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    const QString shownName = fromStdin ? QStringLiteral("stdin") : path;
    bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        result.error = UserText::cannotReadFile(shownName, file.errorString());
        return result;
    }
    // Read at most one byte past the limit, so a huge or endless input cannot exhaust memory.
    result.bytes = file.read(InputDecoder::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = UserText::cannotReadFile(shownName, file.errorString());
        return result;
    }
    if (result.bytes.size() > InputDecoder::kMaxBytes) {
        result.error = UserText::inputTooLarge(fromStdin ? result.bytes.size() : file.size(), InputDecoder::kMaxBytes);
        return result;
    }
    result.ok = true;
    return result;
}
