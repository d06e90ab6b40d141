#include "io/CliApplication.h"

#include "commands/CheckCommand.h"
#include "commands/DiagnoseCommand.h"
#include "commands/InspectUrlCommand.h"
#include "commands/SignCommand.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "text/UserText.h"

#include <QCommandLineParser>

namespace {
// --lang must take effect before any other message is printed, so it is read first, by hand.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

}

int CliApplication::run(const QStringList &arguments)
{
    const QString lang = requestedLanguage(arguments);
    if (!lang.isEmpty() && LanguageLoader::normalize(lang).isEmpty()) {
        m_languages.load(LanguageLoader::fromSystemLocale());
        CliOutput::error(UserText::unknownLanguage(lang));
        return CliOutput::UsageError;
    }
    m_languages.load(lang.isEmpty() ? LanguageLoader::fromSystemLocale() : lang);

    // The command is the first argument that is neither an option nor an option's value.
    static const QStringList valued{
        QStringLiteral("--lang"),   QStringLiteral("--provider"), QStringLiteral("--format"),   QStringLiteral("--signature-version"),
        QStringLiteral("--method"), QStringLiteral("--url"),      QStringLiteral("--header"),   QStringLiteral("--access-key-id"),
        QStringLiteral("--region"), QStringLiteral("--time"),     QStringLiteral("--expires"),  QStringLiteral("--now"),
        QStringLiteral("--endpoint"), QStringLiteral("--bucket"), QStringLiteral("--object"),   QStringLiteral("--origin"),
        QStringLiteral("--request-method"), QStringLiteral("--request-headers"), QStringLiteral("--referer"),
        QStringLiteral("--only"),   QStringLiteral("--timeout-ms"), QStringLiteral("--output"), QStringLiteral("--secret-key-file"),
        QStringLiteral("--security-token-file"), QStringLiteral("--proxy")};
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (valued.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-')) {
            command = arg;
            break;
        }
    }
    if (command == QLatin1String("diagnose"))
        return DiagnoseCommand::run(arguments);
    if (command == QLatin1String("sign"))
        return SignCommand::run(arguments);
    if (command == QLatin1String("inspect-url"))
        return InspectUrlCommand::run(arguments);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments);

    // Without a command, only --help and --version make sense.
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("command"), CliText::commandArgument());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang")});
    if (!parser.parse(arguments)) {
        CliOutput::error(parser.errorText());
        return CliOutput::UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        CliOutput::out(QStringLiteral("bucketdoctor-cli %1\n").arg(QStringLiteral(BUCKETDOCTOR_VERSION)));
        return CliOutput::Ok;
    }
    if (parser.isSet(QStringLiteral("help")) || command.isEmpty()) {
        CliOutput::out(parser.helpText());
        return command.isEmpty() && !parser.isSet(QStringLiteral("help")) ? CliOutput::UsageError : CliOutput::Ok;
    }
    CliOutput::error(UserText::unknownCommand(command));
    return CliOutput::UsageError;
}

