#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Reads the <Error> body that COS, OSS and S3 return. Every direct child of <Error> becomes a
// field, in order; namespaces are ignored, text is trimmed and entities are decoded.
// A document type declaration is refused (no entity expansion at all), and a body that ends early
// still yields the fields read so far, with `truncated` set.
//
// Usage:
//   const ErrorXml xml = ErrorXmlReader::read(body);
//   if (xml.found) qDebug() << xml.field(u"Code");
struct ErrorXml {
    bool found = false;      // an <Error> element was seen
    bool truncated = false;  // the document ended before </Error>
    bool malformed = false;  // the XML was not well formed
    bool refusedDtd = false; // a DOCTYPE was present and reading stopped there
    QString cutField;        // the field whose text the end of the input cut short, if any
    QList<QPair<QString, QString>> fields;

    QString field(QStringView name) const;
};

namespace ErrorXmlReader {
ErrorXml read(QStringView xml);
// Finds <Error>…</Error> inside a larger paste, undoing the escaping that logs and JSON strings add
// (literal \n, \t, \"), and reads it. Where the paste holds several bodies (an SDK that prints a
// truncated copy first), the first complete one wins. Returns found=false if there is none.
ErrorXml findAndRead(const QString &text);
}
