#pragma once

#include <QString>

// Where two strings first differ, and what surrounds that place on each side, with line breaks
// and other invisible characters made visible, so a user can see the difference at a glance.
//
// Usage: const StringDiff d = StringDiff::compare(ours, theirs); if (!d.equal) d.offset …
struct StringDiff {
    bool equal = true;
    qsizetype offset = -1;   // first differing UTF-8 byte, as the signature sees bytes
    int line = -1;           // 0-based line of that byte
    QString oursLine;        // the whole differing line on each side, raw
    QString theirsLine;
    QString oursContext;     // a window around the offset, escaped (\n, \t, \xNN)
    QString theirsContext;

    static StringDiff compare(const QString &ours, const QString &theirs);
    static QString visible(const QByteArray &bytes);
};
