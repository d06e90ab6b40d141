#include "io/CliOutput.h"

#include <QCommandLineParser>
#include <cstdio>

void CliOutput::out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::error(const QString &sentence)
{
    const QByteArray bytes = sentence.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

bool CliOutput::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (!parser.parse(arguments)) {
        error(parser.errorText());
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        *exitCode = Ok;
        return false;
    }
    return true;
}
