#include "export/ReportText.h"

#include "security/Redactor.h"

#include <QLocale>

QString ReportText::redactionKind(const QString &kindId, int count)
{
    if (kindId == QLatin1String("signature"))
        return tr("%n signature(s)", nullptr, count);
    if (kindId == QLatin1String("security_token"))
        return tr("%n security token(s)", nullptr, count);
    if (kindId == QLatin1String("secret_key"))
        return tr("%n secret key(s)", nullptr, count);
    if (kindId == QLatin1String("authorization"))
        return tr("%n authorization value(s)", nullptr, count);
    if (kindId == QLatin1String("cookie"))
        return tr("%n cookie(s)", nullptr, count);
    return tr("%n other secret value(s)", nullptr, count);
}

QString ReportText::redactionSummary(const QList<Redactor::Redaction> &redactions)
{
    if (redactions.isEmpty())
        return tr("No secrets were found in the report, so nothing was removed.");
    QStringList parts;
    for (const Redactor::Redaction &r : redactions)
        parts << redactionKind(r.kind, r.count);
    return tr("Removed before export: %1.").arg(QLocale().createSeparatedList(parts));
}

QString ReportText::pdfNotDrawn()
{
    return tr("The PDF could not be drawn.");
}

QString ReportText::pdfCreator()
{
    return QStringLiteral("Bucket Doctor"); // the product name, the same in every language
}

QString ReportText::keychainUnavailable()
{
    return tr("No keychain is available on this computer, so the credentials were not stored. "
              "Enter them each time, or start a keychain service (such as GNOME Keyring or KWallet) and try again.");
}

QString ReportText::keychainDenied()
{
    return tr("The keychain refused access, so the credentials were not stored or read. Unlock the keychain and try again.");
}

QString ReportText::keychainTimeout(int seconds)
{
    return tr("The keychain did not answer within %1 seconds. Unlock it or check that its service is running, then try again.")
        .arg(seconds);
}

QString ReportText::keychainNothingSaved(const QString &profile)
{
    return tr("No credentials are stored in the keychain for %1.").arg(profile);
}

QString ReportText::keychainUnreadable(const QString &profile)
{
    return tr("The credentials stored in the keychain for %1 could not be read. Save them again.").arg(profile);
}

QString ReportText::keychainError(const QString &detail)
{
    return tr("Bucket Doctor could not use the keychain (%1). Enter the credentials each time, or start a keychain "
              "service (such as GNOME Keyring or KWallet) and try again.")
        .arg(detail);
}

QString ReportText::keychainNoProfile()
{
    return tr("Choose a profile name before storing credentials.");
}
