#pragma once

#include <QStringList>

// `bucketdoctor-cli inspect-url URL [--now UNIX] [--format text|json] [--method M] [--lang …]`
// Decodes a presigned URL offline. Exit 0 when it ran (expired or not), 2 for usage errors,
// 3 when the argument is not a URL or not a presigned one. --method goes beyond the contract:
// a presigned URL does not say its method, and the Content-Type findings depend on it.
namespace InspectUrlCommand {
int run(const QStringList &arguments);
}
