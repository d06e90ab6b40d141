#pragma once

#include "paste/ParsedInput.h"

#include <QJsonObject>

// The parsed fields of a paste as JSON, for the `input` key of `diagnose --format json` and the
// reports, with secrets redacted field by field. It lives with the reports, not with the parser:
// what the parser read is plain data, and redaction belongs to what leaves the program.
namespace ParsedInputJson {
QJsonObject toJson(const ParsedInput &input);
}
