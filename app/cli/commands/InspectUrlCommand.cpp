#include "commands/InspectUrlCommand.h"

#include "common/LocalClock.h"
#include "diagnosis/PresignedUrlInspector.h"
#include "io/CliOutput.h"
#include "io/CliText.h"
#include "security/Redactor.h"
#include "text/UserText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// ISO 8601 stops at year 9999; a later time (a forged or millisecond Expires) is shown as null.
QJsonValue isoOrNull(const QDateTime &time)
{
    const QString text = time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// How far `now` is from the edge that decides the status: the end, or for a URL not yet valid,
// the signing time.
qint64 distanceToEdge(const UrlInspection &i)
{
    switch (i.status) {
    case UrlInspection::Status::Valid:
        return i.now.secsTo(i.expiresAt);
    case UrlInspection::Status::Expired:
        return i.expiresAt.secsTo(i.now);
    case UrlInspection::Status::NotYetValid:
        return i.now.secsTo(i.signedAt);
    case UrlInspection::Status::Unknown:
        break;
    }
    return 0;
}

QString json(const UrlInspection &i, const QString &shownUrl)
{
    QJsonObject o;
    o.insert(QStringLiteral("url"), shownUrl);
    o.insert(QStringLiteral("provider"), Providers::id(i.provider));
    o.insert(QStringLiteral("form"), i.form);
    o.insert(QStringLiteral("algorithm"), stringOrNull(i.algorithm));
    o.insert(QStringLiteral("accessKeyId"), stringOrNull(i.accessKeyId));
    o.insert(QStringLiteral("temporaryCredential"), i.temporaryCredential);
    o.insert(QStringLiteral("tokenPresent"), i.tokenPresent);
    // Secrets are named, never shown: the key tells a reader where they were.
    o.insert(QStringLiteral("securityToken"),
             i.tokenPresent ? QJsonValue(Redactor::placeholder()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("signature"), Redactor::placeholder());
    o.insert(QStringLiteral("signedAt"), isoOrNull(i.signedAt));
    o.insert(QStringLiteral("expiresAt"), isoOrNull(i.expiresAt));
    o.insert(QStringLiteral("validitySeconds"),
             i.validitySeconds >= 0 ? QJsonValue(i.validitySeconds) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("now"), isoOrNull(i.now));
    o.insert(QStringLiteral("status"), UrlInspection::statusId(i.status));
    o.insert(QStringLiteral("method"), stringOrNull(i.method));
    o.insert(QStringLiteral("host"), i.url.host);
    o.insert(QStringLiteral("providerHost"), i.url.providerHost);
    o.insert(QStringLiteral("pathStyle"), i.url.pathStyle);
    o.insert(QStringLiteral("bucket"), stringOrNull(i.url.bucket));
    o.insert(QStringLiteral("objectKey"), i.url.objectKey);
    o.insert(QStringLiteral("hostRegion"), stringOrNull(i.url.region));
    o.insert(QStringLiteral("scopeRegion"), stringOrNull(i.scopeRegion));
    o.insert(QStringLiteral("scopeDate"), stringOrNull(i.scopeDate));
    o.insert(QStringLiteral("scopeService"), stringOrNull(i.scopeService));
    o.insert(QStringLiteral("signedHeaders"), QJsonArray::fromStringList(i.signedHeaders));
    o.insert(QStringLiteral("implicitlySignedHeaders"), QJsonArray::fromStringList(i.implicitHeaders));
    o.insert(QStringLiteral("signedQueryParams"), QJsonArray::fromStringList(i.signedQueryParams));
    QJsonArray warnings;
    for (const UrlWarning &w : i.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("id"), w.id},
            {QStringLiteral("level"), UrlInspection::levelId(w.level)}, {QStringLiteral("text"), UserText::urlWarning(w.id, i.provider, w.args)}});
    }
    o.insert(QStringLiteral("warnings"), warnings);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString text(const UrlInspection &i, const QString &shownUrl)
{
    QString out;
    const auto line = [&out](const QString &fieldId, const QString &value) {
        out += UserText::labelUrlField(fieldId) + QStringLiteral(": ") + value + u'\n';
    };
    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? UserText::urlValueWord(QStringLiteral("none")) : value;
    };
    const auto list = [&orNone](const QStringList &values) { return orNone(values.join(QStringLiteral(", "))); };
    const auto time = [](const QDateTime &t) {
        if (!t.isValid())
            return UserText::urlValueWord(QStringLiteral("not_in_url"));
        const QString text = t.toUTC().toString(Qt::ISODate);
        return text.isEmpty() ? QStringLiteral("—") : text;
    };
    line(QStringLiteral("url"), shownUrl);
    line(QStringLiteral("provider"), UserText::providerName(i.provider));
    line(QStringLiteral("form"), i.algorithm.isEmpty() ? i.form : QStringLiteral("%1 (%2)").arg(i.form, i.algorithm));
    line(QStringLiteral("accessKeyId"), orNone(i.accessKeyId));
    line(QStringLiteral("temporaryCredential"),
        UserText::urlValueWord(i.temporaryCredential ? QStringLiteral("yes") : QStringLiteral("no")));
    line(QStringLiteral("securityToken"),
        i.tokenPresent ? Redactor::placeholder() : UserText::urlValueWord(QStringLiteral("none")));
    line(QStringLiteral("signature"), Redactor::placeholder());
    line(QStringLiteral("signedAt"), time(i.signedAt));
    line(QStringLiteral("expiresAt"), time(i.expiresAt));
    if (i.validitySeconds >= 0)
        line(QStringLiteral("validity"), UserText::duration(i.validitySeconds));
    line(QStringLiteral("now"), time(i.now));
    line(QStringLiteral("status"), UserText::urlStatus(UrlInspection::statusId(i.status), UserText::duration(distanceToEdge(i))));
    if (!i.method.isEmpty())
        line(QStringLiteral("method"), i.method);
    line(QStringLiteral("host"), i.url.host);
    line(QStringLiteral("bucket"), orNone(i.url.bucket));
    line(QStringLiteral("objectKey"), orNone(i.url.objectKey));
    line(QStringLiteral("hostRegion"), orNone(i.url.region));
    if (!i.scopeDate.isEmpty() || !i.scopeRegion.isEmpty())
        line(QStringLiteral("scope"), QStringList{i.scopeDate, i.scopeRegion, i.scopeService}.join(u'/'));
    line(QStringLiteral("signedHeaders"), list(i.signedHeaders));
    if (!i.implicitHeaders.isEmpty())
        line(QStringLiteral("implicitHeaders"), list(i.implicitHeaders));
    line(QStringLiteral("signedQueryParams"), list(i.signedQueryParams));
    if (!i.warnings.isEmpty()) {
        out += UserText::labelUrlField(QStringLiteral("warnings")) + QStringLiteral(":\n");
        for (const UrlWarning &w : i.warnings) {
            out += QStringLiteral("  - %1 [%2]: %3\n")
                       .arg(UserText::labelUrlField(UrlInspection::levelId(w.level)), w.id, UserText::urlWarning(w.id, i.provider, w.args));
        }
    }
    return out;
}
}

int InspectUrlCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::description());
    parser.addPositionalArgument(QStringLiteral("inspect-url"), CliText::commandArgument());
    parser.addPositionalArgument(QStringLiteral("url"), CliText::urlArgument(), QStringLiteral("URL"));
    parser.addHelpOption();
    const QCommandLineOption now(QStringLiteral("now"), CliText::nowOption(), QStringLiteral("unix"));
    const QCommandLineOption format(
        QStringLiteral("format"), CliText::signFormatOption(), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption method(QStringLiteral("method"), CliText::inspectMethodOption(), QStringLiteral("method"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliText::langOption(), QStringLiteral("lang"));
    parser.addOptions({now, format, method, langOption});
    if (int exitCode = 0; !CliOutput::parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        CliOutput::error(UserText::missingUrl());
        return CliOutput::UsageError;
    }
    if (positional.size() > 2) {
        // A URL split by the shell may carry parts of a signature or token: redact before echoing.
        CliOutput::error(UserText::unexpectedArgument(Redactor::text(positional.at(2))));
        return CliOutput::UsageError;
    }
    const QString formatValue = parser.value(format).toLower();
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("json")) {
        CliOutput::error(UserText::unknownSignFormat(parser.value(format)));
        return CliOutput::UsageError;
    }
    QDateTime nowValue = LocalClock::nowUtc();
    if (parser.isSet(now)) {
        bool ok = false;
        const qint64 seconds = parser.value(now).toLongLong(&ok);
        if (!ok || seconds < 0) {
            CliOutput::error(UserText::badNumber(QStringLiteral("--now"), parser.value(now)));
            return CliOutput::UsageError;
        }
        nowValue = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    const QString methodValue = parser.value(method).trimmed().toUpper();
    static const QRegularExpression token(QStringLiteral("^[A-Z]+$"));
    if (parser.isSet(method) && !token.match(methodValue).hasMatch()) {
        CliOutput::error(UserText::unknownMethod(parser.value(method)));
        return CliOutput::UsageError;
    }

    const QString url = positional.at(1);
    const UrlInspection inspection = PresignedUrlInspector::inspect(url, nowValue, methodValue);
    if (inspection.state == UrlInspection::State::NotAUrl) {
        CliOutput::error(UserText::notAUrl());
        return CliOutput::UnreadableInput;
    }
    if (inspection.state == UrlInspection::State::NotPresigned) {
        CliOutput::error(UserText::notPresignedUrl(inspection.url.host));
        return CliOutput::UnreadableInput;
    }
    // Both redactors: the URL one keeps the text byte for byte, the text one catches the rest.
    const QString shownUrl = Redactor::text(Redactor::url(url.trimmed()));
    CliOutput::out(formatValue == QLatin1String("json") ? json(inspection, shownUrl) : text(inspection, shownUrl));
    return CliOutput::Ok;
}
