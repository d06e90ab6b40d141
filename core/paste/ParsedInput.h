#pragma once

#include "common/HeaderList.h"
#include "common/Provider.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Everything the paste parser could read out of a pasted text. Empty strings mean "not found".
// Values are kept as the text had them; secrets are removed only when the fields are shown
// (report/ParsedInputJson), so the engine can still reason about them.
struct ParsedInput {
    Provider provider = Provider::Unknown;
    // With provider Unknown: the providers the text speaks for equally (ProviderGuess::tied), so
    // the diagnosis picks among them; empty when it speaks for none.
    QList<Provider> providerCandidates;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString hostId;
    QString traceId;
    QString ec;
    QString resource;
    QString stringToSign;
    QString canonicalRequest;
    QString clientStringToSign;     // what the client signed, from its own debug log
    QString clientCanonicalRequest;
    QString clientHttpString;       // COS SDK debug logs print the HttpString they signed
    QString serverTime;
    QString requestTime;
    QString expires;        // <Expires> of an expired presigned request (S3)
    QString endpoint;
    QString bucket;
    QString objectKey;
    QString region;         // from the host name or the body
    QString scopeRegion;    // from a signature scope (Credential=…/region/…)
    QString method;
    QString url;
    QString accessKeyId;
    QString presignedUrl;   // the first URL that carries signature parameters
    HeaderList requestHeaders;
    HeaderList responseHeaders;
    QStringList formats;    // xml, json, sdk-java, …, text
    QStringList warnings;   // ids of input problems: invalid_utf8, binary, truncated_xml, …
    // Every other child element of an XML <Error>, and other named fields, in order of appearance.
    QList<QPair<QString, QString>> extraFields;

    QString requestHeader(const QString &name) const;
    QString responseHeader(const QString &name) const;
    bool hasRequest() const { return !method.isEmpty() || !requestHeaders.isEmpty(); }
    QString extraField(const QString &name) const;
};
