#pragma once

#include <QCoreApplication>
#include <QString>

// The command line's own help texts, translated in one place.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)

public:
    static QString description();
    static QString commandArgument();
    static QString fileArgument();
    static QString providerOption();
    static QString formatOption();
    static QString langOption();
};
