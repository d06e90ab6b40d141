#pragma once

#include "text/LanguageLoader.h"

#include <QStringList>

// The headless front end: parses the command line of product.md's contract, runs the command and
// returns the exit status of CliOutput::ExitCode. Each command lives in its own file.
class CliApplication
{
public:
    int run(const QStringList &arguments);

private:
    LanguageLoader m_languages;
};
