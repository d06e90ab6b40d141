#include "ParsedInput.h"

#include "Redactor.h"

#include <QJsonArray>

namespace {
QString findHeader(const HeaderList &headers, const QString &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject headersToJson(const HeaderList &headers)
{
    QJsonObject object;
    for (const auto &header : headers)
        object.insert(header.first, Redactor::headerValue(header.first, header.second));
    return object;
}
}

QString ParsedInput::requestHeader(const QString &name) const
{
    return findHeader(requestHeaders, name);
}

QString ParsedInput::responseHeader(const QString &name) const
{
    return findHeader(responseHeaders, name);
}

QString ParsedInput::extraField(const QString &name) const
{
    for (const auto &field : extraFields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

QJsonObject ParsedInput::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("provider"), Providers::id(provider));
    if (httpStatus > 0)
        object.insert(QStringLiteral("httpStatus"), httpStatus);
    const QList<QPair<const char *, const QString *>> strings{
        {"code", &code},
        {"message", &message},
        {"requestId", &requestId},
        {"hostId", &hostId},
        {"traceId", &traceId},
        {"ec", &ec},
        {"resource", &resource},
        {"stringToSign", &stringToSign},
        {"canonicalRequest", &canonicalRequest},
        {"serverTime", &serverTime},
        {"requestTime", &requestTime},
        {"expires", &expires},
        {"endpoint", &endpoint},
        {"bucket", &bucket},
        {"objectKey", &objectKey},
        {"region", &region},
        {"scopeRegion", &scopeRegion},
        {"method", &method},
        {"accessKeyId", &accessKeyId},
    };
    for (const auto &[key, value] : strings) {
        if (!value->isEmpty())
            object.insert(QLatin1String(key), *value);
    }
    if (!url.isEmpty())
        object.insert(QStringLiteral("url"), Redactor::url(url));
    if (!presignedUrl.isEmpty())
        object.insert(QStringLiteral("presignedUrl"), Redactor::url(presignedUrl));
    if (!requestHeaders.isEmpty())
        object.insert(QStringLiteral("requestHeaders"), headersToJson(requestHeaders));
    if (!responseHeaders.isEmpty())
        object.insert(QStringLiteral("responseHeaders"), headersToJson(responseHeaders));
    if (!extraFields.isEmpty()) {
        QJsonObject extra;
        for (const auto &field : extraFields)
            extra.insert(field.first, Redactor::fieldValue(field.first, field.second));
        object.insert(QStringLiteral("extra"), extra);
    }
    object.insert(QStringLiteral("formats"), QJsonArray::fromStringList(formats));
    if (!warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}
