#pragma once

#include <QString>

// The query parameters OSS counts as sub-resources: they take part in a V1 signature's
// CanonicalizedResource, and a presigned URL that carries one it did not sign fails. A provider
// fact, so both the signer and the URL inspector ask here.
namespace OssSubResources {
bool contains(const QString &key);
}
