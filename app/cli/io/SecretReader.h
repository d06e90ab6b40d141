#pragma once

#include <QString>

// Reads a secret without putting it on the command line: from an environment variable, from a
// file (its first line), or, on a terminal, from a prompt that does not echo.
namespace SecretReader {
enum class Outcome { Found, Missing, Unreadable };
struct Secret {
    Outcome outcome = Outcome::Missing;
    QString value;
    QString error; // for Unreadable: why the file could not be read
};
Secret read(const char *environmentVariable, const QString &file, const QString &prompt, bool allowPrompt);
}
