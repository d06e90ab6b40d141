#pragma once

#include <QStringList>

// `bucketdoctor-cli check`: runs the live checks against one bucket and ranks the causes from
// their verdicts. Exit 0 when every check that ran passed (or warned), 1 when one failed.
namespace CheckCommand {
int run(const QStringList &arguments);
}
