#pragma once

#include "checks/CheckResult.h"
#include "checks/LiveCheck.h"
#include "diagnosis/Diagnosis.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// One run of the live checks, as a report shows it: where they went, what each planned and found,
// how long the run took, and the causes the engine ranked from the verdicts. The secret key and
// token are never copied in; transcripts arrive redacted from the probes. Every renderer below
// redacts each piece on its own before joining or escaping it (and facts named after a secret by
// their name), and every text format passes through Redactor once more before it is returned.
struct CheckRun {
    QString provider;
    QString endpoint;
    QString bucket;
    QString objectKey;
    QString region;
    bool pathStyle = false;
    QString accessKeyId; // shown masked
    QString proxy;       // "system", "none", or scheme://host:port (never a password)
    bool clockMeasured = false;
    qint64 clockOffsetMs = 0; // server minus local, from the time check
    QList<CheckResult> results;
    QHash<QString, QList<PlannedRequest>> planned;
    qint64 wallMs = 0;
    qint64 criticalPathMs = 0;
    qint64 sumMs() const;
    bool anyFailed() const;

    static CheckRun capture(const CheckContext &context, const QList<CheckResult> &results,
                            const QHash<QString, QList<PlannedRequest>> &planned);
};

// Writes a CheckRun with its Diagnosis: the JSON of `bucketdoctor-cli check`, plain text for a
// terminal, Markdown for a ticket, HTML for a browser.
namespace CheckReport {
QJsonObject toJson(const CheckRun &run, const Diagnosis &diagnosis);
QByteArray json(const CheckRun &run, const Diagnosis &diagnosis);
QString text(const CheckRun &run, const Diagnosis &diagnosis);
QString markdown(const CheckRun &run, const Diagnosis &diagnosis);
QString html(const CheckRun &run, const Diagnosis &diagnosis);
QString maskedKeyId(const QString &accessKeyId);
// What a support engineer asks first: app version, OS, Qt, the clock's offset and the proxy used.
QList<QPair<QString, QString>> environment(const CheckRun &run);
QJsonObject environmentJson(const CheckRun &run);
}
