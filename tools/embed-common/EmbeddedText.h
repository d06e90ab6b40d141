#pragma once

#include <QList>
#include <QString>

// The text the embed tools write as one char16_t array (kText of core/diagnosis/TreeData.h and
// CalibrationData.h): strings appended one after another, each read back by its offset and length.
//
// Usage:
//   EmbeddedText text;
//   const qsizetype at = text.add(name);            // then write {at, name.size()}
//   out << "const char16_t kText[] = {\n" << text.initialiser() << "0};\n";
class EmbeddedText
{
public:
    // Appends s and returns its offset.
    qsizetype add(const QString &s);
    // The code units as C++ initialiser lines, each unit followed by a comma.
    QString initialiser() const;

    // A double as C++ source that reads back as the same double (17 significant digits).
    static QString number(double v);

private:
    QList<char16_t> m_units;
};
