#pragma once

#include <QString>

class LanguageLoader;

// Renders every wizard page in every language to PNG files, offscreen, for the README and for
// review: <dir>/<language>-<n>-<page>.png. The pages show a COS referer case with check results
// as a run against such a bucket reports them. Returns the number of files written, -1 on error.
//
// Run: QT_QPA_PLATFORM=offscreen bucketdoctor --screenshots DIR
namespace ScreenshotTour {
int render(LanguageLoader &languages, const QString &directory, QString *error);
}
