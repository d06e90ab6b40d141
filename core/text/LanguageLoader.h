#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>

// Installs the application's catalog (embedded under :/i18n) and Qt's own qtbase catalog for one
// of the supported languages, replacing whatever was installed before, so the language can change
// while the application runs.
//
// Usage: LanguageLoader languages; languages.load(LanguageLoader::fromSystemLocale());
class LanguageLoader
{
public:
    LanguageLoader() = default;
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader &) = delete;
    LanguageLoader &operator=(const LanguageLoader &) = delete;

    static QStringList supported();           // en, zh_CN, ko
    static QString fromSystemLocale();        // the supported language closest to the system's
    static QString normalize(const QString &value); // "zh-CN", "zh", "ko_KR" → ids; empty if unsupported
    static QString nativeName(const QString &language);

    bool load(const QString &language);
    QString current() const { return m_current; }

private:
    void unload();
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};
