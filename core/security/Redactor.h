#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Removes secrets before anything is shown or written: signatures, security tokens,
// the signature part of Authorization headers and signed query values. Access key ids stay:
// support needs them and they are not secret.
//
// Usage: Redactor::text(pasted) for free text, Redactor::url(u), Redactor::headerValue(n, v).
// Redactor::inventory(Redactor::text(report)) then says what was taken out, for the preview.
namespace Redactor {
// One kind of secret removed from a text: a machine id (signature, security_token, secret_key,
// authorization, cookie, other), how many placeholders stand for it, and the names it was found
// under as written in the text ("q-signature", "x-cos-security-token", "OSS V1", …).
struct Redaction {
    QString kind;
    int count = 0;
    QStringList labels;
};

QString placeholder();
QString text(const QString &text);
QString url(const QString &url);
QString headerValue(const QString &name, const QString &value);
QString fieldValue(const QString &name, const QString &value);
bool isSecretHeader(const QString &name);
bool isSecretQueryKey(const QString &name);
// What placeholder() stands for in an already redacted text, read from the name right before each
// one. Kinds come in the fixed order above; kinds with no placeholder are left out.
QList<Redaction> inventory(const QString &redactedText);
QStringList redactionKinds();
}
