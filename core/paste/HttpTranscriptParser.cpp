#include "paste/HttpTranscriptParser.h"

#include <QRegularExpression>

namespace {
enum class Block { None, Request, Response };

// Cheap tests of a line's first character before each anchored pattern: most lines of a paste
// are none of these, and each pattern would otherwise run on every line.
bool startsAsciiLetter(QStringView line)
{
    const QChar c = line.front();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Request …, Status Code, 请求…, 状态…, 요청…, 상태…; matched without case, where "ſ" is an "s" too.
bool mayBeDevtoolsLine(QStringView line)
{
    const QChar c = line.front();
    return c == u'R' || c == u'r' || c == u'S' || c == u's' || c == u'\u017f' || c == u'请' || c == u'状' || c == u'요'
        || c == u'상';
}

bool mayBeSectionLine(QStringView line) // Response/Request Headers, 响应…, 请求…, 응답…, 요청…
{
    const QChar c = line.front();
    return c == u'R' || c == u'r' || c == u'响' || c == u'请' || c == u'응' || c == u'요';
}

const QRegularExpression &requestLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(GET|PUT|POST|HEAD|DELETE|OPTIONS|PATCH)\\s+(\\S+)\\s+HTTP/\\d(?:\\.\\d)?\\s*$"));
    return re;
}

const QRegularExpression &statusLine()
{
    static const QRegularExpression re(QStringLiteral("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})\\b"));
    return re;
}

const QRegularExpression &headerLine()
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]{0,63})\\s*:\\s?(.*)$"));
    return re;
}

// Labels that browser developer tools put in front of the general request facts.
const QRegularExpression &devtoolsLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(Request URL|Request Method|Status Code|请求网址|请求 URL|请求方法|状态代码|状态码|"
                       "요청 URL|요청 메서드|상태 코드)\\s*[:：]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
}

HttpTranscript HttpTranscriptParser::parse(const QString &text)
{
    HttpTranscript result;
    Block block = Block::None;
    int curlLines = 0;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = size;
        QStringView line = QStringView(text).mid(pos, eol - pos);
        pos = eol + 1;
        if (line.size() > 8192)
            continue; // a header line is never this long; skip blobs cheaply
        line = line.trimmed();

        if ((line.startsWith(u'*') || line.startsWith(u'$'))
            && (line.contains(QLatin1String("port 80")) || line.contains(QLatin1String("http://")))) {
            static const QRegularExpression port80(QStringLiteral("^\\*\\s+Connected to \\S+ .*port 80\\b|^\\$?\\s*curl\\b.*\\shttp://"));
            if (port80.match(line).hasMatch())
                result.plainHttp = true;
        }

        Block lineBlock = Block::None;
        if (line.startsWith(u"> ") || line == u">") {
            lineBlock = Block::Request;
            line = line.mid(1).trimmed();
            ++curlLines;
        } else if (line.startsWith(u"< ") || line == u"<") {
            lineBlock = Block::Response;
            line = line.mid(1).trimmed();
            ++curlLines;
        }

        if (line.isEmpty()) {
            if (lineBlock == Block::None)
                block = Block::None; // a blank line ends a header block
            continue;
        }

        // Each pattern runs on the line in place, and only behind its cheap test: a default
        // QRegularExpressionMatch, like a copy of the line, costs two allocations, and under the
        // fuzzer's AddressSanitizer allocations were the parser's largest cost.
        if (line.contains(QLatin1String("HTTP/"))) {
            if (const auto m = requestLine().match(line); m.hasMatch()) {
                if (result.method.isEmpty()) {
                    result.method = m.captured(1);
                    result.target = m.captured(2);
                }
                result.found = true;
                block = Block::Request;
                continue;
            }
            if (const auto m = statusLine().match(line); m.hasMatch()) {
                // With redirects or "100 Continue", the last status is the one that failed.
                const int status = m.capturedView(1).toInt();
                if (status != 100)
                    result.status = status;
                result.found = true;
                block = Block::Response;
                continue;
            }
        }
        if (mayBeDevtoolsLine(line)) {
            if (const auto m = devtoolsLine().match(line); m.hasMatch()) {
                const QString label = m.captured(1).toLower();
                const QString value = m.captured(2).trimmed();
                if (label.contains(QLatin1String("url")) || label == QStringLiteral("请求网址")) {
                    result.url = value;
                } else if (label.contains(QLatin1String("method")) || label == QStringLiteral("请求方法")
                           || label == QStringLiteral("요청 메서드")) {
                    result.method = value.toUpper();
                } else {
                    // "Status Code: 403 Forbidden", not an SDK's "status code: 403, request id: …".
                    static const QRegularExpression status(QStringLiteral("^(\\d{3})(?:\\s+[A-Za-z ]+|\\s*\\(.*\\))?$"));
                    const auto d = status.match(value);
                    if (!d.hasMatch())
                        continue;
                    result.status = d.captured(1).toInt();
                }
                result.found = true;
                continue;
            }
        }
        static const QRegularExpression sectionLine(
            QStringLiteral("^(Response Headers|响应标头|响应头|응답 헤더|Request Headers|请求标头|请求头|요청 헤더)"
                           "(?:\\s*\\(\\d+\\))?$"),
            QRegularExpression::CaseInsensitiveOption);
        if (mayBeSectionLine(line)) {
            if (const auto m = sectionLine.match(line); m.hasMatch()) {
                const QString name = m.captured(1).toLower();
                block = (name.contains(QLatin1String("response")) || name.contains(QStringLiteral("响应"))
                         || name.contains(QStringLiteral("응답")))
                    ? Block::Response
                    : Block::Request;
                continue;
            }
        }
        const Block target = lineBlock != Block::None ? lineBlock : block;
        if (target == Block::None)
            continue;
        if (startsAsciiLetter(line) && line.contains(u':')) {
            if (const auto m = headerLine().match(line); m.hasMatch()) {
                auto &headers = target == Block::Request ? result.requestHeaders : result.responseHeaders;
                headers.append({m.captured(1), m.captured(2).trimmed()});
                continue;
            }
        }
        if (lineBlock == Block::None)
            block = Block::None; // body text after the head
    }
    result.curlVerbose = curlLines >= 2;
    return result;
}
