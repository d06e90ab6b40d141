#pragma once

#include "common/Provider.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A provider error before it is written: the code, the exact message and the per-code extra
// elements, in the order the provider puts them between <HostId> and <EC>.
struct EmulatorError {
    int status = 403;
    QString code;
    QString message;
    QString ec; // OSS only
    QList<QPair<QString, QString>> extra;
    QList<QPair<QString, QString>> headers; // e.g. x-cos-storage-class on InvalidObjectState

    bool isSet() const { return !code.isEmpty(); }
};

// One HTTP response, serialised by StoreEmulator. `headOnly` keeps Content-Length but sends no body,
// as HEAD answers do.
struct EmulatorResponse {
    int status = 200;
    QList<QPair<QString, QString>> headers;
    QByteArray body;
    bool headOnly = false;
    bool closeConnection = false;

    void setHeader(const QString &name, const QString &value);
    QString header(const QString &name) const;
    QByteArray serialise() const;

    // The provider's XML error body and error headers (request id headers are added by the server).
    // `resource` is the COS <Resource>, `hostId` the OSS <HostId>.
    static EmulatorResponse error(
        Provider provider, const EmulatorError &error, const QString &requestId, const QString &resource, const QString &hostId);
    static QString reasonPhrase(int status);
};
