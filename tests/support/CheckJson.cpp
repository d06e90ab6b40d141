#include "support/CheckJson.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

QString CheckJson::mismatches(const QJsonObject &root, const QString &expected)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : root.value(QStringLiteral("checks")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QStringList wrong;
    for (const QString &pair : expected.split(u',', Qt::SkipEmptyParts)) {
        const QString id = pair.section(u'=', 0, 0);
        const QString want = pair.section(u'=', 1);
        const QJsonObject check = byId.value(id);
        const QString status = check.value(QStringLiteral("status")).toString();
        const QString reason = check.value(QStringLiteral("reason")).toString();
        const QString got = want.contains(u'/') ? status + u'/' + reason : status;
        if (got != want)
            wrong << QStringLiteral("%1: want %2, got %3/%4 (%5)")
                         .arg(id, want, status, reason, check.value(QStringLiteral("summary")).toString());
    }
    return wrong.join(QStringLiteral("; "));
}
