#pragma once

#include <QJsonObject>

// The JSON files the embed tools read (trees, weights, vocabulary): each must hold one object.
namespace JsonFile {
// Reads `path` into `object`. On failure writes why to stderr ("cannot read …", "… is not a JSON
// object: …") and returns false; the tool then exits with 1.
bool readObject(const char *path, QJsonObject *object);
}
