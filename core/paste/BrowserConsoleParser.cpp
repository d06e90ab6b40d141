#include "paste/BrowserConsoleParser.h"

#include <QRegularExpression>

BrowserConsole BrowserConsoleParser::parse(const QString &text)
{
    BrowserConsole result;
    // Browsers quote with ASCII or typographic quotes depending on version and locale.
    static const QRegularExpression chrome(
        QStringLiteral("Access to (?:XMLHttpRequest|fetch|image|font|script|resource) at ['‘’\"](\\S+?)['‘’\"]"
                       "(?: \\(redirected from ['‘’\"]\\S+?['‘’\"]\\))? from origin ['‘’\"](\\S+?)['‘’\"] "
                       "has been blocked by CORS policy:?\\s*([^\\n]*)"));
    static const QRegularExpression chromeZh(
        QStringLiteral("从(?:来)?源\\s*['‘’\"](\\S+?)['‘’\"]\\s*访问\\s*['‘’\"](\\S+?)['‘’\"]\\s*处的\\s*\\S+\\s*已被\\s*CORS\\s*策略阻止[：:]?\\s*([^\\n]*)"));
    static const QRegularExpression firefox(
        QStringLiteral("Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "
                       "(\\S+?)\\.? \\(Reason: ([^)]*)\\)(?:\\.? Status code: (\\d{3}))?"));
    static const QRegularExpression firefoxZh(
        QStringLiteral("已拦截跨源请求[：:]\\s*同源策略禁止读取位于\\s*(\\S+?)\\s*的远程资源。?\\s*[（(]原因[：:]\\s*([^）)]*)[）)]"
                       "(?:。?\\s*状态码[：:]\\s*(\\d{3}))?"));
    static const QRegularExpression networkLine(
        QStringLiteral("\\b(GET|PUT|POST|HEAD|DELETE|OPTIONS) (https?://\\S+)(?: net::ERR_FAILED)?(?: (\\d{3}))?(?: \\((?:[^)]*)\\))?"));

    // Each console message holds a literal of its own; a paste without it skips the pattern.
    const bool chromeLiteral = text.contains(QLatin1String("has been blocked by CORS policy"));
    const bool chromeZhLiteral = text.contains(QStringLiteral("策略阻止"));
    const bool firefoxLiteral = text.contains(QLatin1String("Cross-Origin Request Blocked: "));
    const bool firefoxZhLiteral = text.contains(QStringLiteral("已拦截跨源请求"));
    // A pattern runs only on a text with its message's literal, and no empty match is made:
    // a QRegularExpressionMatch, even one never run, costs allocations.
    if (chromeLiteral) {
        if (const auto m = chrome.match(text); m.hasMatch()) {
            result.found = true;
            result.url = m.captured(1);
            result.origin = m.captured(2);
            result.reason = m.captured(3).trimmed();
        }
    }
    if (!result.found && chromeZhLiteral) {
        if (const auto z = chromeZh.match(text); z.hasMatch()) {
            result.found = true;
            result.origin = z.captured(1);
            result.url = z.captured(2);
            result.reason = z.captured(3).trimmed();
        }
    }
    if (!result.found && firefoxLiteral) {
        if (const auto f = firefox.match(text); f.hasMatch()) {
            result.found = true;
            result.url = f.captured(1);
            result.reason = f.captured(2).trimmed();
            result.httpStatus = f.captured(3).toInt();
        }
    }
    if (!result.found && firefoxZhLiteral) {
        if (const auto fz = firefoxZh.match(text); fz.hasMatch()) {
            result.found = true;
            result.url = fz.captured(1);
            result.reason = fz.captured(2).trimmed();
            result.httpStatus = fz.captured(3).toInt();
        }
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
