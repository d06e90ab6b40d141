#include "EmulatorResponse.h"

#include <QXmlStreamWriter>

void EmulatorResponse::setHeader(const QString &name, const QString &value)
{
    for (auto &[key, current] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            current = value;
            return;
        }
    }
    headers.append({ name, value });
}

QString EmulatorResponse::header(const QString &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString EmulatorResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 501:
        return QStringLiteral("Not Implemented");
    default:
        return QStringLiteral("Status");
    }
}

QByteArray EmulatorResponse::serialise() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status).toLatin1() + "\r\n";
    bool hasLength = false;
    for (const auto &[key, value] : headers) {
        hasLength = hasLength || key.compare(QLatin1String("Content-Length"), Qt::CaseInsensitive) == 0;
        out += key.toLatin1() + ": " + value.toUtf8() + "\r\n";
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

EmulatorResponse EmulatorResponse::error(
    Provider provider, const EmulatorError &error, const QString &requestId, const QString &resource, const QString &hostId)
{
    EmulatorResponse response;
    response.status = error.status;
    response.headers = error.headers;
    response.setHeader(QStringLiteral("Content-Type"), QStringLiteral("application/xml"));
    QByteArray body;
    QXmlStreamWriter xml(&body);
    QByteArray declaration;
    if (provider == Provider::Cos) {
        // COS writes its declaration with single quotes (providers.md §3.1); QXmlStreamWriter cannot.
        declaration = "<?xml version='1.0' encoding='utf-8' ?>\n";
        xml.writeStartElement(QStringLiteral("Error"));
        xml.writeTextElement(QStringLiteral("Code"), error.code);
        xml.writeTextElement(QStringLiteral("Message"), error.message);
        xml.writeTextElement(QStringLiteral("Resource"), resource);
        xml.writeTextElement(QStringLiteral("RequestId"), requestId);
        xml.writeTextElement(QStringLiteral("TraceId"), QString::fromLatin1(requestId.toUtf8().toBase64()));
        for (const auto &[name, value] : error.extra)
            xml.writeTextElement(name, value);
        xml.writeEndElement();
        response.setHeader(QStringLiteral("x-cos-trace-id"), QString::fromLatin1(requestId.toUtf8().toBase64()));
    } else {
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("Error"));
        xml.writeTextElement(QStringLiteral("Code"), error.code);
        xml.writeTextElement(QStringLiteral("Message"), error.message);
        xml.writeTextElement(QStringLiteral("RequestId"), requestId);
        xml.writeTextElement(QStringLiteral("HostId"), hostId);
        for (const auto &[name, value] : error.extra)
            xml.writeTextElement(name, value);
        xml.writeTextElement(QStringLiteral("EC"), error.ec);
        xml.writeTextElement(QStringLiteral("RecommendDoc"), QStringLiteral("https://api.aliyun.com/troubleshoot?q=") + error.ec);
        xml.writeEndElement();
        xml.writeEndDocument();
        response.setHeader(QStringLiteral("x-oss-ec"), error.ec);
    }
    response.body = declaration + body;
    return response;
}
