#include "formats/ErrorXmlReader.h"

#include <QXmlStreamReader>

QString ErrorXml::field(QStringView name) const
{
    for (const auto &entry : fields) {
        if (QStringView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

ErrorXml ErrorXmlReader::read(QStringView xml)
{
    ErrorXml result;
    QXmlStreamReader reader(xml.toString());
    reader.setNamespaceProcessing(false);
    int depth = 0;
    bool inError = false;
    QString currentName;
    QString currentText;
    qint64 currentStart = 0; // offset just after the field's start tag
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // Entity declarations are the way to an entity bomb; an error body never needs one.
            result.refusedDtd = true;
            return result;
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QString name = reader.name().toString();
            // The local name without a prefix: <ns:Code> and <Code> are the same field.
            const QString local = name.contains(u':') ? name.section(u':', -1) : name;
            if (!inError && local == QLatin1String("Error")) {
                inError = true;
                result.found = true;
                depth = 1;
            } else if (inError && depth == 2) {
                currentName = local;
                currentText.clear();
                currentStart = reader.characterOffset();
            }
            break;
        }
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (inError && depth == 2)
                currentText += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (inError && depth == 2 && !currentName.isEmpty()) {
                result.fields.append({currentName, currentText.trimmed()});
                currentName.clear();
            }
            --depth;
            if (inError && depth == 0)
                return result;
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            result.truncated = true;
        else
            result.malformed = true;
        // Keep the element that was open when the text ended: a truncated message is still useful.
        // The reader holds back the last run of text, so take it from the input itself.
        if (inError && depth >= 2 && !currentName.isEmpty()) {
            QString tail = currentText;
            if (result.truncated && currentStart > 0 && currentStart <= xml.size()) {
                tail = xml.mid(currentStart).toString();
                tail.replace(QLatin1String("&lt;"), QLatin1String("<"));
                tail.replace(QLatin1String("&gt;"), QLatin1String(">"));
                tail.replace(QLatin1String("&apos;"), QLatin1String("'"));
                tail.replace(QLatin1String("&quot;"), QLatin1String("\""));
                tail.replace(QLatin1String("&amp;"), QLatin1String("&"));
            }
            if (!tail.trimmed().isEmpty()) {
                result.fields.append({currentName, tail.trimmed()});
                result.cutField = currentName;
            }
        }
    }
    return result;
}

namespace {
// Undo the escaping of an XML body that was printed inside a JSON string or a log line.
QString unescapeLogged(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (next == u't') {
                out += u'\t';
                ++i;
                continue;
            }
            if (next == u'r') {
                ++i;
                continue;
            }
            if (next == u'"' || next == u'\'' || next == u'/' || next == u'\\') {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
}

namespace {
ErrorXml readChunk(const QString &text, qsizetype start)
{
    // Take the prolog too when it is right before, so a declaration does not stand alone.
    qsizetype from = start;
    const qsizetype prolog = text.lastIndexOf(QLatin1String("<?xml"), start);
    if (prolog >= 0 && start - prolog < 200)
        from = prolog;
    // A body ends at its </Error>, or where the next body or prolog begins (a cut copy).
    qsizetype end = text.indexOf(QLatin1String("</Error>"), start);
    end = end < 0 ? text.size() : end + 8;
    for (const QLatin1String marker : {QLatin1String("<Error"), QLatin1String("<?xml")}) {
        const qsizetype next = text.indexOf(marker, start + 6);
        if (next >= 0 && next < end)
            end = next;
    }
    QString chunk = text.mid(from, end - from);
    // Escaped forms: a logged body carries backslash sequences instead of line breaks and quotes.
    if (chunk.contains(QLatin1String("\\n")) || chunk.contains(QLatin1String("\\\"")))
        chunk = unescapeLogged(chunk);
    // A prolog that declares an encoding is meaningless for text that is already decoded.
    if (chunk.startsWith(QLatin1String("<?xml"))) {
        const qsizetype close = chunk.indexOf(QLatin1String("?>"));
        if (close > 0)
            chunk.remove(0, close + 2);
    }
    return ErrorXmlReader::read(chunk);
}
}

ErrorXml ErrorXmlReader::findAndRead(const QString &text)
{
    ErrorXml first;
    qsizetype start = text.indexOf(QLatin1String("<Error"));
    for (int candidates = 0; start >= 0 && candidates < 16; ++candidates) {
        const ErrorXml xml = readChunk(text, start);
        if (xml.found && !xml.truncated && !xml.malformed)
            return xml;
        if (!first.found && (xml.found || xml.refusedDtd))
            first = xml;
        start = text.indexOf(QLatin1String("<Error"), start + 6);
    }
    return first;
}
