#include "DoctorWizard.h"
#include "LanguageLoader.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bucket Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    QApplication::setApplicationVersion(QStringLiteral(BUCKETDOCTOR_VERSION));

    // First run: the system's language; after that, the one the user chose last.
    LanguageLoader languages;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    languages.load(LanguageLoader::normalize(saved).isEmpty() ? LanguageLoader::fromSystemLocale() : saved);

    // For the README and for review only: every page in every language, then exit.
    QCommandLineParser parser;
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QStringLiteral("Render every page in every language to DIR."),
                                         QStringLiteral("dir"));
    parser.addOption(screenshots);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    if (parser.isSet(screenshots)) {
        QString error;
        const int written = ScreenshotTour::render(languages, parser.value(screenshots), &error);
        if (written < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d screenshots in %s\n", written, qPrintable(parser.value(screenshots)));
        return 0;
    }

    DoctorWizard wizard(&languages);
    wizard.show();
    return QApplication::exec();
}
