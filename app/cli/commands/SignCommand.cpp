#include "commands/SignCommand.h"

#include "common/LocalClock.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "io/SecretReader.h"
#include "signing/CosSigner.h"
#include "signing/OssV1Signer.h"
#include "signing/OssV4Signer.h"
#include "signing/SigV4Signer.h"
#include "signing/SignRequest.h"
#include "text/UserText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool parseHeaders(const QStringList &values, HeaderList *headers, QString *bad)
{
    for (const QString &value : values) {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0) {
            *bad = value;
            return false;
        }
        headers->append({value.left(colon).trimmed(), SignUtil::trimHttp(value.mid(colon + 1))});
    }
    return true;
}

QString output(const SignResult &result, const QString &format, const QString &provider, const QString &version)
{
    if (format == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("provider"), provider);
        if (!version.isEmpty())
            o.insert(QStringLiteral("signatureVersion"), version.toInt());
        for (const auto &[name, value] : result.steps)
            o.insert(name, value);
        o.insert(QStringLiteral("signature"), result.signature);
        if (!result.authorization.isEmpty())
            o.insert(QStringLiteral("authorization"), result.authorization);
        if (!result.url.isEmpty())
            o.insert(QStringLiteral("url"), result.url);
        QJsonArray headers;
        for (const auto &[name, value] : result.headers)
            headers.append(QStringLiteral("%1: %2").arg(name, value));
        o.insert(QStringLiteral("headers"), headers);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    // Text: every intermediate string, with its line breaks shown, so it can be compared by eye.
    QString out;
    for (const auto &[name, value] : result.steps) {
        QString shown = value;
        shown.replace(u'\n', QStringLiteral("\\n\n    "));
        out += name + QStringLiteral(":\n    ") + shown + u'\n';
    }
    out += QStringLiteral("signature:\n    ") + result.signature + u'\n';
    if (!result.authorization.isEmpty())
        out += QStringLiteral("authorization:\n    ") + result.authorization + u'\n';
    if (!result.url.isEmpty())
        out += QStringLiteral("url:\n    ") + result.url + u'\n';
    out += QStringLiteral("headers:\n");
    for (const auto &[name, value] : result.headers)
        out += QStringLiteral("    %1: %2\n").arg(name, value);
    return out;
}
}

int SignCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("sign"), CliText::commandArgument());
    parser.addHelpOption();
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::providerOption(), QStringLiteral("provider"));
    const QCommandLineOption version(QStringLiteral("signature-version"), CliText::signatureVersionOption(), QStringLiteral("1|4"));
    const QCommandLineOption method(QStringLiteral("method"), CliText::methodOption(), QStringLiteral("method"));
    const QCommandLineOption url(QStringLiteral("url"), CliText::urlOption(), QStringLiteral("url"));
    const QCommandLineOption header(QStringLiteral("header"), CliText::headerOption(), QStringLiteral("Name: value"));
    const QCommandLineOption accessKeyId(QStringLiteral("access-key-id"), CliText::accessKeyIdOption(), QStringLiteral("id"));
    const QCommandLineOption region(QStringLiteral("region"), CliText::regionOption(), QStringLiteral("region"));
    const QCommandLineOption time(QStringLiteral("time"), CliText::timeOption(), QStringLiteral("unix"));
    const QCommandLineOption expires(QStringLiteral("expires"), CliText::expiresOption(), QStringLiteral("seconds"),
                                     QStringLiteral("900"));
    const QCommandLineOption presign(QStringLiteral("presign"), CliText::presignOption());
    const QCommandLineOption format(QStringLiteral("format"), CliText::signFormatOption(), QStringLiteral("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption secretFile(QStringLiteral("secret-key-file"), CliText::secretKeyFileOption(), QStringLiteral("file"));
    const QCommandLineOption tokenFile(QStringLiteral("security-token-file"), CliText::securityTokenFileOption(),
                                       QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang"));
    // Beyond the contract, for the official test vectors: another SigV4 service, OSS V4 extra headers.
    QCommandLineOption service(QStringLiteral("service"), CliText::serviceOption(), QStringLiteral("name"), QStringLiteral("s3"));
    QCommandLineOption additional(QStringLiteral("additional-headers"), CliText::additionalHeadersOption(),
                                  QStringLiteral("a;b"));
    parser.addOptions({provider, version, method, url, header, accessKeyId, region, time, expires, presign, format, secretFile,
                       tokenFile, langOption, service, additional});
    if (int exitCode = 0; !CliOutput::parse(parser, arguments, &exitCode))
        return exitCode;
    for (const QCommandLineOption *required : {&provider, &method, &url, &accessKeyId}) {
        if (!parser.isSet(*required)) {
            CliOutput::error(UserText::missingOption(QStringLiteral("--") + required->names().constFirst()));
            return CliOutput::UsageError;
        }
    }
    const QString providerValue = parser.value(provider).toLower();
    if (providerValue != QLatin1String("cos") && providerValue != QLatin1String("oss") && providerValue != QLatin1String("s3")) {
        CliOutput::error(UserText::unknownSignProvider(parser.value(provider)));
        return CliOutput::UsageError;
    }
    if (parser.isSet(version) && parser.value(version) != QLatin1String("1") && parser.value(version) != QLatin1String("4")) {
        CliOutput::error(UserText::unknownSignatureVersion(parser.value(version)));
        return CliOutput::UsageError;
    }
    // Only OSS has two versions; V1 stays the default because most SDKs in use still send it.
    QString versionValue;
    if (providerValue == QLatin1String("oss"))
        versionValue = parser.isSet(version) ? parser.value(version) : QStringLiteral("1");
    const QString formatValue = parser.value(format).toLower();
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        CliOutput::error(UserText::unknownSignFormat(parser.value(format)));
        return CliOutput::UsageError;
    }
    HeaderList headers;
    QString badHeader;
    if (!parseHeaders(parser.values(header), &headers, &badHeader)) {
        CliOutput::error(UserText::badHeader(badHeader));
        return CliOutput::UsageError;
    }
    SignRequest request;
    QString urlError;
    if (!SignRequest::fromUrl(parser.value(method), parser.value(url), headers, &request, &urlError)) {
        CliOutput::error(UserText::badUrl(parser.value(url)));
        return CliOutput::UsageError;
    }
    bool ok = true;
    if (parser.isSet(time)) {
        const qint64 seconds = parser.value(time).toLongLong(&ok);
        if (!ok || seconds < 0) {
            CliOutput::error(UserText::badNumber(QStringLiteral("--time"), parser.value(time)));
            return CliOutput::UsageError;
        }
        request.time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    } else {
        request.time = LocalClock::nowUtc();
    }
    request.expires = parser.value(expires).toLongLong(&ok);
    if (!ok || request.expires <= 0) {
        CliOutput::error(UserText::badNumber(QStringLiteral("--expires"), parser.value(expires)));
        return CliOutput::UsageError;
    }
    request.accessKeyId = parser.value(accessKeyId);
    request.region = parser.value(region);
    request.service = parser.value(service);
    request.presign = parser.isSet(presign);

    const auto secret = SecretReader::read("BUCKETDOCTOR_SECRET_KEY", parser.value(secretFile), UserText::secretPrompt(), true);
    if (secret.outcome == SecretReader::Outcome::Unreadable) {
        CliOutput::error(UserText::cannotReadFile(parser.value(secretFile), secret.error));
        return CliOutput::UnreadableInput;
    }
    if (secret.outcome != SecretReader::Outcome::Found) {
        CliOutput::error(UserText::noSecretKey());
        return CliOutput::UsageError;
    }
    request.secretKey = secret.value;
    const auto token = SecretReader::read("BUCKETDOCTOR_SECURITY_TOKEN", parser.value(tokenFile), QString(), false);
    if (token.outcome == SecretReader::Outcome::Unreadable) {
        CliOutput::error(UserText::cannotReadFile(parser.value(tokenFile), token.error));
        return CliOutput::UnreadableInput;
    }
    request.securityToken = token.value;

    SignResult result;
    if (providerValue == QLatin1String("cos"))
        result = CosSigner::sign(request);
    else if (providerValue == QLatin1String("s3"))
        result = SigV4Signer::sign(request);
    else if (versionValue == QLatin1String("4"))
        result = OssV4Signer::sign(request, parser.value(additional).split(u';', Qt::SkipEmptyParts));
    else
        result = OssV1Signer::sign(request);
    if (!result.ok) {
        CliOutput::error(UserText::regionNeeded());
        return CliOutput::UsageError;
    }
    CliOutput::out(output(result, formatValue, providerValue, versionValue));
    return CliOutput::Ok;
}
