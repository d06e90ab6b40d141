#include "support/FixtureCorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

QString FixtureCorpus::fixturesDir()
{
    return QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR);
}

QList<Fixture> FixtureCorpus::load(const QString &directory, QString *error)
{
    QList<Fixture> fixtures;
    QFile manifest(QDir(directory).filePath(QStringLiteral("expected.json")));
    if (!manifest.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(manifest.fileName());
        return fixtures;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifest.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(manifest.fileName(), parseError.errorString());
        return fixtures;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        QFile file(QDir(directory).filePath(it.key()));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("manifest names a missing fixture %1").arg(file.fileName());
            return {};
        }
        fixtures.append({QDir(directory).dirName() + u'/' + it.key(), QString::fromUtf8(file.readAll()), it.value().toObject()});
    }
    // Every fixture file must be in the manifest, so none is silently untested.
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.txt")}, QDir::Files);
    for (const QString &file : files) {
        if (!root.contains(file)) {
            *error = QStringLiteral("fixture %1 is not in %2").arg(file, manifest.fileName());
            return {};
        }
    }
    return fixtures;
}
