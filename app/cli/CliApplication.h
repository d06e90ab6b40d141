#pragma once

#include "LanguageLoader.h"

#include <QStringList>

// The headless front end: parses the command line of product.md's contract, runs the command and
// returns the exit status (0 ran, 1 a check failed, 2 usage error, 3 unreadable input). Output goes
// to stdout, one-sentence errors to stderr.
class CliApplication
{
public:
    enum ExitCode { Ok = 0, CheckFailed = 1, UsageError = 2, UnreadableInput = 3 };

    int run(const QStringList &arguments);

private:
    int diagnose(const QStringList &arguments);
    static void printOut(const QString &text);
    static void printError(const QString &text);

    LanguageLoader m_languages;
};
