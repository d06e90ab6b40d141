#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// Where every command writes: stdout for results, stderr for one-sentence errors, both UTF-8.
namespace CliOutput {
enum ExitCode { Ok = 0, CheckFailed = 1, UsageError = 2, UnreadableInput = 3 };
void out(const QString &text);
void error(const QString &sentence);
// Parses a command's options, answering --help and parse errors itself. Returns false when the
// command is done already, with *exitCode set (Ok after help, UsageError after an error).
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
}
