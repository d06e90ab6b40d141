#include "commands/CheckCommand.h"

#include "checks/CheckRunner.h"
#include "checks/PendingCleanups.h"
#include "checks/CheckSuite.h"
#include "diagnosis/DiagnosisEngine.h"
#include "findings/CheckFindings.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "io/InputReader.h"
#include "io/SecretReader.h"
#include "net/ProxySetting.h"
#include "paste/InputDecoder.h"
#include "report/CheckReport.h"
#include "text/UserText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QUrl>

#include <memory>

namespace {
bool writeReport(const QString &path, const CheckRun &run, const Diagnosis &diagnosis, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("md"))
        bytes = CheckReport::markdown(run, diagnosis).toUtf8();
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        bytes = CheckReport::html(run, diagnosis).toUtf8();
    else if (suffix == QLatin1String("json"))
        bytes = CheckReport::json(run, diagnosis);
    else
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
}

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("check"), CliText::commandArgument());
    parser.addHelpOption();
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::checkProviderOption(), QStringLiteral("provider"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), CliText::endpointOption(), QStringLiteral("url"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), CliText::bucketOption(), QStringLiteral("bucket"));
    const QCommandLineOption object(QStringLiteral("object"), CliText::objectOption(), QStringLiteral("key"));
    const QCommandLineOption region(QStringLiteral("region"), CliText::regionOption(), QStringLiteral("region"));
    const QCommandLineOption pathStyle(QStringLiteral("path-style"), CliText::pathStyleOption());
    const QCommandLineOption accessKeyId(QStringLiteral("access-key-id"), CliText::accessKeyIdOption(), QStringLiteral("id"));
    const QCommandLineOption origin(QStringLiteral("origin"), CliText::originOption(), QStringLiteral("origin"));
    const QCommandLineOption requestMethod(QStringLiteral("request-method"), CliText::requestMethodOption(), QStringLiteral("method"));
    const QCommandLineOption requestHeaders(QStringLiteral("request-headers"), CliText::requestHeadersOption(), QStringLiteral("h1,h2"));
    const QCommandLineOption referer(QStringLiteral("referer"), CliText::refererOption(), QStringLiteral("url"));
    const QCommandLineOption only(QStringLiteral("only"), CliText::onlyOption(), QStringLiteral("list"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), CliText::timeoutOption(), QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::signFormatOption(), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption output(QStringLiteral("output"), CliText::outputOption(), QStringLiteral("file"));
    const QCommandLineOption secretFile(QStringLiteral("secret-key-file"), CliText::secretKeyFileOption(), QStringLiteral("file"));
    const QCommandLineOption tokenFile(QStringLiteral("security-token-file"), CliText::securityTokenFileOption(), QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang"));
    // Beyond the contract: the opt-in write probe and a proxy override.
    const QCommandLineOption writeProbe(QStringLiteral("write-probe"), CliText::writeProbeOption());
    const QCommandLineOption proxy(QStringLiteral("proxy"), CliText::proxyOption(), QStringLiteral("url|none"));
    const QCommandLineOption version(QStringLiteral("signature-version"), CliText::signatureVersionOption(), QStringLiteral("1|4"),
                                     QStringLiteral("4"));
    // Contract 2026-12: the paste joins the checks in one ranking and one report.
    const QCommandLineOption paste(QStringLiteral("paste"), CliText::pasteOption(), QStringLiteral("file|-"));
    parser.addOptions({provider, endpoint, bucket, object, region, pathStyle, accessKeyId, origin, requestMethod, requestHeaders,
                       referer, only, timeout, format, output, secretFile, tokenFile, langOption, writeProbe, proxy, version, paste});
    if (int exitCode = 0; !CliOutput::parse(parser, arguments, &exitCode))
        return exitCode;
    for (const QCommandLineOption *required : {&provider, &endpoint, &bucket}) {
        if (!parser.isSet(*required)) {
            CliOutput::error(UserText::missingOption(QStringLiteral("--") + required->names().constFirst()));
            return CliOutput::UsageError;
        }
    }
    const QString providerValue = parser.value(provider).toLower();
    if (parser.value(version) != QLatin1String("1") && parser.value(version) != QLatin1String("4")) {
        CliOutput::error(UserText::unknownSignatureVersion(parser.value(version)));
        return CliOutput::UsageError;
    }
    if (providerValue != QLatin1String("cos") && providerValue != QLatin1String("oss") && providerValue != QLatin1String("s3")) {
        CliOutput::error(UserText::unknownSignProvider(parser.value(provider)));
        return CliOutput::UsageError;
    }
    const QString formatValue = parser.value(format).toLower();
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        CliOutput::error(UserText::unknownSignFormat(parser.value(format)));
        return CliOutput::UsageError;
    }
    bool ok = false;
    const int timeoutMs = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutMs <= 0) {
        CliOutput::error(UserText::badNumber(QStringLiteral("--timeout-ms"), parser.value(timeout)));
        return CliOutput::UsageError;
    }
    const QStringList known = CheckSuite::ids();
    QStringList onlyList;
    for (const QString &id : parser.value(only).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed().toLower();
        if (!known.contains(trimmed)) {
            CliOutput::error(UserText::unknownCheck(id.trimmed(), known.join(QStringLiteral(", "))));
            return CliOutput::UsageError;
        }
        onlyList << trimmed;
    }
    const QUrl endpointUrl(parser.value(endpoint).contains(QLatin1String("://")) ? parser.value(endpoint)
                                                                                 : QStringLiteral("https://") + parser.value(endpoint));
    if (!endpointUrl.isValid() || endpointUrl.host().isEmpty()
        || (endpointUrl.scheme() != QLatin1String("https") && endpointUrl.scheme() != QLatin1String("http"))) {
        CliOutput::error(UserText::badUrl(parser.value(endpoint)));
        return CliOutput::UsageError;
    }
    if (parser.isSet(output)) {
        const QString suffix = QFileInfo(parser.value(output)).suffix().toLower();
        if (suffix == QLatin1String("pdf")) {
            CliOutput::error(UserText::pdfNeedsDesktop());
            return CliOutput::UsageError;
        }
        if (!QStringList{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("json")}.contains(suffix)) {
            CliOutput::error(UserText::unknownReportFormat(parser.value(output)));
            return CliOutput::UsageError;
        }
    }

    // The paste is read before anything goes out, so an unreadable one costs no request.
    DecodedInput pasted;
    if (parser.isSet(paste)) {
        const InputReader::Result input = InputReader::read(parser.value(paste));
        if (!input.ok) {
            CliOutput::error(input.error);
            return CliOutput::UnreadableInput;
        }
        pasted = InputDecoder::decode(input.bytes);
        if (InputDecoder::isBlank(pasted.text)) {
            CliOutput::error(UserText::emptyInput());
            return CliOutput::UnreadableInput;
        }
    }

    QNetworkAccessManager nam;
    if (!ProxySetting::apply(nam, parser.value(proxy))) {
        CliOutput::error(UserText::badProxy(parser.value(proxy)));
        return CliOutput::UsageError;
    }
    CheckContext context;
    context.network = &nam;
    context.provider = providerValue;
    context.endpoint = endpointUrl.toString();
    context.bucket = parser.value(bucket);
    context.objectKey = parser.value(object);
    context.region = parser.value(region);
    context.pathStyle = parser.isSet(pathStyle);
    context.accessKeyId = parser.value(accessKeyId);
    context.origin = parser.value(origin);
    context.requestMethod = parser.value(requestMethod);
    context.requestHeaders = parser.value(requestHeaders).split(u',', Qt::SkipEmptyParts);
    for (QString &h : context.requestHeaders)
        h = h.trimmed();
    context.referer = parser.value(referer);
    context.allowWrite = parser.isSet(writeProbe);
    context.ossSignatureVersion = parser.value(version).toInt();
    context.requestTimeoutMs = timeoutMs;
    // Two requests in a row at most per check, plus room for the answers to be read.
    context.checkTimeoutMs = 2 * timeoutMs + 2000;
    if (!context.accessKeyId.isEmpty()) {
        const auto secret = SecretReader::read("BUCKETDOCTOR_SECRET_KEY", parser.value(secretFile), UserText::secretPrompt(), true);
        if (secret.outcome == SecretReader::Outcome::Unreadable) {
            CliOutput::error(UserText::cannotReadFile(parser.value(secretFile), secret.error));
            return CliOutput::UnreadableInput;
        }
        context.secretKey = secret.value; // missing: the checks that need it say so and are skipped
        const auto token = SecretReader::read("BUCKETDOCTOR_SECURITY_TOKEN", parser.value(tokenFile), QString(), false);
        if (token.outcome == SecretReader::Outcome::Unreadable) {
            CliOutput::error(UserText::cannotReadFile(parser.value(tokenFile), token.error));
            return CliOutput::UnreadableInput;
        }
        context.securityToken = token.value;
    }

    auto runnerOwner = std::make_unique<CheckRunner>();
    CheckRunner &runner = *runnerOwner;
    CheckSuite::addAll(runner);
    const auto planned = runner.plannedRequests(context);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::allFinished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    if (!runner.run(context, onlyList)) {
        CliOutput::error(UserText::unknownCheck(onlyList.join(u','), known.join(QStringLiteral(", "))));
        return CliOutput::UsageError;
    }
    if (runner.isRunning())
        loop.exec();
    CheckRun run = CheckRun::capture(context, runner.results(), planned);
    run.wallMs = clock.elapsed();
    run.criticalPathMs = runner.criticalPathMs();
    // A write probe cut short by its deadline leaves its DELETE running: let it finish, within
    // one request's time, before the network manager goes (no test object left in the bucket).
    runnerOwner.reset();
    PendingCleanups::drain(&nam, context.requestTimeoutMs + 1000);

    DiagnosisEngine engine;
    DiagnoseOptions options;
    options.provider = Providers::fromId(providerValue);
    options.findings = CheckFindings::fromResults(run.results, !context.securityToken.isEmpty(), !context.accessKeyId.isEmpty());
    options.inputWarnings = pasted.warnings;
    options.secretKey = context.secretKey;
    const Diagnosis diagnosis = engine.diagnose(pasted.text, options);

    if (parser.isSet(output)) {
        QString error;
        if (!writeReport(parser.value(output), run, diagnosis, &error)) {
            CliOutput::error(UserText::cannotWriteFile(parser.value(output), error));
            return CliOutput::UnreadableInput;
        }
    }
    if (formatValue == QLatin1String("json"))
        CliOutput::out(QString::fromUtf8(CheckReport::json(run, diagnosis)));
    else
        CliOutput::out(CheckReport::text(run, diagnosis));
    return run.anyFailed() ? CliOutput::CheckFailed : CliOutput::Ok;
}
