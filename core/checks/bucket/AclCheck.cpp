#include "checks/bucket/AclCheck.h"

#include "checks/CheckTarget.h"

#include <QXmlStreamReader>

namespace {
struct Grant {
    QString grantee; // ID or group URI
    QString permission;
};

bool isEveryone(const QString &grantee)
{
    return grantee.endsWith(QLatin1String("/AllUsers")) || grantee.endsWith(QLatin1String("/AuthenticatedUsers"))
        || grantee.contains(QLatin1String("anyone"));
}
}

void AclCheck::interpretConfig(const ProbeResult &probe, CheckResult &result)
{
    // AccessControlPolicy/AccessControlList/Grant: a Grantee with ID or URI and a Permission
    // (COS, S3); OSS writes the canned ACL as the Grant's text.
    QList<Grant> grants;
    QString canned = QString::fromLatin1(probe.header(CheckTarget::headerPrefix(context()) + "acl"));
    QXmlStreamReader xml(probe.body);
    Grant current;
    bool inGrant = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"Grant") {
                inGrant = true;
                current = Grant();
                continue;
            }
            if (!inGrant)
                continue;
            if (name == u"ID" || name == u"URI")
                current.grantee = xml.readElementText().trimmed();
            else if (name == u"Permission")
                current.permission = xml.readElementText().trimmed();
        } else if (xml.isCharacters() && inGrant && current.grantee.isEmpty() && !xml.isWhitespace()) {
            canned = xml.text().trimmed().toString(); // OSS: <Grant>public-read</Grant>
        } else if (xml.isEndElement() && xml.name() == u"Grant") {
            inGrant = false;
            if (!current.permission.isEmpty())
                grants.append(current);
        }
    }
    if (xml.hasError()) {
        result.status = CheckResult::Status::Error;
        result.reason = QStringLiteral("unreadable");
        result.facts.append({QStringLiteral("detail"), xml.errorString()});
        return;
    }
    bool everyoneRead = canned.startsWith(QLatin1String("public-read"));
    bool everyoneWrite = canned == QLatin1String("public-read-write");
    for (const Grant &g : std::as_const(grants)) {
        result.facts.append({QStringLiteral("grant"), g.grantee + u'=' + g.permission});
        if (!isEveryone(g.grantee))
            continue;
        everyoneRead |= g.permission == QLatin1String("READ") || g.permission == QLatin1String("FULL_CONTROL");
        everyoneWrite |= g.permission == QLatin1String("WRITE") || g.permission == QLatin1String("FULL_CONTROL");
    }
    if (!canned.isEmpty())
        result.facts.append({QStringLiteral("cannedAcl"), canned});
    result.facts.append({QStringLiteral("everyoneRead"), everyoneRead ? QStringLiteral("true") : QStringLiteral("false")});
    result.facts.append({QStringLiteral("everyoneWrite"), everyoneWrite ? QStringLiteral("true") : QStringLiteral("false")});
    if (everyoneWrite) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("public_write");
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = everyoneRead ? QStringLiteral("public_read") : QStringLiteral("private");
    }
}
