#pragma once

#include "EmulatorOracle.h"
#include "common/Provider.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One emulated bucket, read from a scenario JSON file (schema in tests/emulator/README.md).
// The CORS and referer settings are turned into the provider's own XML once, at load time: that XML
// and the policy JSON are what GET ?cors / ?referer / ?policy answer. The requests themselves are
// decided by the scenario's own table (EmulatorOracle), never by core's evaluators, so a test fails
// when core reads a configuration differently from what the scenario's author states.
struct EmulatorKey {
    QString id;
    QString secret;
    QString securityToken; // non-empty: the key is temporary and every request must carry this token
    bool owner = false;
    QString uin; // COS sub-user uin / OSS RAM user id; for the owner the account id
    bool disabled = false;
};

struct EmulatorGrant {
    QString grantee; // COS "qcs::cam::uin/…:uin/…", OSS uid
    QString permission; // READ, WRITE, FULL_CONTROL, READ_ACP, WRITE_ACP
};

struct EmulatorObject {
    QString key;
    QByteArray body;
    QString storageClass; // provider spelling: COS "STANDARD"/"ARCHIVE", OSS "Standard"/"Archive"
    QString restore; // "none", "ongoing", "restored"
    QString sse; // e.g. "AES256"; empty: none
    QString contentType;
};

struct EmulatorScenario {
    QString description;
    Provider provider = Provider::Cos;
    QString bucket;
    QString appId; // COS
    QString ownerId; // COS owner uin / OSS owner uid
    QString region; // where the bucket lives: COS "ap-guangzhou", OSS "cn-hangzhou"
    QString servedRegion; // the region this endpoint pretends to serve; empty: region
    bool wrongEndpoint = false;
    qint64 clockOffsetSeconds = 0;
    int delayMs = 0;

    QList<EmulatorKey> keys;
    QString acl = QStringLiteral("private");
    QList<EmulatorGrant> grants;
    QByteArray policyJson; // empty: no policy
    QString corsXml; // empty: no CORS configuration
    bool corsVary = false; // ResponseVary: "Vary: Origin" on CORS answers
    QString refererXml; // empty: no referer configuration
    EmulatorOracle oracle;
    QList<EmulatorObject> objects;

    // Returns false and sets *error when the file is unreadable or not a scenario.
    static bool load(const QString &path, EmulatorScenario *scenario, QString *error);
    static bool fromJson(const QByteArray &json, EmulatorScenario *scenario, QString *error);

    const EmulatorKey *findKey(const QString &id) const;
    QString ossEndpoint(const QString &regionId) const; // "oss-cn-hangzhou.aliyuncs.com"
    bool endpointIsWrong() const { return wrongEndpoint || (!servedRegion.isEmpty() && servedRegion != region); }
};
