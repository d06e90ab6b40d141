// What the live checks' verdicts say about the causes (CheckFindings), and the reports written
// from a run (CheckReport): the JSON contract, every check's title in every format, and no secret
// in any of them even when a fact or transcript line carries one.
#include "text/UserText.h"
#include "checks/CheckRunner.h"
#include "checks/CheckSuite.h"
#include "diagnosis/DiagnosisEngine.h"
#include "findings/CheckFindings.h"
#include "report/CheckReport.h"
#include "text/CheckText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

CheckResult result(const char *id, CheckResult::Status status, const char *reason, const QList<QPair<QString, QString>> &facts = {})
{
    CheckResult r;
    r.id = QString::fromLatin1(id);
    r.status = status;
    r.reason = QString::fromLatin1(reason);
    r.facts = facts;
    return r;
}

// The weight of the findings for a category, summed, and how many there were.
QPair<double, int> weightOf(const QList<Finding> &findings, const QString &category)
{
    double weight = 0;
    int count = 0;
    for (const Finding &f : findings) {
        if (f.categoryId == category) {
            weight += f.weight;
            ++count;
        }
    }
    return {weight, count};
}

// An OSS V1 signature as a check might (wrongly) copy it into a fact or a transcript line.
const QString kSignature = QStringLiteral("abcdef0123456789abcdef=");
const QString kAuthorizationLine = QStringLiteral("Authorization: OSS AK:") + kSignature;
const QString kSecret = QStringLiteral("SecretKeyThatMustNeverLeak0123456789abcd");

} // namespace

class TestCheckFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void skippedChecksSayNothing();
    void reportJsonContract();
    void reportFormatsShowEveryCheckAndNoSecret_data();
    void reportFormatsShowEveryCheckAndNoSecret();

private:
    static CheckRun sampleRun(Diagnosis *diagnosis);
};

void TestCheckFindings::findings_data()
{
    QTest::addColumn<QList<CheckResult>>("results");
    QTest::addColumn<bool>("tokenGiven");
    QTest::addColumn<bool>("keyGiven");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("sign"); // +1 raised, -1 ruled down, 0 no finding for the category
    using S = CheckResult::Status;
    const QString referer = QStringLiteral("referer");
    const QString clock = QStringLiteral("clock_skew");
    const QString sts = QStringLiteral("sts_token_expired_or_missing");
    const QString anonymous = QStringLiteral("anonymous_private");
    QTest::newRow("failing referer check raises referer") << QList<CheckResult>{result("referer", S::Fail, "referer_denied")} << false << true
                                                          << referer << 1;
    QTest::newRow("rules_deny raises referer too") << QList<CheckResult>{result("referer", S::Fail, "rules_deny")} << false << true << referer << 1;
    QTest::newRow("allowed referer rules it down") << QList<CheckResult>{result("referer", S::Pass, "allowed")} << false << true << referer << -1;
    QTest::newRow("passing time check rules clock_skew down")
        << QList<CheckResult>{result("time", S::Pass, "in_sync", {{QStringLiteral("skewMs"), QStringLiteral("120")}})} << false << true << clock << -1;
    QTest::newRow("too_skewed raises clock_skew")
        << QList<CheckResult>{result("time", S::Fail, "too_skewed", {{QStringLiteral("skewMs"), QStringLiteral("1200000")}})} << false << true << clock
        << 1;
    QTest::newRow("key clock_rejected raises clock_skew") << QList<CheckResult>{result("key", S::Fail, "clock_rejected")} << false << true << clock << 1;
    QTest::newRow("token_missing raises the token cause") << QList<CheckResult>{result("key", S::Fail, "token_missing")} << false << true << sts << 1;
    QTest::newRow("token_invalid, token given, raises it") << QList<CheckResult>{result("key", S::Fail, "token_invalid")} << true << true << sts << 1;
    QTest::newRow("key accepted with a token rules the token out")
        << QList<CheckResult>{result("key", S::Pass, "accepted")} << true << true << sts << -1;
    QTest::newRow("key accepted without a token says nothing of tokens")
        << QList<CheckResult>{result("key", S::Pass, "accepted")} << false << true << sts << 0;
    QTest::newRow("accepted_denied with a token rules the token out")
        << QList<CheckResult>{result("key", S::Pass, "accepted_denied")} << true << true << sts << -1;
    QTest::newRow("private bucket, no key: a strong hint") << QList<CheckResult>{result("anonymous", S::Pass, "private")} << false << false
                                                           << anonymous << 1;
    QTest::newRow("public object rules anonymous_private down")
        << QList<CheckResult>{result("anonymous", S::Pass, "public")} << false << false << anonymous << -1;
    QTest::newRow("policy network condition") << QList<CheckResult>{result("policy", S::Warn, "network_condition")} << false << true
                                              << QStringLiteral("policy_condition_ip_vpc") << 1;
    QTest::newRow("object archived") << QList<CheckResult>{result("object", S::Fail, "archived")} << false << true
                                     << QStringLiteral("archive_not_restored") << 1;
    QTest::newRow("encryption kms") << QList<CheckResult>{result("encryption", S::Warn, "kms")} << false << true << QStringLiteral("kms") << 1;
    QTest::newRow("endpoint failure") << QList<CheckResult>{result("endpoint", S::Fail, "connection_refused")} << false << true
                                      << QStringLiteral("wrong_endpoint_region") << 1;
}

void TestCheckFindings::findings()
{
    QFETCH(QList<CheckResult>, results);
    QFETCH(bool, tokenGiven);
    QFETCH(bool, keyGiven);
    QFETCH(QString, category);
    QFETCH(int, sign);
    const QList<Finding> findings = CheckFindings::fromResults(results, tokenGiven, keyGiven);
    const auto [weight, count] = weightOf(findings, category);
    if (sign == 0) {
        QCOMPARE(count, 0);
        return;
    }
    QVERIFY2(count > 0, qPrintable(category));
    QVERIFY2(sign > 0 ? weight > 0 : weight < 0, qPrintable(QString::number(weight)));
    for (const Finding &f : findings) {
        QCOMPARE(f.source, results.first().id);
        // The evidence is the check's result, read back whole, and it has words.
        QCOMPARE(CheckResult::fromStatement(f.evidence).reason, results.first().reason);
        QVERIFY(!UserText::statement(f.evidence).isEmpty());
    }
}

void TestCheckFindings::skippedChecksSayNothing()
{
    CheckResult skipped;
    skipped.id = QStringLiteral("referer");
    skipped.reason = QStringLiteral("missing_input:referer");
    QVERIFY(CheckFindings::fromResults({skipped}, true, true).isEmpty());
    // The private-bucket hint is weaker when the failing request was probably signed.
    const CheckResult priv = result("anonymous", CheckResult::Status::Pass, "private");
    QVERIFY(weightOf(CheckFindings::fromResults({priv}, false, true), QStringLiteral("anonymous_private")).first
            < weightOf(CheckFindings::fromResults({priv}, false, false), QStringLiteral("anonymous_private")).first);
}

CheckRun TestCheckFindings::sampleRun(Diagnosis *diagnosis)
{
    using S = CheckResult::Status;
    CheckContext context;
    context.provider = QStringLiteral("oss");
    context.endpoint = QStringLiteral("https://oss-cn-hangzhou.aliyuncs.com");
    context.bucket = QStringLiteral("examplebucket");
    context.objectKey = QStringLiteral("photos/a.jpg");
    context.region = QStringLiteral("cn-hangzhou");
    context.accessKeyId = QStringLiteral("LTAI5tExampleKeyId");
    context.secretKey = kSecret;
    context.origin = QStringLiteral("https://app.example.com");
    context.referer = QStringLiteral("https://evil.example.net/");

    QList<CheckResult> results;
    const auto ids = CheckSuite::ids();
    for (const QString &id : ids) {
        CheckResult r = result(id.toLatin1().constData(), S::Pass, "");
        if (id == QLatin1String("key")) {
            r = result("key", S::Pass, "accepted_denied",
                       {{QStringLiteral("httpStatus"), QStringLiteral("403")}, {QStringLiteral("code"), QStringLiteral("AccessDenied")},
                        {QStringLiteral("sentHeader"), kAuthorizationLine}});
            r.transcript = {QStringLiteral("> GET https://examplebucket.oss-cn-hangzhou.aliyuncs.com/photos/a.jpg"), QStringLiteral("> ") + kAuthorizationLine,
                            QStringLiteral("< 403 Forbidden")};
        } else if (id == QLatin1String("referer")) {
            r = result("referer", S::Fail, "referer_denied",
                       {{QStringLiteral("withReferer"), QStringLiteral("referer_denied")}, {QStringLiteral("withoutReferer"), QStringLiteral("allowed")}});
        } else if (id == QLatin1String("time")) {
            r = result("time", S::Pass, "in_sync", {{QStringLiteral("skewMs"), QStringLiteral("120")}});
        } else if (id == QLatin1String("write")) {
            r = result("write", S::Skipped, "not_opted_in");
        } else {
            r = result(id.toLatin1().constData(), S::Error, "timeout");
        }
        r.durationMs = 42;
        results << r;
    }
    CheckRunner runner;
    CheckSuite::addAll(runner);
    CheckRun run = CheckRun::capture(context, results, runner.plannedRequests(context));
    run.wallMs = 120;
    run.criticalPathMs = 100;

    DiagnosisEngine engine;
    DiagnoseOptions options;
    options.provider = Provider::Oss;
    options.findings = CheckFindings::fromResults(results, false, true);
    *diagnosis = engine.diagnose(QString(), options);
    return run;
}

void TestCheckFindings::reportJsonContract()
{
    Diagnosis diagnosis;
    const CheckRun run = sampleRun(&diagnosis);
    QVERIFY(!diagnosis.causes.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(CheckReport::json(run, diagnosis), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    const QJsonArray checks = root.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), run.results.size());
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        const QString id = check.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(check.value(QStringLiteral("status")).isString(), qPrintable(id));
        QVERIFY2(QStringList({QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn"), QStringLiteral("skipped"), QStringLiteral("error")})
                     .contains(check.value(QStringLiteral("status")).toString()),
                 qPrintable(id));
        QVERIFY2(!check.value(QStringLiteral("summary")).toString().isEmpty(), qPrintable(id));
        QVERIFY2(check.value(QStringLiteral("evidence")).isArray(), qPrintable(id));
        QVERIFY2(check.value(QStringLiteral("requests")).isArray(), qPrintable(id));
        QVERIFY2(!check.value(QStringLiteral("requests")).toArray().isEmpty(), qPrintable(id)); // every check plans its requests
        const QJsonObject request = check.value(QStringLiteral("requests")).toArray().first().toObject();
        for (const char *key : {"method", "target", "permission", "writes"})
            QVERIFY2(request.contains(QLatin1String(key)), key);
        QVERIFY2(check.value(QStringLiteral("durationMs")).isDouble(), qPrintable(id));
        QCOMPARE(check.value(QStringLiteral("durationMs")).toInt(), 42);
    }
    const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
    QVERIFY(!causes.isEmpty());
    QStringList causeIds;
    for (const QJsonValue &c : causes)
        causeIds << c.toObject().value(QStringLiteral("category")).toString() + c.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(causeIds.join(u' ').contains(QLatin1String("referer")), qPrintable(causeIds.join(u' ')));
    // The access key id is shown masked only.
    QVERIFY(!QString::fromUtf8(CheckReport::json(run, diagnosis)).contains(QLatin1String("LTAI5tExampleKeyId")));
}

void TestCheckFindings::reportFormatsShowEveryCheckAndNoSecret_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"json", "text", "markdown", "html"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestCheckFindings::reportFormatsShowEveryCheckAndNoSecret()
{
    QFETCH(QString, format);
    Diagnosis diagnosis;
    const CheckRun run = sampleRun(&diagnosis);
    QString out;
    if (format == QLatin1String("json"))
        out = QString::fromUtf8(CheckReport::json(run, diagnosis));
    else if (format == QLatin1String("text"))
        out = CheckReport::text(run, diagnosis);
    else if (format == QLatin1String("markdown"))
        out = CheckReport::markdown(run, diagnosis);
    else
        out = CheckReport::html(run, diagnosis);
    QVERIFY(!out.isEmpty());
    for (const CheckResult &r : run.results) {
        const QString title = CheckText::title(r.id);
        QVERIFY2(!title.isEmpty(), qPrintable(r.id));
        const QString shown = format == QLatin1String("html") ? title.toHtmlEscaped() : title;
        QVERIFY2(out.contains(shown), qPrintable(r.id + QStringLiteral(": ") + title));
    }
    QStringList leaks;
    for (const QString &line : out.split(u'\n')) {
        if (line.contains(kSignature) || line.contains(kSecret))
            leaks << line;
    }
    // HTML puts a check's evidence on one line as <li>…</li>; each piece must be redacted before the
    // markup joins them (this row caught a leak once).
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // The key id stays readable where the line is shown (support needs it); the signature does not.
    if (format == QLatin1String("markdown") || format == QLatin1String("html"))
        QVERIFY2(out.contains(QLatin1String("OSS AK:")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCheckFindings)
#include "TestCheckFindings.moc"
