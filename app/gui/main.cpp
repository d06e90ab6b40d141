#include "LanguageLoader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bucket Doctor"));
    QApplication::setOrganizationName(QStringLiteral("BucketDoctor"));
    QApplication::setApplicationVersion(QStringLiteral(BUCKETDOCTOR_VERSION));

    LanguageLoader languages;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    languages.load(LanguageLoader::normalize(saved).isEmpty() ? LanguageLoader::fromSystemLocale() : saved);

    MainWindow window(&languages);
    window.show();
    return QApplication::exec();
}
