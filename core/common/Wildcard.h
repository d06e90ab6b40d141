#pragma once

#include <QString>

// The one glob matcher: `*` stands for any run of characters and, when asked, `?` for one. Each
// caller says which case rule and which form its provider documents (a policy's Resource, a CORS
// origin, an OSS or COS Referer entry). Iterative with one backtrack point, so it stays linear
// for the patterns these rules use, whatever the input.
namespace Wildcard {
enum Option {
    NoOption = 0,
    QuestionMark = 0x1,      // `?` matches exactly one character (policies, OSS Referer)
    StarNeedsOne = 0x2,      // `*` matches at least one character (COS Referer host: `*.qq.com`)
    Prefix = 0x4,            // the pattern need only match the start of the text
};
bool match(const QString &pattern, const QString &text, Qt::CaseSensitivity cs, int options = NoOption);
}
