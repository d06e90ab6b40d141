#include "paste/BrowserConsoleParser.h"

#include <QRegularExpression>

namespace {
// One console message: a literal every message of its kind holds, its pattern, and the group that
// holds each field (0: the message has no such field).
struct ConsoleForm {
    QString literal;
    QRegularExpression re;
    int url;
    int origin;
    int reason;
    int status;
};

const QList<ConsoleForm> &consoleForms()
{
    // Browsers quote with ASCII or typographic quotes depending on version and locale.
    static const QList<ConsoleForm> forms{
        {QStringLiteral("has been blocked by CORS policy"),
         QRegularExpression(QStringLiteral("Access to (?:XMLHttpRequest|fetch|image|font|script|resource) at ['‘’\"](\\S+?)['‘’\"]"
                                           "(?: \\(redirected from ['‘’\"]\\S+?['‘’\"]\\))? from origin ['‘’\"](\\S+?)['‘’\"] "
                                           "has been blocked by CORS policy:?\\s*([^\\n]*)")),
         1, 2, 3, 0},
        {QStringLiteral("策略阻止"),
         QRegularExpression(QStringLiteral("从(?:来)?源\\s*['‘’\"](\\S+?)['‘’\"]\\s*访问\\s*['‘’\"](\\S+?)['‘’\"]\\s*处的\\s*\\S+\\s*已被\\s*CORS\\s*"
                                           "策略阻止[：:]?\\s*([^\\n]*)")),
         2, 1, 3, 0},
        {QStringLiteral("Cross-Origin Request Blocked: "),
         QRegularExpression(QStringLiteral("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "
                                           "(\\S+?)\\.? \\(Reason: ([^)]*)\\)(?:\\.? Status code: (\\d{3}))?")),
         1, 0, 2, 3},
        {QStringLiteral("已拦截跨源请求"),
         QRegularExpression(QStringLiteral("已拦截跨源请求[：:]\\s*同源策略禁止读取位于\\s*(\\S+?)\\s*的远程资源。?\\s*[（(]原因[：:]\\s*([^）)]*)[）)]"
                                           "(?:。?\\s*状态码[：:]\\s*(\\d{3}))?")),
         1, 0, 2, 3},
    };
    return forms;
}
}

BrowserConsole BrowserConsoleParser::parse(const QString &text)
{
    BrowserConsole result;
    static const QRegularExpression networkLine(
        QStringLiteral("\\b(GET|PUT|POST|HEAD|DELETE|OPTIONS) (https?://\\S+)(?: net::ERR_FAILED)?(?: (\\d{3}))?(?: \\((?:[^)]*)\\))?"));

    // The first message form whose literal the text holds and whose pattern matches. A pattern runs
    // only on a text with its literal, and no empty match is made: a QRegularExpressionMatch, even
    // one never run, costs allocations.
    for (const ConsoleForm &form : consoleForms()) {
        if (!text.contains(form.literal))
            continue;
        const auto m = form.re.match(text);
        if (!m.hasMatch())
            continue;
        result.found = true;
        result.url = m.captured(form.url);
        if (form.origin > 0)
            result.origin = m.captured(form.origin);
        result.reason = m.captured(form.reason).trimmed();
        if (form.status > 0)
            result.httpStatus = m.captured(form.status).toInt();
        break;
    }
    if (result.found) {
        const QString lower = text.toLower();
        result.preflight = lower.contains(QLatin1String("preflight")) || text.contains(QStringLiteral("预检"))
            || text.contains(QStringLiteral("프리플라이트"));
    }
    // The network line counts only beside a console message or Chrome's net::ERR_FAILED.
    if (!result.found && !text.contains(QLatin1String("net::ERR_FAILED")))
        return result;
    if (const auto n = networkLine.match(text); n.hasMatch()) {
        result.found = true;
        result.method = n.captured(1);
        if (result.url.isEmpty())
            result.url = n.captured(2);
        if (result.httpStatus == 0 && !n.captured(3).isEmpty())
            result.httpStatus = n.captured(3).toInt();
    }
    return result;
}
