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

Diagnosis redacted(const Diagnosis &diagnosis)
{
    return Redacted::diagnosis(diagnosis);
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
    const Diagnosis diagnosis = redacted(rawDiagnosis);
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
    root.insert(QStringLiteral("checks"), checks);
    const QJsonObject diagnosisJson = DiagnosisFormatter::toJson(diagnosis);
    root.insert(QStringLiteral("causes"), diagnosisJson.value(QStringLiteral("causes")));
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
    const Diagnosis diagnosis = redacted(rawDiagnosis);
    QString out;
    for (const CheckResult &r : run.results) {
        out += QStringLiteral("%1 %2: %3\n").arg(statusTag(r.status), CheckText::title(r.id), CheckText::summary(r));
        if (r.status == CheckResult::Status::Skipped)
            continue;
        for (const QString &e : CheckText::evidence(r))
            out += QStringLiteral("    ") + e + u'\n';
    }
    out += u'\n' + CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs) + u'\n';
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("%1: %2\n").arg(label, value);
    if (!run.anyFailed())
        out += u'\n' + CheckText::noCheckFailed() + u'\n';
    out += u'\n' + UserText::labelCauses() + QStringLiteral(":\n");
    int index = 0;
    for (const RankedCause &c : diagnosis.causes) {
        if (++index > 3)
            break;
        const QStringList steps = UserText::causeSteps(diagnosis.provider, c);
        out += QStringLiteral("%1. %2  [%3, %4%]\n")
                   .arg(index)
                   .arg(UserText::causeTitle(diagnosis.provider, c), Categories::id(c.category))
                   .arg(qRound(c.score * 100));
        if (!steps.isEmpty())
            out += QStringLiteral("   → ") + steps.first() + u'\n';
    }
    return Redactor::text(out);
}

QString CheckReport::markdown(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = redacted(rawDiagnosis);
    QString out;
    out += QStringLiteral("# ") + CheckText::reportTitle() + QStringLiteral("\n\n");
    out += QStringLiteral("- **%1**: %2\n").arg(UserText::labelProvider(), UserText::providerName(Providers::fromId(run.provider)));
    out += QStringLiteral("- **%1**: `%2` · `%3`%4\n")
               .arg(CheckText::labelTarget(), run.endpoint, run.bucket,
                    run.objectKey.isEmpty() ? QString() : QStringLiteral(" · `") + run.objectKey + u'`');
    if (!run.accessKeyId.isEmpty())
        out += QStringLiteral("- **%1**: `%2`\n").arg(CheckText::labelAccessKeyId(), maskedKeyId(run.accessKeyId));
    out += QStringLiteral("- ") + CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs) + u'\n';
    out += QStringLiteral("\n## ") + CheckText::labelChecks() + QStringLiteral("\n");
    for (const CheckResult &r : run.results) {
        out += QStringLiteral("\n### %1 %2\n\n%3\n").arg(statusTag(r.status), CheckText::title(r.id), CheckText::summary(r));
        const QList<PlannedRequest> planned = run.planned.value(r.id);
        if (!planned.isEmpty() && r.status != CheckResult::Status::Skipped) {
            out += QStringLiteral("\n**%1**\n\n").arg(CheckText::labelRequests());
            for (const PlannedRequest &p : planned)
                out += QStringLiteral("- `") + requestLine(p) + QStringLiteral("`\n");
        }
        const QStringList evidence = CheckText::evidence(r);
        if (!evidence.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(UserText::labelEvidence());
            for (const QString &e : evidence)
                out += QStringLiteral("- ") + e + u'\n';
        }
        if (!r.transcript.isEmpty()) {
            out += QStringLiteral("\n<details><summary>%1</summary>\n\n```http\n").arg(CheckText::labelTranscript());
            out += r.transcript.join(u'\n') + QStringLiteral("\n```\n\n</details>\n");
        }
    }
    if (!run.anyFailed())
        out += u'\n' + CheckText::noCheckFailed() + u'\n';
    out += u'\n' + DiagnosisFormatter::markdown(diagnosis).section(u'\n', 1); // without its own title
    out += QStringLiteral("\n## ") + CheckText::labelEnvironment() + QStringLiteral("\n\n");
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("- **%1**: %2\n").arg(label, value);
    return Redactor::text(out);
}

QString CheckReport::html(const CheckRun &rawRun, const Diagnosis &rawDiagnosis)
{
    const CheckRun run = redacted(rawRun);
    const Diagnosis diagnosis = redacted(rawDiagnosis);
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                 "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
                                 "pre{background:#f4f4f4;padding:.5em;overflow:auto}"
                                 ".fail{color:#b00020}.pass{color:#1b5e20}.warn{color:#8a5300}</style></head><body>\n")
                      .arg(esc(CheckText::reportTitle()));
    out += QStringLiteral("<h1>%1</h1>\n<ul>").arg(esc(CheckText::reportTitle()));
    out += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(UserText::labelProvider()), esc(UserText::providerName(Providers::fromId(run.provider))));
    out += QStringLiteral("<li><b>%1</b>: <code>%2</code> · <code>%3</code> %4</li>")
               .arg(esc(CheckText::labelTarget()), esc(run.endpoint), esc(run.bucket), esc(run.objectKey));
    out += QStringLiteral("<li>%1</li></ul>\n").arg(esc(CheckText::timing(run.wallMs, run.sumMs(), run.criticalPathMs)));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(CheckText::labelChecks()));
    for (const CheckResult &r : run.results) {
        const QString status = CheckResult::statusId(r.status);
        out += QStringLiteral("<h3 class=\"%1\">%2 %3</h3>\n<p>%4</p>\n")
                   .arg(status, esc(statusTag(r.status)), esc(CheckText::title(r.id)), esc(CheckText::summary(r)));
        const QStringList evidence = CheckText::evidence(r);
        if (!evidence.isEmpty()) {
            out += QStringLiteral("<ul>");
            for (const QString &e : evidence)
                out += QStringLiteral("<li>") + esc(e) + QStringLiteral("</li>");
            out += QStringLiteral("</ul>\n");
        }
        if (!r.transcript.isEmpty())
            out += QStringLiteral("<details><summary>%1</summary><pre>%2</pre></details>\n")
                       .arg(esc(CheckText::labelTranscript()), esc(r.transcript.join(u'\n')));
    }
    out += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(UserText::labelCauses()));
    for (const RankedCause &c : diagnosis.causes) {
        out += QStringLiteral("<li><b>%1</b> <code>%2</code> %3%<ul>")
                   .arg(esc(UserText::causeTitle(diagnosis.provider, c)), Categories::id(c.category))
                   .arg(qRound(c.score * 100));
        for (const QString &e : UserText::causeEvidence(c))
            out += QStringLiteral("<li>") + esc(e) + QStringLiteral("</li>");
        out += QStringLiteral("</ul><ol>");
        for (const QString &s : UserText::causeSteps(diagnosis.provider, c))
            out += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>");
        out += QStringLiteral("</ol></li>\n");
    }
    out += QStringLiteral("</ol>\n<h2>%1</h2>\n<ul>").arg(esc(CheckText::labelEnvironment()));
    for (const auto &[label, value] : environment(run))
        out += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(label), esc(value));
    out += QStringLiteral("</ul>\n</body></html>\n");
    return Redactor::text(out);
}
