#include "diagnosis/DiagnosisEngine.h"
#include "export/ReportExporter.h"
#include "report/CheckReport.h"
#include "report/DiagnosisFormatter.h"
#include "support/PdfText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The property behind "secrets never reach an output": for every paste under tests/fixtures (every
// format the parser knows, the real-world corpus and tests/fixtures/secrets), every position a
// secret can take in it gets a canary of its own, and no output of diagnose or of a report may
// hold any canary: the command line's text, JSON and Markdown, the check report's text, JSON,
// Markdown and HTML, and the text of the PDF the wizard exports.
//
// The positions are found by this test's own patterns, not by Redactor's, so a field the redactor
// forgets still gets a canary. All positions of a paste are replaced at once: redaction goes by
// field, and each canary is unique, so a leak names its position.
class TestCanaryPositions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noCanaryInAnyOutput();
    void everyKindOfPositionIsCovered();

private:
    struct Paste {
        QString name;
        QString text;
    };
    QList<Paste> m_pastes;
    QTemporaryDir m_dir;
};

namespace {
// A place in a paste where a secret (or, for kind "key_id", an access key id) stands.
struct Position {
    qsizetype start = 0;
    qsizetype length = 0;
    QString kind;
};

struct Pattern {
    QString kind;
    QRegularExpression re; // the value is the named group "v"
};

const QList<Pattern> &patterns()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    // A value ends where a query, header, JSON or XML value ends.
    const QString value = QStringLiteral("(?<v>[^\\s&#\"'<>\\\\,;}]+)");
    static const QList<Pattern> list{
        // Query values of presigned URLs, of canonical query lines, and Signature= of V4 Authorization.
        {QStringLiteral("query"),
         QRegularExpression(QStringLiteral("(?:^|[?&;\\s\"'(])(?:q-signature|Signature|X-Amz-Signature|x-oss-signature|security-token|"
                                           "x-cos-security-token|X-Amz-Security-Token|x-oss-security-token|x-ci-security-token)=")
                                + value,
                            ci)},
        // Header lines, as sent, as dumped and as lines of a server's StringToSign or CanonicalRequest.
        {QStringLiteral("header"),
         QRegularExpression(QStringLiteral("(?:^|[\\s>\"'{,])(?:x-(?:cos|oss|amz|ci)-security-token|"
                                           "x-(?:amz|oss|cos)-(?:copy-source-)?server-side-encryption-customer-key)[\"']?\\s*:\\s*[\"']?")
                                + value,
                            ci)},
        // SigV2 "AWS id:signature" and OSS V1 "OSS id:signature" Authorization values.
        {QStringLiteral("authorization"),
         QRegularExpression(QStringLiteral("authorization[\"']?\\s*[:=]\\s*[\"']?(?:AWS|OSS)\\s+(?<id>[^:\\s\"']+):(?<v>[^\\s\"'<\\\\,]+)"),
                            ci)},
        // Credentials written as JSON, as a config file or as code.
        {QStringLiteral("named"),
         QRegularExpression(QStringLiteral("(?:^|[\\s{,\"'(])[\"']?(?:aws_secret_access_key|aws_session_token|accessKeySecret|access_key_secret|"
                                           "stsToken|securityToken|security_token|sessionToken|session_token|Token|TmpSecretKey|SecretKey|"
                                           "secret_key|SecretAccessKey|SignatureProvided|Token-0|Signature)[\"']?\\s*[:=]\\s*[\"']?")
                                + value,
                            ci)},
        // XML elements of error bodies, raw or HTML-escaped in a log line.
        {QStringLiteral("xml"),
         QRegularExpression(QStringLiteral("(?:<|&lt;)(?<tag>SignatureProvided|Token-0|SecurityToken|SessionToken|Signature|"
                                           "AccessKeySecret|SecretKey|SecretAccessKey)(?:>|&gt;)(?<v>[^<&]+)(?:</|&lt;/)\\k<tag>"))},
        // Access key ids. They are no secret (support needs them, reports show them), so their
        // canaries are not looked for; they vary the text next to the secrets instead.
        {QStringLiteral("key_id"),
         QRegularExpression(QStringLiteral("(?:(?:^|[?&\\s\"'(])(?:q-ak|OSSAccessKeyId|AWSAccessKeyId|X-Amz-Credential|x-oss-credential|Credential)"
                                           "=[\"']?|<(?:AWSAccessKeyId|OSSAccessKeyId|AccessKeyId)>)(?<v>[A-Za-z0-9._-]+)"),
                            ci)},
    };
    return list;
}

bool isPlaceholder(const QString &value)
{
    return value.startsWith(u'[') || value.startsWith(u'*') || value.startsWith(u'$') || value.startsWith(QChar(0x2588))
        || value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 || value.compare(QLatin1String("undefined"), Qt::CaseInsensitive) == 0;
}

QList<Position> findPositions(const QString &text)
{
    QList<Position> found;
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!isPlaceholder(m.captured(QStringLiteral("v"))))
                found.append({m.capturedStart(QStringLiteral("v")), m.capturedLength(QStringLiteral("v")), p.kind});
            if (m.capturedLength(QStringLiteral("id")) > 0)
                found.append({m.capturedStart(QStringLiteral("id")), m.capturedLength(QStringLiteral("id")), QStringLiteral("key_id")});
        }
    }
    // One canary per place: where two patterns find the same value, the first kind found keeps it.
    std::sort(found.begin(), found.end(), [](const Position &a, const Position &b) { return a.start < b.start; });
    QList<Position> distinct;
    for (const Position &p : found) {
        if (!distinct.isEmpty() && p.start < distinct.last().start + distinct.last().length)
            continue;
        distinct.append(p);
    }
    return distinct;
}

bool isHex(const QString &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return hex.match(value).hasMatch();
}

// A canary shaped like the value it replaces (hex for a hex signature, letters and digits
// otherwise, at least 20 characters), so a redaction that goes by shape is not dodged by the
// canary's form; its first 16 characters are unique, so a shortened copy is found too.
QString canary(int index, const QString &original)
{
    const int length = std::max<int>(20, int(original.size()));
    QString c = isHex(original) ? QStringLiteral("cafe%1").arg(index, 6, 16, QLatin1Char('0')) + QStringLiteral("d00d")
                                : QStringLiteral("CnRy%1").arg(index, 6, 10, QLatin1Char('0')) + QStringLiteral("Qzx");
    while (c.size() < length)
        c += isHex(original) ? QStringLiteral("b") : QStringLiteral("K");
    return c;
}

struct Seeded {
    QString text;
    QStringList secretCanaries; // the ones no output may hold
    QStringList keyIdCanaries;  // shown on purpose: they prove the outputs carry the pasted text
    QHash<QString, QString> kindOf;
};

Seeded seed(const QString &text, int *counter)
{
    Seeded s;
    s.text = text;
    const QList<Position> positions = findPositions(text);
    // From the end, so the earlier positions stay where they were found.
    for (qsizetype i = positions.size() - 1; i >= 0; --i) {
        const Position &p = positions.at(i);
        const QString c = canary(++*counter, text.mid(p.start, p.length));
        s.text.replace(p.start, p.length, c);
        if (p.kind != QLatin1String("key_id")) {
            s.secretCanaries.append(c);
            s.kindOf.insert(c, p.kind);
        } else {
            s.keyIdCanaries.append(c);
        }
    }
    return s;
}

QString leaks(const Seeded &seeded, const QString &where, const QString &output)
{
    QStringList found;
    for (const QString &c : seeded.secretCanaries) {
        const qsizetype at = output.indexOf(c.left(16));
        if (at >= 0) // with its surroundings, to tell which field leaked (a canary is no secret)
            found << QStringLiteral("%1 (%2) in \"%3\"").arg(seeded.kindOf.value(c), c, output.mid(qMax<qsizetype>(0, at - 60), 100));
    }
    return found.isEmpty() ? QString() : where + QStringLiteral(": ") + found.join(QStringLiteral(", "));
}
}

void TestCanaryPositions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString root = QStringLiteral(BUCKETDOCTOR_FIXTURES_DIR);
    QDirIterator it(root, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        m_pastes.append({QDir(root).relativeFilePath(path), QString::fromUtf8(file.readAll())});
    }
    QFile corpus(root + QStringLiteral("/realworld/cases.json"));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(corpus.readAll()).array();
    QVERIFY(cases.size() > 100);
    for (const QJsonValue &c : cases)
        m_pastes.append({QStringLiteral("realworld/") + c[QStringLiteral("id")].toString(), c[QStringLiteral("input")].toString()});
    std::sort(m_pastes.begin(), m_pastes.end(), [](const Paste &a, const Paste &b) { return a.name < b.name; });
    QVERIFY(m_pastes.size() > 500);
}

void TestCanaryPositions::noCanaryInAnyOutput()
{
    const DiagnosisEngine engine;
    QVERIFY2(engine.isValid(), qPrintable(engine.loadError()));
    QStringList found;
    int seededPastes = 0;
    int pdfs = 0;
    int counter = 0;
    int keyIdsShown = 0;
    for (const Paste &paste : std::as_const(m_pastes)) {
        const Seeded seeded = seed(paste.text, &counter);
        if (seeded.secretCanaries.isEmpty())
            continue; // nothing secret in it: nothing to leak
        ++seededPastes;
        DiagnoseOptions options;
        options.now = QDateTime(QDate(2024, 10, 15), QTime(9, 30), Qt::UTC); // the same ranking on every run
        const Diagnosis diagnosis = engine.diagnose(seeded.text, options);
        const QString json = QString::fromUtf8(DiagnosisFormatter::json(diagnosis));
        for (const QString &c : seeded.keyIdCanaries)
            keyIdsShown += json.contains(c) ? 1 : 0;
        // `diagnose` in each of its formats, as DiagnoseCommand writes them.
        found << leaks(seeded, paste.name + QStringLiteral(" diagnose text"), DiagnosisFormatter::text(diagnosis))
              << leaks(seeded, paste.name + QStringLiteral(" diagnose json"), json)
              << leaks(seeded, paste.name + QStringLiteral(" diagnose markdown"), DiagnosisFormatter::markdown(diagnosis));
        // `check --paste` and the wizard's export: a report around the same diagnosis.
        CheckRun run;
        run.provider = Providers::id(diagnosis.provider);
        run.endpoint = diagnosis.input.endpoint;
        run.bucket = diagnosis.input.bucket;
        run.objectKey = diagnosis.input.objectKey;
        run.accessKeyId = diagnosis.input.accessKeyId;
        found << leaks(seeded, paste.name + QStringLiteral(" check text"), CheckReport::text(run, diagnosis))
              << leaks(seeded, paste.name + QStringLiteral(" check json"), QString::fromUtf8(CheckReport::json(run, diagnosis)))
              << leaks(seeded, paste.name + QStringLiteral(" report markdown"), CheckReport::markdown(run, diagnosis));
        const QString html = CheckReport::html(run, diagnosis);
        found << leaks(seeded, paste.name + QStringLiteral(" report html"), html);
        // The PDF is drawn from that HTML; its text is read back as a user's PDF reader would.
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ReportExporter::writePdf(path, html, &error), qPrintable(error));
        QByteArray pdfText;
        QVERIFY2(PdfText::extract(path, &pdfText, &error), qPrintable(error));
        QVERIFY(!pdfText.isEmpty());
        ++pdfs;
        // pdftotext may break a long canary across lines: join them before looking.
        found << leaks(seeded, paste.name + QStringLiteral(" report pdf"), QString::fromUtf8(pdfText).remove(u'\n'));
    }
    qInfo("%d pastes with secrets, %d PDFs, %d key id canaries shown", seededPastes, pdfs, keyIdsShown);
    QVERIFY(seededPastes >= 60);
    // The outputs do carry what was pasted next to the secrets: a search that finds nothing
    // anywhere would prove nothing.
    QVERIFY(keyIdsShown >= 10);
    found.removeAll(QString());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestCanaryPositions::everyKindOfPositionIsCovered()
{
    // The finder itself must keep finding every kind, or the property above would hold vacuously.
    QHash<QString, int> byKind;
    for (const Paste &paste : std::as_const(m_pastes)) {
        const QList<Position> positions = findPositions(paste.text);
        if (paste.name.startsWith(QLatin1String("secrets/")))
            QVERIFY2(positions.size() >= 3, qPrintable(paste.name));
        for (const Position &p : positions)
            ++byKind[p.kind];
    }
    for (const QString &kind : {QStringLiteral("query"), QStringLiteral("header"), QStringLiteral("authorization"), QStringLiteral("named"),
                                QStringLiteral("xml"), QStringLiteral("key_id")})
        QVERIFY2(byKind.value(kind) >= 3, qPrintable(QStringLiteral("%1: %2").arg(kind).arg(byKind.value(kind))));
}

QTEST_MAIN(TestCanaryPositions)
#include "TestCanaryPositions.moc"
