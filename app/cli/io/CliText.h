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
    static QString signatureVersionOption();
    static QString methodOption();
    static QString urlOption();
    static QString headerOption();
    static QString accessKeyIdOption();
    static QString regionOption();
    static QString timeOption();
    static QString expiresOption();
    static QString presignOption();
    static QString signFormatOption();
    static QString secretKeyFileOption();
    static QString securityTokenFileOption();
    static QString serviceOption();
    static QString additionalHeadersOption();
    static QString urlArgument();
    static QString nowOption();
    static QString inspectMethodOption();
    static QString checkProviderOption();
    static QString endpointOption();
    static QString bucketOption();
    static QString objectOption();
    static QString pathStyleOption();
    static QString originOption();
    static QString requestMethodOption();
    static QString requestHeadersOption();
    static QString refererOption();
    static QString onlyOption();
    static QString timeoutOption();
    static QString outputOption();
    static QString writeProbeOption();
    static QString proxyOption();
    static QString pasteOption();
};
