#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A folder of pasted texts with an expected.json manifest ({"file.txt": {…expected…}}), as used by
// the parser and diagnosis suites.
struct Fixture {
    QString name;     // "cos/xml_referer_denied.txt"
    QString text;
    QJsonObject expected;
};

namespace FixtureCorpus {
QList<Fixture> load(const QString &directory, QString *error);
QString fixturesDir();
}
