#pragma once

#include "paste/ParsedInput.h"

// Turns whatever the user pasted into fields: XML error bodies (plain, namespaced, escaped),
// JSON-wrapped errors, SDK and tool exception texts, HTTP and `curl -v` dumps, browser CORS
// console lines and presigned URLs. Every reader runs on the text; the first value found for a
// field wins, in the order XML, JSON, HTTP headers, SDK text, URL. The parser never fails: for text
// it cannot read it returns the "text" format and empty fields.
//
// Usage: const ParsedInput input = PasteParser::parse(text);
namespace PasteParser {
ParsedInput parse(const QString &text);
// As parse(text), and hands back the text lower-cased as the parser read it (CRLF line ends made
// LF), for a caller that lower-cases the same paste: lowering a large paste twice costs twice.
ParsedInput parse(const QString &text, QString *lowered);
}
