#pragma once

#include "common/Provider.h"

#include <QString>
#include <QStringList>

// Tells which provider a pasted text came from, by host names, header names, `Server:` values,
// SDK class names, signature forms, body elements, request-id shapes and wording. Each kind of
// evidence counts once; the provider with the clearly highest score wins, a tie is Unknown.
struct ProviderGuess {
    Provider provider = Provider::Unknown;
    int cos = 0;
    int oss = 0;
    int s3 = 0;
    QStringList reasons; // ids of the rules that fired, for tests and debugging

    // The providers that share the highest score, in the order COS, OSS, S3, when it is at least 2;
    // one of them is the provider detected, more than one a tie (provider Unknown).
    QList<Provider> leaders() const;
    // With a tie: the providers that share the highest score; empty when one wins or none scores.
    QList<Provider> tied() const;
};

namespace ProviderDetector {
// `lowerText` is the text in lower case, passed in so that a large paste is lowered only once.
ProviderGuess detect(const QString &text, const QString &lowerText, const QString &requestId = {});
}
