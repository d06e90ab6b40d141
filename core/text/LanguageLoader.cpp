#include "text/LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageLoader::~LanguageLoader()
{
    unload();
}

QStringList LanguageLoader::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ko")};
}

QString LanguageLoader::normalize(const QString &value)
{
    QString v = value.trimmed();
    v.replace(u'-', u'_');
    const QString lower = v.toLower();
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (lower == QLatin1String("ko") || lower.startsWith(QLatin1String("ko_")))
        return QStringLiteral("ko");
    return {};
}

QString LanguageLoader::fromSystemLocale()
{
    for (const QString &language : QLocale().uiLanguages()) {
        const QString normalized = normalize(language);
        if (!normalized.isEmpty())
            return normalized;
    }
    return QStringLiteral("en");
}

QString LanguageLoader::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

void LanguageLoader::unload()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool LanguageLoader::load(const QString &language)
{
    const QString id = normalize(language);
    if (id.isEmpty())
        return false;
    unload();
    m_current = id;
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/bucketdoctor_%1.qm").arg(id))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    // Qt's own strings, such as QWizard's buttons; English needs none.
    if (id != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(id), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    QLocale::setDefault(QLocale(id));
    return true;
}
