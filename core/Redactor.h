#pragma once

#include <QString>

// Removes secrets before anything is shown or written: signatures, security tokens,
// the signature part of Authorization headers and signed query values. Access key ids stay:
// support needs them and they are not secret.
//
// Usage: Redactor::text(pasted) for free text, Redactor::url(u), Redactor::headerValue(n, v).
namespace Redactor {
QString placeholder();
QString text(const QString &text);
QString url(const QString &url);
QString headerValue(const QString &name, const QString &value);
QString fieldValue(const QString &name, const QString &value);
bool isSecretHeader(const QString &name);
bool isSecretQueryKey(const QString &name);
}
