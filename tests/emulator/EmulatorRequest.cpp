#include "EmulatorRequest.h"

namespace {
// Generous limits: the emulator is a test server, but a runaway client must not eat the memory.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

QString decodeComponent(const QByteArray &raw)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}
}

EmulatorRequest::ParseState EmulatorRequest::parse(const QByteArray &buffer, EmulatorRequest *request, qsizetype *consumed)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? ParseState::Malformed : ParseState::Incomplete;

    EmulatorRequest r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(0).isEmpty()) {
        request->malformedReason = QStringLiteral("bad request line");
        return ParseState::Malformed;
    }
    r.method = QString::fromLatin1(requestLine.at(0));
    r.target = requestLine.at(1);
    if (!r.target.startsWith('/')) {
        request->malformedReason = QStringLiteral("request-target must be origin-form");
        return ParseState::Malformed;
    }
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            request->malformedReason = QStringLiteral("bad header line");
            return ParseState::Malformed;
        }
        r.headers.append({ QString::fromLatin1(line.left(colon).trimmed()), QString::fromUtf8(line.mid(colon + 1).trimmed()) });
    }

    if (r.hasHeader(QStringLiteral("Transfer-Encoding"))) {
        // The SDKs and Qt send Content-Length for these small bodies; chunked uploads are out of scope.
        request->malformedReason = QStringLiteral("Transfer-Encoding is not supported");
        return ParseState::Malformed;
    }
    qint64 length = 0;
    if (r.hasHeader(QStringLiteral("Content-Length"))) {
        bool ok = false;
        length = r.header(QStringLiteral("Content-Length")).toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes) {
            request->malformedReason = QStringLiteral("bad Content-Length");
            return ParseState::Malformed;
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < length)
        return ParseState::Incomplete;
    r.body = buffer.mid(bodyStart, length);
    *consumed = bodyStart + length;

    const QString connection = r.header(QStringLiteral("Connection")).toLower();
    r.keepAlive = http10 ? connection == QLatin1String("keep-alive") : connection != QLatin1String("close");

    const qsizetype question = r.target.indexOf('?');
    r.rawPath = question < 0 ? r.target : r.target.left(question);
    r.rawQuery = question < 0 ? QByteArray() : r.target.mid(question + 1);
    if (!r.rawQuery.isEmpty()) {
        const QList<QByteArray> items = r.rawQuery.split('&');
        for (const QByteArray &item : items) {
            if (item.isEmpty())
                continue;
            const qsizetype eq = item.indexOf('=');
            QueryItem q;
            q.key = decodeComponent(eq < 0 ? item : item.left(eq));
            q.hasValue = eq >= 0;
            q.value = eq < 0 ? QString() : decodeComponent(item.mid(eq + 1));
            r.query.append(q);
        }
    }
    *request = r;
    return ParseState::Complete;
}

QString EmulatorRequest::header(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool EmulatorRequest::hasHeader(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        Q_UNUSED(value)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool EmulatorRequest::hasQuery(const QString &key) const
{
    for (const QueryItem &item : query) {
        if (item.key == key)
            return true;
    }
    return false;
}

QString EmulatorRequest::queryValue(const QString &key) const
{
    for (const QueryItem &item : query) {
        if (item.key == key)
            return item.value;
    }
    return {};
}

QString EmulatorRequest::decodedPath() const
{
    return decodeComponent(rawPath);
}
