#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// Runs the real bucketdoctor-cli as a user or a CI job would: English locale, the given standard
// input, secrets only from the environment entries the test passes (inherited ones are removed).
struct CliRun {
    int exitCode = -1; // -2 when the process crashed, -1 when it did not start or hung
    QByteArray out;
    QByteArray err;
};

namespace CliProcess {
CliRun run(const QStringList &arguments, const QByteArray &input = {}, const QHash<QString, QString> &environment = {});
}
