#pragma once

#include "checks/CheckResult.h"
#include "diagnosis/Diagnosis.h"

// Copies of the engine's data with every secret taken out field by field, before anything is
// worded or rendered: header values by their header's name, query values by their key, named
// fields and facts by their name, server and client strings and free text by pattern. A renderer
// that starts from these copies cannot leak what a later join, escape or quote would hide from a
// pattern.
namespace Redacted {
ParsedInput input(ParsedInput input);
Statement statement(const Statement &statement);
CheckResult result(CheckResult result);
Diagnosis diagnosis(Diagnosis diagnosis);
QString fact(const QString &name, const QString &value);
}
