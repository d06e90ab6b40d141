#pragma once

#include <QString>

// Cuts a very large paste (a whole log file) down to the lines around anything that looks like a
// storage error, so that a 10 MB paste is diagnosed in a fraction of a second instead of seconds.
// The lines kept are those within a window of an anchor (a 403, an <Error>, an exception, a
// provider header, a signature …); with no anchor at all, the start and end of the text.
//
// Usage: if (LargeInputFocus::isLarge(text)) text = LargeInputFocus::focus(text);
namespace LargeInputFocus {
constexpr qsizetype kThreshold = 1024 * 1024;   // characters
constexpr int kWindowLines = 30;                // lines kept on each side of an anchor
constexpr qsizetype kMaxFocus = 2 * 1024 * 1024; // characters kept at most

bool isLarge(const QString &text);
QString focus(const QString &text);
}
