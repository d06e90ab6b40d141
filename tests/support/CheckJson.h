#pragma once

#include <QJsonObject>
#include <QString>

// Reading the JSON of `bucketdoctor-cli check` in tests.
namespace CheckJson {
// "key=pass,cors=fail/refused" against the checks of a run: a status, or status/reason when the
// expectation pins the reason too. Returns what differs, one "id: want …, got …" per check, or empty.
QString mismatches(const QJsonObject &root, const QString &expected);
}
