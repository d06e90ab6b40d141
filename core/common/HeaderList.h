#pragma once

#include <QList>
#include <QPair>
#include <QString>

// HTTP header fields as name and value, in the order they were sent or read. A list, not a map:
// names repeat, and the order is part of what a signature covers.
using HeaderList = QList<QPair<QString, QString>>;
