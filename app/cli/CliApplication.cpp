#include "CliApplication.h"

#include "CliText.h"
#include "DiagnosisEngine.h"
#include "DiagnosisFormatter.h"
#include "InputDecoder.h"
#include "UserText.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

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

struct ReadResult {
    bool ok = false;
    QByteArray bytes;
    QString error;
};

ReadResult readInput(const QString &path)
{
    ReadResult result;
    QFile file;
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    const QString shownName = fromStdin ? QStringLiteral("stdin") : path;
    bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        result.error = UserText::cannotReadFile(shownName, file.errorString());
        return result;
    }
    // Read at most one byte past the limit, so a huge or endless input cannot exhaust memory.
    result.bytes = file.read(InputDecoder::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = UserText::cannotReadFile(shownName, file.errorString());
        return result;
    }
    if (result.bytes.size() > InputDecoder::kMaxBytes) {
        result.error = UserText::inputTooLarge(fromStdin ? result.bytes.size() : file.size(), InputDecoder::kMaxBytes);
        return result;
    }
    result.ok = true;
    return result;
}
}

void CliApplication::printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliApplication::printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

int CliApplication::run(const QStringList &arguments)
{
    const QString lang = requestedLanguage(arguments);
    if (!lang.isEmpty() && LanguageLoader::normalize(lang).isEmpty()) {
        m_languages.load(LanguageLoader::fromSystemLocale());
        printError(UserText::unknownLanguage(lang));
        return UsageError;
    }
    m_languages.load(lang.isEmpty() ? LanguageLoader::fromSystemLocale() : lang);

    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments.at(i).startsWith(u'-')) {
            command = arguments.at(i);
            break;
        }
    }
    if (command == QLatin1String("diagnose"))
        return diagnose(arguments);

    // Without a command, only --help and --version make sense.
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("command"), CliText::commandArgument());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang")});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("bucketdoctor-cli %1\n").arg(QStringLiteral(BUCKETDOCTOR_VERSION)));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("help")) || command.isEmpty()) {
        printOut(parser.helpText());
        return command.isEmpty() && !parser.isSet(QStringLiteral("help")) ? UsageError : Ok;
    }
    if (command == QLatin1String("inspect-url") || command == QLatin1String("sign") || command == QLatin1String("check")) {
        printError(UserText::commandNotAvailable(command));
        return UsageError;
    }
    printError(UserText::unknownCommand(command));
    return UsageError;
}

int CliApplication::diagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("diagnose"), CliText::commandArgument());
    parser.addPositionalArgument(QStringLiteral("file"), CliText::fileArgument(), QStringLiteral("[FILE|-]"));
    parser.addHelpOption();
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::providerOption(), QStringLiteral("provider"),
                                      QStringLiteral("auto"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::formatOption(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang"));
    parser.addOptions({provider, format, langOption});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        printError(UserText::unknownCommand(positional.at(2)));
        return UsageError;
    }
    const QString providerValue = parser.value(provider).toLower();
    Provider forced = Provider::Unknown;
    if (providerValue != QLatin1String("auto")) {
        forced = Providers::fromId(providerValue);
        if (forced == Provider::Unknown) {
            printError(UserText::unknownProvider(parser.value(provider)));
            return UsageError;
        }
    }
    const QString formatValue = parser.value(format).toLower();
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json") && formatValue != QLatin1String("markdown")) {
        printError(UserText::unknownFormat(parser.value(format)));
        return UsageError;
    }

    const ReadResult input = readInput(positional.size() > 1 ? positional.at(1) : QString());
    if (!input.ok) {
        printError(input.error);
        return UnreadableInput;
    }
    const DecodedInput decoded = InputDecoder::decode(input.bytes);
    if (InputDecoder::isBlank(decoded.text)) {
        printError(UserText::emptyInput());
        return UnreadableInput;
    }

    const DiagnosisEngine engine;
    if (!engine.isValid()) {
        printError(UserText::treeLoadFailed(engine.loadError()));
        return UnreadableInput;
    }
    DiagnoseOptions options;
    options.provider = forced;
    options.inputWarnings = decoded.warnings;
    const Diagnosis diagnosis = engine.diagnose(decoded.text, options);
    if (formatValue == QLatin1String("json"))
        printOut(QString::fromUtf8(DiagnosisFormatter::json(diagnosis)));
    else if (formatValue == QLatin1String("markdown"))
        printOut(DiagnosisFormatter::markdown(diagnosis));
    else
        printOut(DiagnosisFormatter::text(diagnosis));
    return Ok;
}
