#include "report/CheckReport.h"

#include "report/DiagnosisFormatter.h"
#include "report/Redacted.h"
#include "security/Redactor.h"
#include "text/CheckText.h"
#include "text/UserText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSysInfo>

namespace {
QString statusTag(CheckResult::Status status)
{
    return QStringLiteral("[%1]").arg(CheckText::statusName(status));
}

QString requestLine(const PlannedRequest &p)
{
    return QStringLiteral("%1 %2 — %3").arg(p.method, p.target, CheckText::permission(p.permission));
}

// Every piece of the run and the diagnosis redacted on its own (report/Redacted), before a renderer
// joins, escapes or quotes it: "<li>Authorization: …" or "&lt;SignatureProvided&gt;…" no longer
// looks like the forms Redactor knows once it is inside HTML.
CheckRun redacted(CheckRun run)
{
    for (CheckResult &r : run.results)
        r = Redacted::result(r);
    return run;
}

// A check answered when it passed, failed or warned; skipped and errored checks did not.
bool answered(const CheckResult &r)
{
    return r.status == CheckResult::Status::Pass || r.status == CheckResult::Status::Fail || r.status == CheckResult::Status::Warn;
}

// What was and was not checked, in sentences. "No check failed" only when some check answered and
// none failed; when none answered, it says so.
QStringList coverage(const CheckRun &run)
{
    QStringList done;
    QStringList notDone;
    for (const CheckResult &r : run.results)
        (answered(r) ? done : notDone) << CheckText::title(r.id);
    QStringList lines;
    if (done.isEmpty()) {
        lines << CheckText::nothingChecked();
    } else {
        if (!run.anyFailed())
            lines << CheckText::noCheckFailed();
        lines << CheckText::checkedList(done);
    }
    if (!notDone.isEmpty())
        lines << CheckText::notCheckedList(notDone);
    return lines;
}

struct SupportRow {
    QString field;  // RequestId, TraceId, …: the provider's own names, as support asks for them
    QString label;  // shown: the field, or a translated word
    QString value;
    QString source; // "paste" or a check id
};

// The identifiers a provider's support asks for first, from the paste and from every check.
QList<SupportRow> supportRows(const CheckRun &run, const Diagnosis &d)
{
    QList<SupportRow> rows;
    const ParsedInput &in = d.input;
    QString time = in.serverTime;
    if (time.isEmpty())
        time = in.responseHeader(QStringLiteral("Date"));
    const QList<QPair<QString, QString>> pasted{
        {QStringLiteral("RequestId"), in.requestId}, {QStringLiteral("TraceId"), in.traceId}, {QStringLiteral("HostId"), in.hostId},
        {QStringLiteral("EC"), in.ec},               {QStringLiteral("time"), time},         {QStringLiteral("bucket"), in.bucket},
        {QStringLiteral("endpoint"), in.endpoint},
    };
    auto label = [](const QString &field) {
        if (field == QLatin1String("time"))
            return CheckText::labelTime();
        if (field == QLatin1String("bucket"))
            return CheckText::labelBucket();
        if (field == QLatin1String("endpoint"))
            return CheckText::labelEndpoint();
        return field;
    };
    for (const auto &[field, value] : pasted) {
        if (!value.isEmpty())
            rows.append({field, label(field), Redactor::text(value.left(300)), QStringLiteral("paste")});
    }
    // The checked target, unless the paste already gave the same value: one row per fact.
    auto pastedAs = [&](const QString &field, const QString &value) {
        for (const SupportRow &row : std::as_const(rows)) {
            if (row.field == field && row.value == value)
                return true;
        }
        return false;
    };
    if (!run.results.isEmpty()) {
        if (!run.endpoint.isEmpty() && !pastedAs(QStringLiteral("endpoint"), run.endpoint))
            rows.append({QStringLiteral("endpoint"), label(QStringLiteral("endpoint")), run.endpoint, QStringLiteral("target")});
        if (!run.bucket.isEmpty() && !pastedAs(QStringLiteral("bucket"), run.bucket))
            rows.append({QStringLiteral("bucket"), label(QStringLiteral("bucket")), run.bucket, QStringLiteral("target")});
    }
    const QList<QPair<QString, QString>> factFields{{QStringLiteral("requestId"), QStringLiteral("RequestId")},
                                                    {QStringLiteral("ec"), QStringLiteral("EC")},
                                                    {QStringLiteral("serverDate"), QStringLiteral("time")}};
    for (const CheckResult &r : run.results) {
        for (const auto &[name, value] : r.facts) {
            for (const auto &[fact, field] : factFields) {
                if (name == fact && !value.isEmpty())
                    rows.append({field, label(field), value, r.id});
            }
        }
    }
    return rows;
}

QString supportSource(const SupportRow &row)
{
    if (row.source == QLatin1String("paste"))
        return CheckText::labelFromPaste();
    if (row.source == QLatin1String("target"))
        return CheckText::labelTarget();
    return CheckText::labelFromCheck(row.source);
}

QString tableCell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

QString reportTitle(const CheckRun &run)
{
    // Without any check, this is a diagnosis of the paste, not a live check report.
    return run.results.isEmpty() ? UserText::reportTitle() : CheckText::reportTitle();
}
}

qint64 CheckRun::sumMs() const
{
    qint64 sum = 0;
    for (const CheckResult &r : results)
        sum += r.durationMs;
    return sum;
}

bool CheckRun::anyFailed() const
{
    for (const CheckResult &r : results) {
        if (r.status == CheckResult::Status::Fail)
            return true;
    }
    return false;
}

CheckRun CheckRun::capture(const CheckContext &context, const QList<CheckResult> &results,
                           const QHash<QString, QList<PlannedRequest>> &planned)
{
    CheckRun run;
    run.provider = context.provider;
    run.endpoint = Redactor::url(context.endpoint);
    run.bucket = context.bucket;
    run.objectKey = context.objectKey;
    run.region = context.region;
    run.pathStyle = context.pathStyle;
    run.accessKeyId = context.accessKeyId;
    run.proxy = QStringLiteral("system");
    if (context.network) {
        const QNetworkProxy p = context.network->proxy();
        if (p.type() == QNetworkProxy::NoProxy)
            run.proxy = QStringLiteral("none");
        else if (p.type() == QNetworkProxy::HttpProxy || p.type() == QNetworkProxy::Socks5Proxy)
            run.proxy = QStringLiteral("%1://%2:%3")
                            .arg(p.type() == QNetworkProxy::HttpProxy ? QStringLiteral("http") : QStringLiteral("socks5"), p.hostName())
                            .arg(p.port());
    }
    for (const CheckResult &r : results) {
        const QString skew = r.fact(QStringLiteral("skewMs"));
        if (r.id != QLatin1String("time") || skew.isEmpty()
            || (r.status != CheckResult::Status::Pass && r.status != CheckResult::Status::Warn && r.status != CheckResult::Status::Fail))
            continue;
        run.clockMeasured = true;
        run.clockOffsetMs = skew.toLongLong();
    }
    run.results = results;
    run.planned = planned;
    return run;
}

QString CheckReport::maskedKeyId(const QString &id)
{
    if (id.isEmpty())
        return {};
    return id.left(std::min<qsizetype>(4, id.size() / 2)) + QStringLiteral("****");
}

QList<QPair<QString, QString>> CheckReport::environment(const CheckRun &run)
{
    QString proxy = run.proxy;
    if (proxy == QLatin1String("system") || proxy.isEmpty())
        proxy = CheckText::proxySystem();
    else if (proxy == QLatin1String("none"))
        proxy = CheckText::proxyNone();
    return {{CheckText::labelAppVersion(), QStringLiteral(BUCKETDOCTOR_VERSION)},
            {CheckText::labelOperatingSystem(), QSysInfo::prettyProductName()},
            {CheckText::labelQtVersion(), QString::fromLatin1(qVersion())},
            {CheckText::labelClockOffset(), run.clockMeasured ? CheckText::clockOffset(run.clockOffsetMs) : CheckText::clockNotMeasured()},
            {CheckText::labelProxy(), proxy}};
}

QJsonObject CheckReport::environmentJson(const CheckRun &run)
{
    return {{QStringLiteral("appVersion"), QStringLiteral(BUCKETDOCTOR_VERSION)},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
            {QStringLiteral("clockOffsetMs"), run.clockMeasured ? QJsonValue(run.clockOffsetMs) : QJsonValue()},
            {QStringLiteral("proxy"), run.proxy}};
}

QJsonObject CheckReport::toJson(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = Redacted::diagnosis(rawDiagnosis);
    QJsonArray checks;
    for (const CheckResult &r : run.results) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("title"), CheckText::title(r.id));
        o.insert(QStringLiteral("status"), CheckResult::statusId(r.status));
        o.insert(QStringLiteral("reason"), r.reason);
        o.insert(QStringLiteral("summary"), CheckText::summary(r));
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(CheckText::evidence(r)));
        QJsonArray requests;
        for (const PlannedRequest &p : run.planned.value(r.id)) {
            requests.append(QJsonObject{{QStringLiteral("method"), p.method},
                                        {QStringLiteral("target"), p.target},
                                        {QStringLiteral("permission"), p.permission},
                                        {QStringLiteral("writes"), p.writes}});
        }
        o.insert(QStringLiteral("requests"), requests);
        QJsonObject facts;
        for (const auto &[name, value] : r.facts) {
            // Repeated facts (grants, condition keys) become lists.
            if (facts.contains(name)) {
                QJsonArray list = facts.value(name).isArray() ? facts.value(name).toArray() : QJsonArray{facts.value(name)};
                list.append(value);
                facts.insert(name, list);
            } else {
                facts.insert(name, value);
            }
        }
        o.insert(QStringLiteral("facts"), facts);
        QJsonArray transcript;
        for (const QString &line : r.transcript)
            transcript.append(line);
        o.insert(QStringLiteral("transcript"), transcript);
        o.insert(QStringLiteral("startedMs"), r.startedMs);
        o.insert(QStringLiteral("durationMs"), r.durationMs);
        checks.append(o);
    }
    QJsonObject root;
    const Verdict verdict = Verdict::of(diagnosis, run.results);
    root.insert(QStringLiteral("verdict"), DiagnosisFormatter::verdictJson(diagnosis, verdict));
    if (verdict.hasDiscriminator)
        root.insert(QStringLiteral("discriminator"), DiagnosisFormatter::discriminatorJson(diagnosis, verdict));
    QJsonArray support;
    for (const SupportRow &row : supportRows(run, diagnosis))
        support.append(QJsonObject{{QStringLiteral("field"), row.field},
                                   {QStringLiteral("value"), row.value},
                                   {QStringLiteral("source"), row.source}});
    root.insert(QStringLiteral("support"), support);
    root.insert(QStringLiteral("checks"), checks);
    const QJsonObject diagnosisJson = DiagnosisFormatter::toJson(diagnosis, verdict);
    root.insert(QStringLiteral("causes"), diagnosisJson.value(QStringLiteral("causes")));
    if (!diagnosis.input.formats.isEmpty() || !diagnosis.input.code.isEmpty())
        root.insert(QStringLiteral("input"), diagnosisJson.value(QStringLiteral("input")));
    root.insert(QStringLiteral("coverage"), QJsonArray::fromStringList(coverage(run)));
    root.insert(QStringLiteral("provider"), run.provider);
    root.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("endpoint"), run.endpoint},
                                                     {QStringLiteral("bucket"), run.bucket},
                                                     {QStringLiteral("object"), run.objectKey},
                                                     {QStringLiteral("region"), run.region},
                                                     {QStringLiteral("pathStyle"), run.pathStyle},
                                                     {QStringLiteral("accessKeyId"), maskedKeyId(run.accessKeyId)}});
    root.insert(QStringLiteral("environment"), environmentJson(run));
    root.insert(QStringLiteral("timing"), QJsonObject{{QStringLiteral("wallMs"), run.wallMs},
                                                     {QStringLiteral("sumOfChecksMs"), run.sumMs()},
                                                     {QStringLiteral("criticalPathMs"), run.criticalPathMs}});
    return root;
}

QByteArray CheckReport::json(const CheckRun &run, const Diagnosis &diagnosis)
{
    return QJsonDocument(toJson(run, diagnosis)).toJson(QJsonDocument::Indented);
}

QString CheckReport::text(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = Redacted::diagnosis(rawDiagnosis);
    const Verdict verdict = Verdict::of(diagnosis, run.results);
    QString out = DiagnosisFormatter::verdictLines(diagnosis, verdict, false);
    for (const CheckResult &r : run.results) {
        out += QStringLiteral("%1 %2: %3\n").arg(statusTag(r.status), CheckText::title(r.id), CheckText::summary(r));
        if (r.status == CheckResult::Status::Skipped)
            continue;
        for (const QString &e : CheckText::evidence(r))
            out += QStringLiteral("    ") + e + u'\n';
    }
    out += u'\n';
    for (const QString &line : coverage(run))
        out += line + u'\n';
    if (!run.results.isEmpty())
        out += CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs) + u'\n';
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("%1: %2\n").arg(label, value);
    const QList<SupportRow> rows = supportRows(run, diagnosis);
    if (!rows.isEmpty()) {
        out += u'\n' + CheckText::labelSupport() + QStringLiteral(":\n");
        for (const SupportRow &row : rows)
            out += QStringLiteral("  %1: %2 (%3)\n").arg(row.label, row.value, supportSource(row));
    }
    out += u'\n' + UserText::labelCauses() + QStringLiteral(":\n");
    int index = 0;
    for (const RankedCause &c : diagnosis.causes) {
        if (++index > 3)
            break;
        const QStringList steps = UserText::causeSteps(diagnosis.provider, c);
        out += QStringLiteral("%1. %2  [%3, %4]\n")
                   .arg(index)
                   .arg(UserText::causeTitle(diagnosis.provider, c), UserText::categoryName(c.category), DiagnosisFormatter::causeStanding(c));
        if (!steps.isEmpty())
            out += QStringLiteral("   → ") + steps.first() + u'\n';
    }
    return Redactor::text(out);
}

QString CheckReport::markdown(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = Redacted::diagnosis(rawDiagnosis);
    const Verdict verdict = Verdict::of(diagnosis, run.results);
    QString out;
    out += QStringLiteral("# ") + reportTitle(run) + QStringLiteral("\n\n");
    // The answer first, then what support asks for, then the causes, the checks, the transcripts.
    out += DiagnosisFormatter::verdictLines(diagnosis, verdict, true);
    const QList<SupportRow> rows = supportRows(run, diagnosis);
    if (!rows.isEmpty()) {
        out += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
                   .arg(CheckText::labelSupport(), CheckText::labelSupportField(), CheckText::labelSupportValue(), CheckText::labelSupportSource());
        for (const SupportRow &row : rows)
            out += QStringLiteral("| %1 | `%2` | %3 |\n").arg(tableCell(row.label), tableCell(row.value), tableCell(supportSource(row)));
        out += u'\n';
    }
    if (!run.results.isEmpty()) {
        out += QStringLiteral("- **%1**: `%2` · `%3`%4\n")
                   .arg(CheckText::labelTarget(), run.endpoint, run.bucket,
                        run.objectKey.isEmpty() ? QString() : QStringLiteral(" · `") + run.objectKey + u'`');
        if (!run.accessKeyId.isEmpty())
            out += QStringLiteral("- **%1**: `%2`\n").arg(CheckText::labelAccessKeyId(), maskedKeyId(run.accessKeyId));
        out += QStringLiteral("- ") + CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs) + u'\n';
        for (const QString &line : coverage(run))
            out += QStringLiteral("- ") + line + u'\n';
        out += u'\n';
    }
    out += DiagnosisFormatter::markdownBody(diagnosis);
    if (!run.results.isEmpty()) {
        out += QStringLiteral("\n## ") + CheckText::labelChecks() + QStringLiteral("\n\n");
        out += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                   .arg(CheckText::labelChecks(), CheckText::labelStatus(), CheckText::labelSummary());
        for (const CheckResult &r : run.results) {
            QStringList cell{CheckText::summary(r)};
            if (r.status != CheckResult::Status::Skipped)
                cell << CheckText::evidence(r);
            out += QStringLiteral("| %1 | %2 | %3 |\n")
                       .arg(tableCell(CheckText::title(r.id)), tableCell(CheckText::statusName(r.status)),
                            tableCell(cell.join(QStringLiteral("<br>"))));
        }
    }
    out += QStringLiteral("\n## ") + CheckText::labelEnvironment() + QStringLiteral("\n\n");
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("- **%1**: %2\n").arg(label, value);
    bool appendix = false;
    for (const CheckResult &r : run.results) {
        const QList<PlannedRequest> planned = r.status == CheckResult::Status::Skipped ? QList<PlannedRequest>() : run.planned.value(r.id);
        if (planned.isEmpty() && r.transcript.isEmpty())
            continue;
        if (!appendix) {
            out += QStringLiteral("\n## ") + CheckText::labelAppendix() + QStringLiteral("\n");
            appendix = true;
        }
        out += QStringLiteral("\n### %1 %2\n").arg(statusTag(r.status), CheckText::title(r.id));
        if (!planned.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(CheckText::labelRequests());
            for (const PlannedRequest &p : planned)
                out += QStringLiteral("- `") + requestLine(p) + QStringLiteral("`\n");
        }
        if (!r.transcript.isEmpty()) {
            out += QStringLiteral("\n<details><summary>%1</summary>\n\n```http\n").arg(CheckText::labelTranscript());
            out += r.transcript.join(u'\n') + QStringLiteral("\n```\n\n</details>\n");
        }
    }
    return Redactor::text(out);
}

QString CheckReport::html(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = Redacted::diagnosis(rawDiagnosis);
    const Verdict verdict = Verdict::of(diagnosis, run.results);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString title = reportTitle(run);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                 "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
                                 "pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap;overflow-wrap:anywhere}"
                                 ".verdict{border:2px solid #1a237e;padding:.5em 1em}"
                                 ".support{border:1px solid #888;padding:.5em 1em;background:#fafafa}"
                                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}"
                                 ".fail{color:#b00020}.pass{color:#1b5e20}.warn{color:#8a5300}</style></head><body>\n")
                      .arg(esc(title));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    out += QStringLiteral("<div class=\"verdict\"><p><b>%1</b></p>").arg(esc(UserText::verdictSentence(diagnosis.provider, verdict, diagnosis)));
    const QStringList basis = UserText::verdictBasis(verdict);
    if (!basis.isEmpty()) {
        out += QStringLiteral("<ul>");
        for (const QString &b : basis)
            out += QStringLiteral("<li>") + esc(b) + QStringLiteral("</li>");
        out += QStringLiteral("</ul>");
    }
    const QString question = UserText::discriminatorQuestion(diagnosis.provider, verdict);
    if (!question.isEmpty())
        out += QStringLiteral("<p>") + esc(question) + QStringLiteral("</p>");
    out += QStringLiteral("</div>\n");
    const QList<SupportRow> rows = supportRows(run, diagnosis);
    if (!rows.isEmpty()) {
        out += QStringLiteral("<div class=\"support\"><h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(esc(CheckText::labelSupport()), esc(CheckText::labelSupportField()), esc(CheckText::labelSupportValue()),
                        esc(CheckText::labelSupportSource()));
        for (const SupportRow &row : rows)
            out += QStringLiteral("<tr><th>%1</th><td><code>%2</code></td><td>%3</td></tr>")
                       .arg(esc(row.label), esc(row.value), esc(supportSource(row)));
        out += QStringLiteral("</table></div>\n");
    }
    out += QStringLiteral("<ul><li><b>%1</b>: %2</li>")
               .arg(esc(UserText::labelProvider()), esc(UserText::providerName(diagnosis.providerKnown || run.provider.isEmpty()
                                                                                      ? diagnosis.provider
                                                                                      : Providers::fromId(run.provider))));
    if (!run.results.isEmpty()) {
        out += QStringLiteral("<li><b>%1</b>: <code>%2</code> · <code>%3</code> %4</li>")
                   .arg(esc(CheckText::labelTarget()), esc(run.endpoint), esc(run.bucket), esc(run.objectKey));
        out += QStringLiteral("<li>%1</li>").arg(esc(CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs)));
        for (const QString &line : coverage(run))
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    out += QStringLiteral("</ul>\n");
    out += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(UserText::labelCauses()));
    for (const RankedCause &c : diagnosis.causes) {
        out += QStringLiteral("<li><b>%1</b> (%2) %3<ul>")
                   .arg(esc(UserText::causeTitle(diagnosis.provider, c)), esc(UserText::categoryName(c.category)), esc(DiagnosisFormatter::causeStanding(c)));
        for (const QString &e : UserText::causeEvidence(c))
            out += QStringLiteral("<li>") + esc(e) + QStringLiteral("</li>");
        out += QStringLiteral("</ul><ol>");
        for (const QString &s : UserText::causeSteps(diagnosis.provider, c))
            out += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>");
        out += QStringLiteral("</ol></li>\n");
    }
    out += QStringLiteral("</ol>\n");
    if (!run.results.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                   .arg(esc(CheckText::labelChecks()), esc(CheckText::labelStatus()), esc(CheckText::labelSummary()));
        for (const CheckResult &r : run.results) {
            out += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4")
                       .arg(esc(CheckText::title(r.id)), CheckResult::statusId(r.status), esc(CheckText::statusName(r.status)),
                            esc(CheckText::summary(r)));
            const QStringList evidence = r.status == CheckResult::Status::Skipped ? QStringList() : CheckText::evidence(r);
            if (!evidence.isEmpty()) {
                out += QStringLiteral("<ul>");
                for (const QString &e : evidence)
                    out += QStringLiteral("<li>") + esc(e) + QStringLiteral("</li>");
                out += QStringLiteral("</ul>");
            }
            out += QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<h2>%1</h2>\n<ul>").arg(esc(CheckText::labelEnvironment()));
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(label), esc(value));
    out += QStringLiteral("</ul>\n");
    bool appendix = false;
    for (const CheckResult &r : run.results) {
        if (r.transcript.isEmpty())
            continue;
        if (!appendix) {
            out += QStringLiteral("<h2>%1</h2>\n").arg(esc(CheckText::labelAppendix()));
            appendix = true;
        }
        out += QStringLiteral("<h3>%1 %2</h3><pre>%3</pre>\n")
                   .arg(esc(statusTag(r.status)), esc(CheckText::title(r.id)), esc(r.transcript.join(u'\n')));
    }
    out += QStringLiteral("</body></html>\n");
    return Redactor::text(out);
}
