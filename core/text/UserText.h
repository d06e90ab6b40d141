#pragma once

#include "common/Provider.h"
#include "common/Statement.h"
#include "diagnosis/Diagnosis.h"
#include "findings/Verdict.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every sentence that core shows a user, in one place, through tr() with %1 arguments, so the
// translations stay complete and testable. Tree texts live in the tree files instead.
class UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserText)

public:
    static QString providerName(Provider provider);
    // The provider whose guide the diagnosis used, as every view names it: the name, marked as
    // assumed when the text did not say (so the preview, the summary and the reports agree).
    // `candidates`: the providers the text spoke for alike when none was told (ParsedInput).
    static QString providerShown(Provider provider, bool known, const QList<Provider> &candidates = {});

    // A diagnosis in words: tree texts in the provider tree's translation context, statements
    // (evidence and notes) by their id.
    static QString treeText(Provider provider, const QString &source);
    static QString causeTitle(Provider provider, const RankedCause &cause);
    // The kind of cause in words, where the contract's id would be a raw code to a reader.
    static QString categoryName(Category category);
    static QString causeWhy(Provider provider, const RankedCause &cause);
    static QStringList causeSteps(Provider provider, const RankedCause &cause);
    static QStringList causeEvidence(const RankedCause &cause);
    static QString evidence(const Evidence &evidence);
    static QString statement(const Statement &statement);
    static QStringList notes(const Diagnosis &diagnosis);
    // `fromText`: the detail is a word of the reporter's text, not something the paste shows.
    static QString signalEvidence(const QString &signalId, const QString &detail, bool fromText = false);
    static QString againstEvidence(const QString &evidence);
    static QString symptomEvidence(const QString &symptomTitle, const QString &source);
    // A symptom named by its message that matched by its code alone.
    static QString symptomWithoutMessageEvidence(const QString &symptomTitle, const QString &source);
    static QString symptomWithoutCodeEvidence(const QString &symptomTitle, const QString &source);
    static QString fallbackEvidence(Provider provider);
    static QString priorEvidence();
    // A feature of the paste that raised a category in the calibrated ranking (Statement "calibrated").
    static QString calibratedEvidence(const QString &featureId, const QString &detail, bool fromText = false);
    static QString inputWarning(const QString &warningId);
    static QString providerAssumed(Provider provider, const QList<Provider> &candidates = {});
    static QString signatureCause(const QString &causeId, const QString &detail);
    static QString signatureNoRequest();
    static QString cosNoServerString();
    static QString labelSignatureComparison();
    static QString labelServerString(const QString &which);
    static QString labelClientString(bool fromClientLog);
    static QString labelFirstDifference(qsizetype offset, int line);

    // The verdict: one sentence that leads every output, its state in a word, its basis, and the
    // question that would settle an undetermined one.
    static QString verdictSentence(Provider provider, const Verdict &verdict, const Diagnosis &diagnosis);
    static QString verdictStateName(Verdict::State state);
    // The state as the headline says it: "Confirmed by the “Bucket policy” check" when a live check
    // proved the cause, else the state's name.
    static QString verdictStateLine(const Verdict &verdict);
    static QStringList verdictBasis(const Verdict &verdict);
    static QString discriminatorQuestion(Provider provider, const Verdict &verdict);
    static QString causeStateName(CauseState state);
    // A tree's source ("001_….txt § heading", "providers.md § 3.3") as the user reads it: the
    // provider guide's title and section in the user's language, never a file name; and the guide's
    // public URL. The table of guides is data in UserText.cpp.
    static QString sourceCitation(const QString &source);
    static QString sourceTitle(const QString &source, Provider provider); // the citation, providers.md as the provider's docs
    static QString sourceUrl(const QString &source, Provider provider);
    static QString sourceWithUrl(const QString &source, Provider provider);
    static QString labelVerdict();
    static QString labelBasis();

    // Front-end errors (one sentence each).
    static QString cannotReadFile(const QString &path, const QString &reason);
    static QString emptyInput();
    static QString inputTooLarge(qint64 bytes, qint64 limit);
    static QString unknownProvider(const QString &value);
    static QString unknownFormat(const QString &value);
    static QString unknownLanguage(const QString &value);
    static QString unknownCommand(const QString &value);
    static QString unknownCheck(const QString &value, const QString &known);
    static QString pdfNeedsDesktop();
    static QString unknownReportFormat(const QString &path);
    static QString badProxy(const QString &value);
    static QString cannotWriteFile(const QString &path, const QString &reason);
    static QString treeLoadFailed(const QString &detail);
    static QString missingOption(const QString &option);
    static QString unknownSignProvider(const QString &value);
    static QString unknownSignatureVersion(const QString &value);
    static QString unknownSignFormat(const QString &value);
    static QString badHeader(const QString &value);
    static QString badUrl(const QString &value);
    static QString badNumber(const QString &option, const QString &value);
    static QString noSecretKey();
    static QString secretPrompt();
    static QString regionNeeded();

    // Presigned URL X-ray (PresignedUrlInspector, inspect-url).
    static QString urlWarning(const QString &warningId, Provider provider, const QStringList &args);
    static QString urlStatus(const QString &statusId, const QString &duration);
    static QString duration(qint64 seconds);
    static QString labelUrlField(const QString &fieldId);
    static QString urlValueWord(const QString &wordId);
    static QString notAUrl();
    static QString notPresignedUrl(const QString &host);
    static QString missingUrl();
    static QString unexpectedArgument(const QString &value);
    static QString unknownMethod(const QString &value);

    // Labels of the text and Markdown output.
    static QString labelProvider();
    static QString labelRecognised();
    static QString labelNothingRecognised();
    static QString labelCauses();
    static QString labelEvidence();
    static QString labelChecks();
    static QString labelSteps();
    static QString labelSource();
    static QString labelCategory();
    static QString labelScore(int percent);
    static QString labelInputNotes();
    static QString reportTitle();
};
