#include "wizard/DoctorWizard.h"
#include "platform/ScreenshotTour.h"
#include "text/LanguageLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <cstdio>

namespace {
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bucket Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    QApplication::setApplicationVersion(QStringLiteral(BUCKETDOCTOR_VERSION));
    // Lets Wayland desktops match the window to the installed desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.bucketdoctor.BucketDoctor"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.bucketdoctor.BucketDoctor")));

    // First run: the system's language; after that, the one the user chose last.
    LanguageLoader languages;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    languages.load(LanguageLoader::normalize(saved).isEmpty() ? LanguageLoader::fromSystemLocale() : saved);

    // For the README and for review only: every page in every language, then exit.
    QCommandLineParser parser;
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QStringLiteral("Render every page in every language to DIR."),
                                         QStringLiteral("dir"));
    parser.addOption(screenshots);
    // For the benchmark: show the first page, print the resident memory, exit.
    const QCommandLineOption startupProbe(QStringLiteral("startup-probe"), QStringLiteral("Print the memory in use once the first page is shown, then exit."));
    parser.addOption(startupProbe);
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
    if (parser.isSet(startupProbe)) {
        QCoreApplication::processEvents();
        std::printf("rss_kb %ld\n", residentKb());
        std::fflush(stdout);
        return 0;
    }
    return QApplication::exec();
}
