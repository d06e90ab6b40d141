#pragma once

#include "checks/CheckResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every sentence a live check shows a user, in one place, through tr() with %1 arguments: the
// check's name, the one-line verdict for each (check, reason) pair, the skip reasons, and the
// labels of the evidence lines. Checks themselves stay free of user text: they set a machine
// reason and facts, and the runner asks this class for the words.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CheckText)

public:
    static QString title(const QString &checkId);
    static QString statusName(CheckResult::Status status);
    static QString summary(const CheckResult &result);
    static QStringList evidence(const CheckResult &result);
    // The sentence for a probe outcome id (timeout, tls_error, …) shared by every check.
    static QString outcome(const QString &outcomeId);
    static QString skipReason(const QString &reason);
    static QString factLabel(const QString &fact);
    // A fact's value in words when it is one of the checks' machine words (yes, none, allowed,
    // referer_denied, not_in_whitelist, rule_matched, …); any other value (a host, a code, a
    // number) as it is.
    static QString factValue(const QString &fact, const QString &value);
    // A planned request's permission as a user reads it: provider action names stay as they are.
    static QString permission(const QString &permission);
    // A check's verdict as evidence for or against a cause: "Live check Referer: …".
    static QString timing(qint64 wallMs, qint64 sumMs, qint64 criticalPathMs);
    static QString reportTitle();
    static QString labelEnvironment();
    static QString labelAppVersion();
    static QString labelOperatingSystem();
    static QString labelQtVersion();
    static QString labelClockOffset();
    static QString labelProxy();
    static QString clockOffset(qint64 ms);
    static QString clockNotMeasured();
    static QString proxySystem();
    static QString proxyNone();
    static QString noCheckFailed();
    // What a run did and did not check: never "no check failed" when nothing answered.
    static QString nothingChecked();
    static QString checkedList(const QStringList &titles);
    static QString notCheckedList(const QStringList &titles);
    // The support box: the identifiers a provider's support asks for, from the paste and the checks.
    static QString labelSupport();
    // The support table's column heads: the identifier, its value, where it was read.
    static QString labelSupportField();
    static QString labelSupportValue();
    static QString labelSupportSource();
    static QString labelFromPaste();
    static QString labelFromCheck(const QString &checkId);
    static QString labelTime();
    static QString labelBucket();
    static QString labelEndpoint();
    static QString labelAppendix();
    static QString labelStatus();
    static QString labelSummary();
    static QString ruledOutBySymptom();
    static QString couldNotReach();
    static QString labelTarget();
    static QString labelAccessKeyId();
    static QString labelChecks();
    static QString labelRequests();
    static QString labelTranscript();
    static QString findingEvidence(const QString &checkId, const QString &summary);
};
