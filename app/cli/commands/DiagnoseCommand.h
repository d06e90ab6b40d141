#pragma once

#include <QStringList>

// `bucketdoctor-cli diagnose [FILE|-] [--provider …] [--format …] [--lang …]`
namespace DiagnoseCommand {
int run(const QStringList &arguments);
}
