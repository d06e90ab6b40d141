#pragma once

#include "paste/ParsedInput.h"

// Reads request and response heads out of an HTTP dump: `curl -v` transcripts (`> ` request,
// `< ` response), raw request/response dumps, and the "Request URL / Request Method / Status Code"
// block that browser developer tools copy (English and Chinese labels).
struct HttpTranscript {
    bool found = false;
    bool curlVerbose = false;
    bool plainHttp = false; // curl connected to port 80 or was given an http:// URL
    QString method;
    QString target;   // request target as written: /path?query, or an absolute URL
    QString url;      // absolute URL when the dump names one (devtools "Request URL")
    int status = 0;
    HeaderList requestHeaders;
    HeaderList responseHeaders;
};

namespace HttpTranscriptParser {
HttpTranscript parse(const QString &text);
}
