#include "EmulatorScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

void writeList(QXmlStreamWriter &xml, const QString &element, const QStringList &values)
{
    for (const QString &value : values)
        xml.writeTextElement(element, value);
}

QString corsConfigurationXml(const QJsonObject &cors)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("CORSConfiguration"));
    const QJsonArray rules = cors.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        xml.writeStartElement(QStringLiteral("CORSRule"));
        if (rule.contains(QStringLiteral("id")))
            xml.writeTextElement(QStringLiteral("ID"), rule.value(QStringLiteral("id")).toString());
        writeList(xml, QStringLiteral("AllowedOrigin"), strings(rule.value(QStringLiteral("allowedOrigins"))));
        writeList(xml, QStringLiteral("AllowedMethod"), strings(rule.value(QStringLiteral("allowedMethods"))));
        writeList(xml, QStringLiteral("AllowedHeader"), strings(rule.value(QStringLiteral("allowedHeaders"))));
        writeList(xml, QStringLiteral("ExposeHeader"), strings(rule.value(QStringLiteral("exposeHeaders"))));
        if (rule.contains(QStringLiteral("maxAgeSeconds")))
            xml.writeTextElement(
                QStringLiteral("MaxAgeSeconds"), QString::number(rule.value(QStringLiteral("maxAgeSeconds")).toInt()));
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("ResponseVary"),
        cors.value(QStringLiteral("responseVary")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return text;
}

QString cosRefererXml(const QJsonObject &referer)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("RefererConfiguration"));
    xml.writeTextElement(QStringLiteral("Status"), referer.value(QStringLiteral("status")).toString(QStringLiteral("Enabled")));
    xml.writeTextElement(
        QStringLiteral("RefererType"), referer.value(QStringLiteral("type")).toString(QStringLiteral("White-List")));
    xml.writeStartElement(QStringLiteral("DomainList"));
    writeList(xml, QStringLiteral("Domain"), strings(referer.value(QStringLiteral("domains"))));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("EmptyReferConfiguration"),
        referer.value(QStringLiteral("emptyReferer")).toString(QStringLiteral("Deny")));
    xml.writeEndElement();
    xml.writeEndDocument();
    return text;
}

QString ossRefererXml(const QJsonObject &referer)
{
    const auto flag = [&referer](const QString &name, bool fallback) {
        return referer.value(name).toBool(fallback) ? QStringLiteral("true") : QStringLiteral("false");
    };
    QString text;
    QXmlStreamWriter xml(&text);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("RefererConfiguration"));
    xml.writeTextElement(QStringLiteral("AllowEmptyReferer"), flag(QStringLiteral("allowEmptyReferer"), true));
    xml.writeTextElement(QStringLiteral("AllowTruncateQueryString"), flag(QStringLiteral("allowTruncateQueryString"), true));
    xml.writeTextElement(QStringLiteral("TruncatePath"), flag(QStringLiteral("truncatePath"), false));
    xml.writeStartElement(QStringLiteral("RefererList"));
    writeList(xml, QStringLiteral("Referer"), strings(referer.value(QStringLiteral("whitelist"))));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("RefererBlacklist"));
    writeList(xml, QStringLiteral("Referer"), strings(referer.value(QStringLiteral("blacklist"))));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return text;
}
}

bool EmulatorScenario::load(const QString &path, EmulatorScenario *scenario, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return fromJson(file.readAll(), scenario, error);
}

bool EmulatorScenario::fromJson(const QByteArray &json, EmulatorScenario *scenario, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object") : parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    EmulatorScenario s;
    s.description = root.value(QStringLiteral("description")).toString();
    s.provider = Providers::fromId(root.value(QStringLiteral("provider")).toString());
    if (s.provider != Provider::Cos && s.provider != Provider::Oss) {
        *error = QStringLiteral("provider must be \"cos\" or \"oss\"");
        return false;
    }
    s.bucket = root.value(QStringLiteral("bucket")).toString();
    if (s.bucket.isEmpty()) {
        *error = QStringLiteral("bucket is missing");
        return false;
    }
    s.appId = root.value(QStringLiteral("appId")).toString();
    if (s.appId.isEmpty() && s.provider == Provider::Cos)
        s.appId = s.bucket.section(u'-', -1);
    s.ownerId = root.value(QStringLiteral("ownerId")).toString();
    s.region = root.value(QStringLiteral("region")).toString();
    s.servedRegion = root.value(QStringLiteral("servedRegion")).toString();
    s.wrongEndpoint = root.value(QStringLiteral("wrongEndpoint")).toBool();
    s.clockOffsetSeconds = root.value(QStringLiteral("clockOffsetSeconds")).toInteger();
    s.delayMs = root.value(QStringLiteral("delayMs")).toInt();

    const QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue &value : keys) {
        const QJsonObject k = value.toObject();
        EmulatorKey key;
        key.id = k.value(QStringLiteral("id")).toString();
        key.secret = k.value(QStringLiteral("secret")).toString();
        key.securityToken = k.value(QStringLiteral("securityToken")).toString();
        key.owner = k.value(QStringLiteral("owner")).toBool();
        key.uin = k.value(QStringLiteral("uin")).toString(key.owner ? s.ownerId : QString());
        key.disabled = k.value(QStringLiteral("disabled")).toBool();
        s.keys.append(key);
    }

    s.acl = root.value(QStringLiteral("acl")).toString(QStringLiteral("private"));
    const QJsonArray grants = root.value(QStringLiteral("grants")).toArray();
    for (const QJsonValue &value : grants) {
        const QJsonObject g = value.toObject();
        s.grants.append({ g.value(QStringLiteral("grantee")).toString(), g.value(QStringLiteral("permission")).toString() });
    }
    if (root.value(QStringLiteral("policy")).isObject())
        s.policyJson = QJsonDocument(root.value(QStringLiteral("policy")).toObject()).toJson(QJsonDocument::Compact);

    if (root.value(QStringLiteral("cors")).isObject()) {
        s.corsXml = corsConfigurationXml(root.value(QStringLiteral("cors")).toObject());
        s.corsVary = root.value(QStringLiteral("cors")).toObject().value(QStringLiteral("responseVary")).toBool();
    }
    if (root.value(QStringLiteral("referer")).isObject()) {
        const QJsonObject referer = root.value(QStringLiteral("referer")).toObject();
        s.refererXml = s.provider == Provider::Cos ? cosRefererXml(referer) : ossRefererXml(referer);
    }
    if (!s.oracle.read(root.value(QStringLiteral("oracle")).toObject(), error))
        return false;
    // Every configuration the bucket serves needs the author's own decisions beside it.
    if ((!s.corsXml.isEmpty() && !s.oracle.hasCors()) || (!s.refererXml.isEmpty() && !s.oracle.hasReferer())
        || (!s.policyJson.isEmpty() && !s.oracle.hasPolicy())) {
        *error = QStringLiteral("oracle: cors, referer and policy each need their table of decisions");
        return false;
    }

    const QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject o = value.toObject();
        EmulatorObject object;
        object.key = o.value(QStringLiteral("key")).toString();
        object.body = o.value(QStringLiteral("body")).toString().toUtf8();
        object.storageClass
            = o.value(QStringLiteral("storageClass"))
                  .toString(s.provider == Provider::Cos ? QStringLiteral("STANDARD") : QStringLiteral("Standard"));
        object.restore = o.value(QStringLiteral("restore")).toString(QStringLiteral("none"));
        object.sse = o.value(QStringLiteral("sse")).toString();
        object.contentType = o.value(QStringLiteral("contentType")).toString(QStringLiteral("application/octet-stream"));
        s.objects.append(object);
    }
    *scenario = s;
    return true;
}

const EmulatorKey *EmulatorScenario::findKey(const QString &id) const
{
    for (const EmulatorKey &key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

QString EmulatorScenario::ossEndpoint(const QString &regionId) const
{
    return QStringLiteral("oss-") + regionId + QStringLiteral(".aliyuncs.com");
}
