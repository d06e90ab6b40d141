#pragma once

#include <QString>

// Where every command writes: stdout for results, stderr for one-sentence errors, both UTF-8.
namespace CliOutput {
enum ExitCode { Ok = 0, CheckFailed = 1, UsageError = 2, UnreadableInput = 3 };
void out(const QString &text);
void error(const QString &sentence);
}
