#pragma once

#include "common/Statement.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One request a check will send, declared before it runs, with the permission it needs, so the
// user can see and approve what goes to the bucket.
struct PlannedRequest {
    QString method;
    QString target;     // path and query, e.g. "/?cors" or "/photos/a.jpg"
    QString permission; // e.g. "cos:GetBucketCORS", "s3:GetObject"; "anonymous" or "preflight" when unsigned
    bool writes = false;
};

// What one live check found, as data: status, reason and facts. The words for it (a summary and
// evidence lines in the user's language) are made at the edge, by text/CheckText.
struct CheckResult {
    enum class Status { Pass, Fail, Warn, Skipped, Error };

    QString id;          // endpoint, time, key, anonymous, acl, policy, cors, referer, object, encryption
    Status status = Status::Skipped;
    QString reason;      // machine id: "cancelled", "timeout", "missing_input:bucket", …
    QStringList transcript; // redacted request and response heads
    QList<QPair<QString, QString>> facts; // machine-readable findings: skewMs, httpStatus, code, …
    qint64 startedMs = 0;   // relative to the start of the run
    qint64 durationMs = 0;

    static QString statusId(Status status); // pass, fail, warn, skipped, error
    QString fact(const QString &name) const; // the first fact of that name, or empty

    // The result as a statement ("check", [id, status, reason, fact name, fact value, …]), so
    // evidence drawn from it can be worded later; fromStatement reads it back.
    Statement toStatement() const;
    static CheckResult fromStatement(const Statement &statement);
};
