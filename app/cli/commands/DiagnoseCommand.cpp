#include "commands/DiagnoseCommand.h"

#include "diagnosis/DiagnosisEngine.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "paste/InputDecoder.h"
#include "report/DiagnosisFormatter.h"
#include "text/UserText.h"

#include <QCommandLineParser>
#include <QFile>

namespace {
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

int DiagnoseCommand::run(const QStringList &arguments)
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
    if (int exitCode = 0; !CliOutput::parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        CliOutput::error(UserText::unknownCommand(positional.at(2)));
        return CliOutput::UsageError;
    }
    const QString providerValue = parser.value(provider).toLower();
    Provider forced = Provider::Unknown;
    if (providerValue != QLatin1String("auto")) {
        forced = Providers::fromId(providerValue);
        if (forced == Provider::Unknown) {
            CliOutput::error(UserText::unknownProvider(parser.value(provider)));
            return CliOutput::UsageError;
        }
    }
    const QString formatValue = parser.value(format).toLower();
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json") && formatValue != QLatin1String("markdown")) {
        CliOutput::error(UserText::unknownFormat(parser.value(format)));
        return CliOutput::UsageError;
    }

    const ReadResult input = readInput(positional.size() > 1 ? positional.at(1) : QString());
    if (!input.ok) {
        CliOutput::error(input.error);
        return CliOutput::UnreadableInput;
    }
    const DecodedInput decoded = InputDecoder::decode(input.bytes);
    if (InputDecoder::isBlank(decoded.text)) {
        CliOutput::error(UserText::emptyInput());
        return CliOutput::UnreadableInput;
    }

    const DiagnosisEngine engine;
    if (!engine.isValid()) {
        CliOutput::error(UserText::treeLoadFailed(engine.loadError()));
        return CliOutput::UnreadableInput;
    }
    DiagnoseOptions options;
    options.provider = forced;
    options.inputWarnings = decoded.warnings;
    // Only from the environment, never prompted: diagnose must work unattended and without keys.
    options.secretKey = QString::fromUtf8(qgetenv("BUCKETDOCTOR_SECRET_KEY"));
    const Diagnosis diagnosis = engine.diagnose(decoded.text, options);
    if (formatValue == QLatin1String("json"))
        CliOutput::out(QString::fromUtf8(DiagnosisFormatter::json(diagnosis)));
    else if (formatValue == QLatin1String("markdown"))
        CliOutput::out(DiagnosisFormatter::markdown(diagnosis));
    else
        CliOutput::out(DiagnosisFormatter::text(diagnosis));
    return CliOutput::Ok;
}
