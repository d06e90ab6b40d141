#pragma once

#include "signing/SignRequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP/1.1 request as it arrived on the socket. The path and query are kept as raw bytes
// because the signatures cover exactly what the client sent, and QUrl would normalise encodings.
struct EmulatorRequest {
    enum class ParseState { Incomplete, Complete, Malformed };

    QString method;
    QByteArray target; // request-target as sent
    QByteArray rawPath; // percent-encoded, starts with '/'
    QByteArray rawQuery;
    QList<QueryItem> query; // decoded, in order
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    bool keepAlive = true;
    QString malformedReason;

    // Parses one request from the start of `buffer`. On Complete, *consumed is the number of bytes
    // it used; a pipelined next request may follow.
    static ParseState parse(const QByteArray &buffer, EmulatorRequest *request, qsizetype *consumed);

    QString header(const QString &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QString &name) const;
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const;
    QString decodedPath() const; // percent-decoded UTF-8
};
