// The user's answers to the guide questions no live check answers (findings/UserAnswers): an answer
// that points at the node's cause raises that cause alone, the other answer lowers it, "don't know"
// changes nothing, and no answer ever confirms or rules out a cause.
#include "diagnosis/DiagnosisEngine.h"
#include "findings/UserAnswers.h"
#include "text/UserText.h"

#include <QTest>

namespace {
const char *const kExpired = "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>";
const char *const kMismatch = "<Error><Code>AccessDenied</Code><Message>SignatureDoesNotMatch</Message></Error>";

const RankedCause *cause(const Diagnosis &d, const QString &id)
{
    for (const RankedCause &c : d.causes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

double raw(const Diagnosis &d, const QString &id)
{
    const RankedCause *c = cause(d, id);
    return c ? c->rawScore : -1;
}
}

class TestUserAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questionsAreTheNodesWithoutACheck();
    void yesRaisesNoLowersDontKnowKeeps();
    void aFaultIsNoQuestionRaisesOnNo();
    void answersNeverSettleACause();
    void theTreeRejectsAnUnknownFaultAnswer();
    void cosGuideEndsWithContactSupport();

private:
    Diagnosis diagnose(const char *text, const QHash<QString, UserAnswers::Answer> &answers) const;
    DiagnosisEngine m_engine;
};

Diagnosis TestUserAnswers::diagnose(const char *text, const QHash<QString, UserAnswers::Answer> &answers) const
{
    DiagnoseOptions options;
    options.provider = Provider::Cos;
    const Diagnosis first = m_engine.diagnose(QString::fromLatin1(text), options);
    options.findings = UserAnswers::toFindings(m_engine.tree(Provider::Cos), first.matchedSymptom, answers);
    return m_engine.diagnose(QString::fromLatin1(text), options);
}

void TestUserAnswers::questionsAreTheNodesWithoutACheck()
{
    DiagnoseOptions options;
    options.provider = Provider::Cos;
    const Diagnosis d = m_engine.diagnose(QString::fromLatin1(kExpired), options);
    QCOMPARE(d.matchedSymptom, QStringLiteral("cos.sym.request_has_expired"));
    const QList<TreeNode> nodes = UserAnswers::userQuestions(m_engine.tree(Provider::Cos), d.matchedSymptom);
    QCOMPARE(nodes.size(), 1);
    QCOMPARE(nodes.first().cause, QStringLiteral("cos.time.signature_expired"));
    QVERIFY(nodes.first().check.isEmpty());
}

void TestUserAnswers::yesRaisesNoLowersDontKnowKeeps()
{
    const QString question = QStringLiteral("Was the request sent after the end time in q-sign-time?");
    const QString expired = QStringLiteral("cos.time.signature_expired");
    const Diagnosis none = diagnose(kExpired, {});
    const Diagnosis yes = diagnose(kExpired, {{question, UserAnswers::Answer::Yes}});
    const Diagnosis no = diagnose(kExpired, {{question, UserAnswers::Answer::No}});
    const Diagnosis dontKnow = diagnose(kExpired, {{question, UserAnswers::Answer::DontKnow}});
    QVERIFY(raw(none, expired) > 0);
    QVERIFY(raw(yes, expired) > raw(none, expired));
    QCOMPARE(yes.causes.first().id, expired);
    QVERIFY(raw(no, expired) < raw(none, expired));
    QVERIFY(no.causes.first().id != expired);
    // "Don't know" is no evidence: the ranking stays as it was, cause for cause.
    QCOMPARE(dontKnow.causes.size(), none.causes.size());
    for (int i = 0; i < none.causes.size(); ++i) {
        QCOMPARE(dontKnow.causes.at(i).id, none.causes.at(i).id);
        QCOMPARE(dontKnow.causes.at(i).rawScore, none.causes.at(i).rawScore);
    }
    // The answer is cited as evidence, in words.
    bool cited = false;
    for (const Evidence &e : cause(yes, expired)->evidence) {
        if (e.what.id == QLatin1String("user_answer")) {
            cited = true;
            QVERIFY(!e.against);
            QVERIFY(UserText::evidence(e).contains(QLatin1String("q-sign-time")));
        }
    }
    QVERIFY(cited);
}

void TestUserAnswers::aFaultIsNoQuestionRaisesOnNo()
{
    // "Does your signature equal the one the COS signature tool computes?": no points at the cause.
    const QString question = QStringLiteral("Does your signature equal the one the COS signature tool computes for the same request?");
    const QString mismatch = QStringLiteral("cos.sig.httpstring_mismatch");
    const QString sibling = QStringLiteral("cos.sig.signed_header_changed"); // same category, another node
    const Diagnosis none = diagnose(kMismatch, {});
    const Diagnosis no = diagnose(kMismatch, {{question, UserAnswers::Answer::No}});
    const Diagnosis yes = diagnose(kMismatch, {{question, UserAnswers::Answer::Yes}});
    QVERIFY(raw(no, mismatch) > raw(none, mismatch));
    QVERIFY(raw(yes, mismatch) < raw(none, mismatch));
    // The answer concerns its node's cause alone, not every cause of the category.
    QCOMPARE(raw(no, sibling), raw(none, sibling));
    QCOMPARE(raw(yes, sibling), raw(none, sibling));
}

void TestUserAnswers::answersNeverSettleACause()
{
    const QString question = QStringLiteral("Was the request sent after the end time in q-sign-time?");
    for (const auto answer : {UserAnswers::Answer::Yes, UserAnswers::Answer::No}) {
        const Diagnosis d = diagnose(kExpired, {{question, answer}});
        for (const RankedCause &c : d.causes)
            QCOMPARE(c.state, CauseState::Open);
    }
}

void TestUserAnswers::theTreeRejectsAnUnknownFaultAnswer()
{
    const QByteArray tree = R"({"provider":"cos","causes":[{"id":"cos.a","category":"other","title":"A","steps":["Fix it."],"source":"s"}],
        "symptoms":[{"id":"cos.sym.a","title":"A","source":"s","match":{"codes":["A"]},
        "nodes":[{"question":"Q?","check":"","cause":"cos.a","weight":1,"fault":"maybe"}]}]})";
    QString error;
    QVERIFY(DecisionTree::fromJson(tree, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("fault")));
    QByteArray good = tree;
    good.replace("\"maybe\"", "\"no\"");
    const DecisionTree parsed = DecisionTree::fromJson(good, &error);
    QVERIFY2(!parsed.isEmpty(), qPrintable(error));
    QVERIFY(parsed.symptoms().first().nodes.first().faultIsNo);
}

void TestUserAnswers::cosGuideEndsWithContactSupport()
{
    // The COS guide's sections that end with "contact us" (001_d44fcb444f396322.txt), each by its message.
    const QStringList ends{QStringLiteral("cos.sym.access_denied"),          QStringLiteral("cos.sym.referer_denied"),
                           QStringLiteral("cos.sym.invalid_access_key_id"),  QStringLiteral("cos.sym.invalid_object_state"),
                           QStringLiteral("cos.sym.request_time_too_skewed"), QStringLiteral("cos.sym.request_has_expired"),
                           QStringLiteral("cos.sym.signature_does_not_match")};
    int found = 0;
    for (const TreeSymptom &s : m_engine.tree(Provider::Cos).symptoms()) {
        if (ends.contains(s.id)) {
            QVERIFY2(s.contactSupport.contains(QLatin1String("support")), qPrintable(s.id));
            ++found;
        }
    }
    QCOMPARE(found, ends.size());
}

QTEST_GUILESS_MAIN(TestUserAnswers)
#include "TestUserAnswers.moc"
