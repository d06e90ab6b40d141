#pragma once

#include <QString>

enum class Provider { Unknown, Cos, Oss, S3 };

namespace Providers {
// "cos", "oss", "s3" or "unknown": the ids of the command-line contract.
QString id(Provider provider);
Provider fromId(const QString &id);
}
