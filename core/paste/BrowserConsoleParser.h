#pragma once

#include <QString>

// Reads the CORS refusals that browsers print in the console: Chrome and Edge ("Access to
// XMLHttpRequest at … has been blocked by CORS policy"), Firefox in English and Chinese
// ("Cross-Origin Request Blocked", "已拦截跨源请求"), and the network line "PUT <url> 403 (Forbidden)".
struct BrowserConsole {
    bool found = false;
    bool preflight = false; // the console says the preflight (OPTIONS) failed
    QString url;
    QString origin;
    QString method;
    int httpStatus = 0;
    QString reason;         // the browser's own reason text, e.g. "No 'Access-Control-Allow-Origin' header…"
};

namespace BrowserConsoleParser {
BrowserConsole parse(const QString &text);
}
