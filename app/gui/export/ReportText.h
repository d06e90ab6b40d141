#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Redactor {
struct Redaction;
}

// Every sentence and label the report export and the credential store show a user, in one place,
// through tr() with %1 arguments: the list of what was redacted, and the errors of saving a report
// or using the keychain. The report's own labels are CheckText's, in core.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // "2 signatures", "1 security token", … for one Redactor::Redaction.
    static QString redactionKind(const QString &kindId, int count);
    // "Removed before export: 2 signatures and 1 security token." or a sentence saying nothing was.
    static QString redactionSummary(const QList<Redactor::Redaction> &redactions);

    // Saving a report.
    static QString pdfNotDrawn();
    static QString pdfCreator();

    // The OS keychain (CredentialStore).
    static QString keychainUnavailable();
    static QString keychainDenied();
    static QString keychainTimeout(int seconds);
    static QString keychainNothingSaved(const QString &profile);
    static QString keychainUnreadable(const QString &profile);
    // Any other keychain failure; `detail` is the keychain's own message, kept for support.
    static QString keychainError(const QString &detail);
    static QString keychainNoProfile();
};
