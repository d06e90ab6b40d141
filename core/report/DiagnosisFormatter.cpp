#include "report/DiagnosisFormatter.h"

#include "report/ParsedInputJson.h"
#include "report/Redacted.h"
#include "security/Redactor.h"
#include "text/UserText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace {
int percent(double score)
{
    return static_cast<int>(std::lround(score * 100));
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The two signed strings side by side at their first difference, for text and Markdown.
QString signatureSection(const Diagnosis &d, bool markdown)
{
    const SignatureFinding &f = d.signature;
    if (!f.present || f.ours.isEmpty())
        return {};
    QString out = markdown ? QStringLiteral("\n## ") + UserText::labelSignatureComparison() + QStringLiteral("\n\n")
                           : u'\n' + UserText::labelSignatureComparison() + QStringLiteral(":\n");
    const QString indent = markdown ? QString() : QStringLiteral("   ");
    if (!f.diff.equal) {
        out += indent + UserText::labelFirstDifference(f.diff.offset, f.diff.line) + u'\n';
        const QString fence = markdown ? QStringLiteral("`") : QString();
        out += (markdown ? QStringLiteral("- ") : indent) + UserText::labelServerString(f.compared) + QStringLiteral(": ") + fence
            + f.diff.theirsContext + fence + u'\n';
        out += (markdown ? QStringLiteral("- ") : indent) + UserText::labelClientString(f.fromClientLog) + QStringLiteral(": ") + fence
            + f.diff.oursContext + fence + u'\n';
    }
    for (const QString &id : f.causes)
        out += (markdown ? QStringLiteral("- ") : indent + QStringLiteral("→ ")) + UserText::signatureCause(id, f.detail) + u'\n';
    return out;
}
}

QString DiagnosisFormatter::recognisedSummary(const ParsedInput &input)
{
    QStringList parts;
    if (input.httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(input.httpStatus);
    const QList<QPair<const char *, QString>> fields{
        {"Code", input.code},           {"Message", input.message}, {"EC", input.ec},
        {"RequestId", input.requestId}, {"TraceId", input.traceId}, {"HostId", input.hostId},
        {"Bucket", input.bucket},       {"Region", input.region},   {"Endpoint", input.endpoint},
    };
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name), Redactor::text(value.left(300)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString DiagnosisFormatter::causeStanding(const RankedCause &c)
{
    if (c.state != CauseState::Open)
        return UserText::causeStateName(c.state);
    return UserText::labelScore(percent(c.score));
}

QJsonObject DiagnosisFormatter::verdictJson(const Diagnosis &d, const Verdict &v)
{
    QJsonObject o;
    o.insert(QStringLiteral("state"), Verdict::stateId(v.state));
    o.insert(QStringLiteral("category"), Categories::id(v.category));
    o.insert(QStringLiteral("causeId"), v.causeId);
    o.insert(QStringLiteral("text"), Redactor::text(UserText::verdictSentence(d.provider, v, d)));
    QStringList basis;
    for (const QString &line : UserText::verdictBasis(v))
        basis << Redactor::text(line);
    o.insert(QStringLiteral("basis"), stringArray(basis));
    return o;
}

QJsonObject DiagnosisFormatter::discriminatorJson(const Diagnosis &d, const Verdict &v)
{
    QJsonObject o;
    if (!v.hasDiscriminator)
        return o;
    o.insert(QStringLiteral("question"), UserText::treeText(d.provider, v.discriminator.question));
    o.insert(QStringLiteral("causes"), stringArray(v.discriminator.causes));
    o.insert(QStringLiteral("check"), v.discriminator.check);
    return o;
}

QString DiagnosisFormatter::verdictLines(const Diagnosis &d, const Verdict &v, bool markdown)
{
    const QString sentence = UserText::verdictSentence(d.provider, v, d);
    QString out = markdown ? QStringLiteral("**") + sentence + QStringLiteral("**\n\n") : sentence + u'\n';
    for (const QString &line : UserText::verdictBasis(v))
        out += (markdown ? QStringLiteral("- ") : QStringLiteral("  · ")) + line + u'\n';
    const QString question = UserText::discriminatorQuestion(d.provider, v);
    if (!question.isEmpty())
        out += (markdown ? QStringLiteral("\n") : QStringLiteral("  ? ")) + question + u'\n';
    return out + u'\n';
}

QJsonObject DiagnosisFormatter::toJson(const Diagnosis &d)
{
    return toJson(d, Verdict::of(d));
}

QJsonObject DiagnosisFormatter::toJson(const Diagnosis &raw, const Verdict &verdict)
{
    const Diagnosis d = Redacted::diagnosis(raw);
    QJsonObject root;
    root.insert(QStringLiteral("verdict"), verdictJson(d, verdict));
    if (verdict.hasDiscriminator)
        root.insert(QStringLiteral("discriminator"), discriminatorJson(d, verdict));
    root.insert(QStringLiteral("input"), ParsedInputJson::toJson(d.input));
    root.insert(QStringLiteral("provider"), Providers::id(d.providerKnown ? d.provider : Provider::Unknown));
    root.insert(QStringLiteral("tree"), Providers::id(d.provider));
    root.insert(QStringLiteral("symptom"), d.matchedSymptom);
    QJsonArray causes;
    for (const RankedCause &c : d.causes) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("category"), Categories::id(c.category));
        o.insert(QStringLiteral("score"), std::round(c.score * 1000) / 1000);
        o.insert(QStringLiteral("title"), UserText::causeTitle(d.provider, c));
        if (!c.treeWhy.isEmpty())
            o.insert(QStringLiteral("why"), UserText::causeWhy(d.provider, c));
        o.insert(QStringLiteral("evidence"), stringArray(UserText::causeEvidence(c)));
        o.insert(QStringLiteral("steps"), stringArray(UserText::causeSteps(d.provider, c)));
        QJsonArray checks;
        for (const GuideCheck &check : c.checks) {
            QJsonObject co;
            co.insert(QStringLiteral("question"), UserText::treeText(d.provider, check.treeQuestion));
            if (!check.check.isEmpty())
                co.insert(QStringLiteral("check"), check.check);
            checks.append(co);
        }
        if (!checks.isEmpty())
            o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("source"), c.source);
        o.insert(QStringLiteral("sourceTitle"), UserText::sourceTitle(c.source, d.provider));
        o.insert(QStringLiteral("sourceUrl"), UserText::sourceUrl(c.source, d.provider));
        o.insert(QStringLiteral("state"), CauseStates::id(c.state));
        causes.append(o);
    }
    root.insert(QStringLiteral("causes"), causes);
    if (d.presignedUrl.state == UrlInspection::State::Presigned) {
        const UrlInspection &u = d.presignedUrl;
        QJsonObject url;
        url.insert(QStringLiteral("form"), u.form);
        url.insert(QStringLiteral("status"), UrlInspection::statusId(u.status));
        if (u.signedAt.isValid())
            url.insert(QStringLiteral("signedAt"), u.signedAt.toString(Qt::ISODate));
        if (u.expiresAt.isValid())
            url.insert(QStringLiteral("expiresAt"), u.expiresAt.toString(Qt::ISODate));
        url.insert(QStringLiteral("checkedAt"), u.now.toString(Qt::ISODate));
        QJsonArray warnings;
        for (const UrlWarning &w : u.warnings) {
            QJsonObject item;
            item.insert(QStringLiteral("id"), w.id);
            item.insert(QStringLiteral("level"), UrlInspection::levelId(w.level));
            item.insert(QStringLiteral("text"), UserText::urlWarning(w.id, u.provider, w.args));
            warnings.append(item);
        }
        url.insert(QStringLiteral("warnings"), warnings);
        root.insert(QStringLiteral("presignedUrlInspection"), url);
    }
    if (d.signature.present) {
        const SignatureFinding &f = d.signature;
        QJsonObject sig;
        sig.insert(QStringLiteral("scheme"), f.scheme);
        sig.insert(QStringLiteral("compared"), f.compared);
        sig.insert(QStringLiteral("server"), f.theirs);
        if (!f.ours.isEmpty()) {
            sig.insert(QStringLiteral("client"), f.ours);
            sig.insert(QStringLiteral("clientSource"), f.fromClientLog ? QStringLiteral("log") : QStringLiteral("rebuilt"));
            sig.insert(QStringLiteral("equal"), f.diff.equal);
            if (!f.diff.equal) {
                sig.insert(QStringLiteral("firstDifferenceByte"), static_cast<qint64>(f.diff.offset));
                sig.insert(QStringLiteral("firstDifferenceLine"), f.diff.line + 1);
                sig.insert(QStringLiteral("clientContext"), f.diff.oursContext);
                sig.insert(QStringLiteral("serverContext"), f.diff.theirsContext);
            }
        }
        QJsonArray findings;
        for (const QString &id : f.causes) {
            QJsonObject item;
            item.insert(QStringLiteral("id"), id);
            item.insert(QStringLiteral("text"), UserText::signatureCause(id, f.detail));
            findings.append(item);
        }
        sig.insert(QStringLiteral("findings"), findings);
        root.insert(QStringLiteral("signatureComparison"), sig);
    }
    if (!d.notes.isEmpty())
        root.insert(QStringLiteral("notes"), stringArray(UserText::notes(d)));
    return root;
}

QByteArray DiagnosisFormatter::json(const Diagnosis &d)
{
    return QJsonDocument(toJson(d)).toJson(QJsonDocument::Indented);
}

QString DiagnosisFormatter::text(const Diagnosis &d)
{
    return text(d, Verdict::of(d));
}

QString DiagnosisFormatter::text(const Diagnosis &raw, const Verdict &verdict)
{
    const Diagnosis d = Redacted::diagnosis(raw);
    QString out = verdictLines(d, verdict, false);
    const QString provider = UserText::providerShown(d.provider, d.providerKnown, d.input.providerCandidates);
    out += UserText::labelProvider() + QStringLiteral(": ") + provider + u'\n';
    const QString summary = recognisedSummary(d.input);
    out += UserText::labelRecognised() + QStringLiteral(": ")
        + (summary.isEmpty() ? UserText::labelNothingRecognised() : summary) + u'\n';
    for (const QString &note : UserText::notes(d))
        out += QStringLiteral("! ") + note + u'\n';
    out += signatureSection(d, false);
    out += u'\n' + UserText::labelCauses() + QStringLiteral(":\n");
    int index = 0;
    for (const RankedCause &c : d.causes) {
        ++index;
        out += QStringLiteral("\n%1. %2  [%3, %4]\n")
                   .arg(index)
                   .arg(UserText::causeTitle(d.provider, c), UserText::categoryName(c.category), causeStanding(c));
        if (!c.treeWhy.isEmpty())
            out += QStringLiteral("   ") + UserText::causeWhy(d.provider, c) + u'\n';
        out += QStringLiteral("   ") + UserText::labelEvidence() + QStringLiteral(":\n");
        for (const QString &e : UserText::causeEvidence(c))
            out += QStringLiteral("   - ") + e + u'\n';
        if (!c.checks.isEmpty()) {
            out += QStringLiteral("   ") + UserText::labelChecks() + QStringLiteral(":\n");
            for (const GuideCheck &check : c.checks)
                out += QStringLiteral("   ? ") + UserText::treeText(d.provider, check.treeQuestion) + u'\n';
        }
        out += QStringLiteral("   ") + UserText::labelSteps() + QStringLiteral(":\n");
        int step = 0;
        for (const QString &s : UserText::causeSteps(d.provider, c))
            out += QStringLiteral("   %1) %2\n").arg(++step).arg(s);
        out += QStringLiteral("   ") + UserText::labelSource() + QStringLiteral(": ") + UserText::sourceWithUrl(c.source, d.provider) + u'\n';
    }
    return Redactor::text(out);
}

QString DiagnosisFormatter::markdown(const Diagnosis &d)
{
    return markdown(d, Verdict::of(d));
}

QString DiagnosisFormatter::markdown(const Diagnosis &raw, const Verdict &verdict)
{
    const Diagnosis d = Redacted::diagnosis(raw);
    QString out;
    out += QStringLiteral("# ") + UserText::reportTitle() + QStringLiteral("\n\n");
    out += verdictLines(d, verdict, true);
    return Redactor::text(out + markdownBody(d));
}

QString DiagnosisFormatter::markdownBody(const Diagnosis &d)
{
    QString out;
    const QString provider = UserText::providerShown(d.provider, d.providerKnown, d.input.providerCandidates);
    out += QStringLiteral("- **") + UserText::labelProvider() + QStringLiteral("**: ") + provider + u'\n';
    const QString summary = recognisedSummary(d.input);
    out += QStringLiteral("- **") + UserText::labelRecognised() + QStringLiteral("**: ")
        + (summary.isEmpty() ? UserText::labelNothingRecognised() : QStringLiteral("`") + summary + QStringLiteral("`")) + u'\n';
    if (!d.notes.isEmpty()) {
        out += QStringLiteral("\n## ") + UserText::labelInputNotes() + QStringLiteral("\n\n");
        for (const QString &note : UserText::notes(d))
            out += QStringLiteral("- ") + note + u'\n';
    }
    out += signatureSection(d, true);
    out += QStringLiteral("\n## ") + UserText::labelCauses() + u'\n';
    int index = 0;
    for (const RankedCause &c : d.causes) {
        ++index;
        out += QStringLiteral("\n### %1. %2\n\n").arg(index).arg(UserText::causeTitle(d.provider, c));
        out += QStringLiteral("*%1 · %2*\n\n").arg(causeStanding(c), UserText::categoryName(c.category));
        if (!c.treeWhy.isEmpty())
            out += UserText::causeWhy(d.provider, c) + QStringLiteral("\n\n");
        out += QStringLiteral("**") + UserText::labelEvidence() + QStringLiteral("**\n\n");
        for (const QString &e : UserText::causeEvidence(c))
            out += QStringLiteral("- ") + e + u'\n';
        if (!c.checks.isEmpty()) {
            out += QStringLiteral("\n**") + UserText::labelChecks() + QStringLiteral("**\n\n");
            for (const GuideCheck &check : c.checks)
                out += QStringLiteral("- [ ] ") + UserText::treeText(d.provider, check.treeQuestion) + u'\n';
        }
        out += QStringLiteral("\n**") + UserText::labelSteps() + QStringLiteral("**\n\n");
        int step = 0;
        for (const QString &s : UserText::causeSteps(d.provider, c))
            out += QStringLiteral("%1. %2\n").arg(++step).arg(s);
        out += QStringLiteral("\n") + UserText::labelSource() + QStringLiteral(": ") + UserText::sourceWithUrl(c.source, d.provider) + u'\n';
    }
    return Redactor::text(out);
}
