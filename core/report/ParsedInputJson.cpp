#include "report/ParsedInputJson.h"

#include "security/Redactor.h"

#include <QJsonArray>

namespace {
QJsonObject headersToJson(const HeaderList &headers)
{
    QJsonObject object;
    for (const auto &header : headers)
        object.insert(header.first, Redactor::headerValue(header.first, header.second));
    return object;
}
}

QJsonObject ParsedInputJson::toJson(const ParsedInput &input)
{
    QJsonObject object;
    object.insert(QStringLiteral("provider"), Providers::id(input.provider));
    if (input.httpStatus > 0)
        object.insert(QStringLiteral("httpStatus"), input.httpStatus);
    const QList<QPair<const char *, const QString *>> strings{
        {"code", &input.code},
        {"message", &input.message},
        {"requestId", &input.requestId},
        {"hostId", &input.hostId},
        {"traceId", &input.traceId},
        {"ec", &input.ec},
        {"resource", &input.resource},
        {"stringToSign", &input.stringToSign},
        {"canonicalRequest", &input.canonicalRequest},
        {"serverTime", &input.serverTime},
        {"requestTime", &input.requestTime},
        {"expires", &input.expires},
        {"endpoint", &input.endpoint},
        {"bucket", &input.bucket},
        {"objectKey", &input.objectKey},
        {"region", &input.region},
        {"scopeRegion", &input.scopeRegion},
        {"method", &input.method},
        {"accessKeyId", &input.accessKeyId},
    };
    for (const auto &[key, value] : strings) {
        if (!value->isEmpty()) // server strings carry tokens in their query lines: redact every field
            object.insert(QLatin1String(key), Redactor::fieldValue(QLatin1String(key), *value));
    }
    if (!input.url.isEmpty())
        object.insert(QStringLiteral("url"), Redactor::url(input.url));
    if (!input.presignedUrl.isEmpty())
        object.insert(QStringLiteral("presignedUrl"), Redactor::url(input.presignedUrl));
    if (!input.requestHeaders.isEmpty())
        object.insert(QStringLiteral("requestHeaders"), headersToJson(input.requestHeaders));
    if (!input.responseHeaders.isEmpty())
        object.insert(QStringLiteral("responseHeaders"), headersToJson(input.responseHeaders));
    if (!input.extraFields.isEmpty()) {
        QJsonObject extra;
        for (const auto &field : input.extraFields)
            extra.insert(field.first, Redactor::fieldValue(field.first, field.second));
        object.insert(QStringLiteral("extra"), extra);
    }
    object.insert(QStringLiteral("formats"), QJsonArray::fromStringList(input.formats));
    if (!input.warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(input.warnings));
    return object;
}
