#include "commands/DiagnoseCommand.h"

#include "diagnosis/DiagnosisEngine.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "io/InputReader.h"
#include "paste/InputDecoder.h"
#include "report/DiagnosisFormatter.h"
#include "text/UserText.h"

#include <QCommandLineParser>

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

    const InputReader::Result input = InputReader::read(positional.size() > 1 ? positional.at(1) : QString());
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
    DiagnoseOptions options;
    options.provider = forced;
    options.inputWarnings = decoded.warnings;
    // Only from the environment, never prompted: diagnose must work unattended and without keys.
    options.secretKey = QString::fromUtf8(qgetenv("BUCKETDOCTOR_SECRET_KEY"));
    const Diagnosis diagnosis = engine.diagnose(decoded.text, options);
    // The engine reads only the trees this paste needs, so a tree that cannot load shows here.
    if (const QString error = engine.loadError(diagnosis.provider); !error.isEmpty()) {
        CliOutput::error(UserText::treeLoadFailed(error));
        return CliOutput::UnreadableInput;
    }
    if (formatValue == QLatin1String("json"))
        CliOutput::out(QString::fromUtf8(DiagnosisFormatter::json(diagnosis)));
    else if (formatValue == QLatin1String("markdown"))
        CliOutput::out(DiagnosisFormatter::markdown(diagnosis));
    else
        CliOutput::out(DiagnosisFormatter::text(diagnosis));
    return CliOutput::Ok;
}
