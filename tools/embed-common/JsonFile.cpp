#include "embed-common/JsonFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QString>

#include <cstdio>

bool JsonFile::readObject(const char *path, QJsonObject *object)
{
    QFile in(QString::fromLocal8Bit(path));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return false;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject()) {
        std::fprintf(stderr, "%s is not a JSON object: %s\n", path, qPrintable(error.errorString()));
        return false;
    }
    *object = doc.object();
    return true;
}
