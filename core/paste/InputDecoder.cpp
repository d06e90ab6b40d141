#include "paste/InputDecoder.h"

#include <QStringDecoder>

namespace {
bool looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return sample > 0 && control * 20 > sample; // more than 5 % control bytes
}

QString blankControls(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0x7f)
            c = u' ';
    }
    return text;
}
}

bool InputDecoder::isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

DecodedInput InputDecoder::decode(const QByteArray &bytes)
{
    DecodedInput result;
    // A byte-order mark decides the encoding.
    if (const auto bom = QStringConverter::encodingForData(bytes); bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        result.text = blankControls(decoder.decode(bytes));
        if (decoder.hasError())
            result.warnings << QStringLiteral("invalid_utf8");
        return result;
    }
    const bool binary = looksBinary(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() && !binary) {
        QStringDecoder gb(QStringLiteral("GB18030").toLatin1().constData());
        if (gb.isValid()) {
            const QString alternative = gb.decode(bytes);
            if (!gb.hasError()) {
                result.text = blankControls(alternative);
                result.warnings << QStringLiteral("gb18030");
                return result;
            }
        }
    }
    if (utf8.hasError())
        result.warnings << QStringLiteral("invalid_utf8");
    if (binary)
        result.warnings << QStringLiteral("binary");
    result.text = blankControls(text);
    return result;
}
