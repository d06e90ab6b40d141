#pragma once

#include <QString>
#include <QStringList>

// A sentence as data: what it says (`id`) and the values it names (`args`). Analysers return
// statements; the text module turns them into words in the user's language at the edge, so what
// an analyser finds never depends on which translation happens to be loaded.
struct Statement {
    QString id;
    QStringList args;

    bool operator==(const Statement &other) const { return id == other.id && args == other.args; }
};
