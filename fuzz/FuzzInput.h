#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// Helpers shared by the fuzz targets: turn libFuzzer's bytes into the inputs of core's entry points.
namespace FuzzInput {

// Larger inputs find nothing that smaller ones cannot and slow every execution down; a real paste
// is far below this.
constexpr size_t kMaxBytes = 256 * 1024;

// Separates the fields of one input (e.g. configuration, origin, method, headers). A form feed:
// seed files stay plain text, and none of the configuration formats needs one.
constexpr char kSeparator = '\f';

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits into exactly `count` fields: missing ones are empty, and the last keeps any further
// separators, so every byte reaches some field.
inline QList<QByteArray> fields(const QByteArray &input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < count - 1) {
        const qsizetype at = input.indexOf(kSeparator, from);
        if (at < 0)
            break;
        out.append(input.mid(from, at - from));
        from = at + 1;
    }
    out.append(from <= input.size() ? input.mid(from) : QByteArray());
    while (out.size() < count)
        out.append(QByteArray());
    return out;
}

inline QString text(const QByteArray &field)
{
    return QString::fromUtf8(field);
}

} // namespace FuzzInput
