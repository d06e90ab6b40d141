// VerdictScore counts, per verdict state, how often the verdict names the labelled category. The
// diagnoses are made by hand, so each one's state is known: a clear lead with evidence is
// "likely", two close causes of different categories are "undetermined", a cause a pasted fact
// proved is "confirmed".
#include "findings/VerdictScore.h"

#include <QTest>

namespace {
RankedCause cause(const QString &id, Category category, double rawScore, bool evidence)
{
    RankedCause c;
    c.id = id;
    c.category = category;
    c.rawScore = rawScore;
    if (evidence)
        c.evidence << Evidence{Statement{QStringLiteral("code"), {QStringLiteral("AccessDenied")}}};
    return c;
}

HeldOutResult result(Category label, QList<RankedCause> causes)
{
    HeldOutResult r;
    r.report.id = QStringLiteral("r");
    r.report.category = label;
    r.diagnosis.causes = causes;
    for (const RankedCause &c : causes)
        r.ranked << c.category;
    return r;
}
}

class TestVerdictScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEachStateAndWhetherItWasRight();
    void aDiagnosisWithoutCausesIsNotCounted();
    void splitsEachStateByTheKindOfStore();
    void groupsTheFirstCausesByTheShareShown();
    void countsWhetherTheQuestionCoversTheLabel();
};

void TestVerdictScore::countsEachStateAndWhetherItWasRight()
{
    // A clear lead (3 against 1) with evidence: likely, once right and once wrong.
    const QList<RankedCause> clear{cause(QStringLiteral("a"), Category::Referer, 3.0, true),
                                   cause(QStringLiteral("b"), Category::Cors, 1.0, true)};
    // Two close causes of different categories: undetermined; the label is the second (top-3 only).
    const QList<RankedCause> close{cause(QStringLiteral("a"), Category::Referer, 1.1, true),
                                   cause(QStringLiteral("b"), Category::Cors, 1.0, true)};
    RankedCause proved = cause(QStringLiteral("c"), Category::PresignExpired, 0.5, true);
    proved.state = CauseState::Confirmed;
    const QList<RankedCause> confirmed{proved, cause(QStringLiteral("a"), Category::Referer, 3.0, true)};

    const auto states = VerdictScore::byState({result(Category::Referer, clear), result(Category::Cors, clear),
                                               result(Category::Cors, close), result(Category::PresignExpired, confirmed)});
    QCOMPARE(states.keys(), (QStringList{QStringLiteral("confirmed"), QStringLiteral("likely"), QStringLiteral("undetermined")}));
    QCOMPARE(states.value(QStringLiteral("likely")).n, 2);
    QCOMPARE(states.value(QStringLiteral("likely")).top1, 1);
    QCOMPARE(states.value(QStringLiteral("likely")).top3, 2);
    QCOMPARE(states.value(QStringLiteral("undetermined")).n, 1);
    QCOMPARE(states.value(QStringLiteral("undetermined")).top1, 0);
    QCOMPARE(states.value(QStringLiteral("undetermined")).top3, 1);
    // The confirmed cause is the verdict even though another cause scores higher.
    QCOMPARE(states.value(QStringLiteral("confirmed")).n, 1);
    QCOMPARE(states.value(QStringLiteral("confirmed")).top1, 1);
}

void TestVerdictScore::aDiagnosisWithoutCausesIsNotCounted()
{
    QVERIFY(VerdictScore::byState({result(Category::Cors, {})}).isEmpty());
}

// COS and OSS by provider whatever the store field says; among provider-s3 reports, AWS's apart from
// every other store's.
void TestVerdictScore::splitsEachStateByTheKindOfStore()
{
    const QList<RankedCause> clear{cause(QStringLiteral("a"), Category::Referer, 3.0, true),
                                   cause(QStringLiteral("b"), Category::Cors, 1.0, true)};
    auto from = [&clear](Provider provider, const char *store, Category label) {
        HeldOutResult r = result(label, clear);
        r.report.provider = provider;
        r.report.store = QLatin1String(store);
        return r;
    };
    const auto groups = VerdictScore::byStateAndStore({from(Provider::S3, "aws", Category::Referer),
                                                       from(Provider::S3, "minio", Category::Cors),
                                                       from(Provider::S3, "r2", Category::Referer),
                                                       from(Provider::Cos, "tencent", Category::Referer),
                                                       from(Provider::Oss, "", Category::Cors)});
    QCOMPARE(groups.keys(), (QStringList{QStringLiteral("likely, aws"), QStringLiteral("likely, cos"), QStringLiteral("likely, oss"),
                                         QStringLiteral("likely, s3-compatible")}));
    QCOMPARE(groups.value(QStringLiteral("likely, s3-compatible")).n, 2);
    QCOMPARE(groups.value(QStringLiteral("likely, s3-compatible")).top1, 1);
    QCOMPARE(groups.value(QStringLiteral("likely, aws")).top1, 1);
    QCOMPARE(groups.value(QStringLiteral("likely, oss")).top1, 0);
}

void TestVerdictScore::groupsTheFirstCausesByTheShareShown()
{
    auto shown = [](Category category, double score) {
        RankedCause c = cause(QStringLiteral("a"), category, 1.0, true);
        c.score = score;
        return QList<RankedCause>{c};
    };
    // Two shown as 90 % (one right), one as 35 % (wrong), one as exactly 100 % (right, in the top step).
    const auto steps = VerdictScore::byShownShare({result(Category::Cors, shown(Category::Cors, 0.9)),
                                                    result(Category::Referer, shown(Category::Cors, 0.9)),
                                                    result(Category::Referer, shown(Category::Cors, 0.35)),
                                                    result(Category::Kms, shown(Category::Kms, 1.0)), HeldOutResult{}});
    QCOMPARE(steps.keys(), (QList<int>{1, 4}));
    QCOMPARE(steps.value(4).n, 3);
    QCOMPARE(steps.value(4).right, 2);
    QCOMPARE(steps.value(4).sharedSum, 2.8);
    QCOMPARE(steps.value(1).n, 1);
    QCOMPARE(steps.value(1).right, 0);
}

void TestVerdictScore::countsWhetherTheQuestionCoversTheLabel()
{
    // Two close causes of different categories, each with its own guide question: undetermined,
    // and the question separates the referer cause from the CORS one.
    auto close = [] {
        RankedCause a = cause(QStringLiteral("a"), Category::Referer, 1.1, true);
        a.checks << GuideCheck{QStringLiteral("Does hotlink protection refuse the Referer?"), QStringLiteral("referer")};
        RankedCause b = cause(QStringLiteral("b"), Category::Cors, 1.0, true);
        b.checks << GuideCheck{QStringLiteral("Did CORS refuse it?"), QStringLiteral("cors")};
        RankedCause c = cause(QStringLiteral("c"), Category::Kms, 0.2, true);
        return QList<RankedCause>{a, b, c};
    };
    // A clear lead is likely and not counted; a close pair without questions is not counted either.
    const QList<RankedCause> clear{cause(QStringLiteral("a"), Category::Referer, 3.0, true),
                                   cause(QStringLiteral("b"), Category::Cors, 1.0, true)};
    const QList<RankedCause> noQuestions{cause(QStringLiteral("a"), Category::Referer, 1.1, true),
                                         cause(QStringLiteral("b"), Category::Cors, 1.0, true)};
    const VerdictScore::QuestionScore score = VerdictScore::byQuestion(
        {result(Category::Cors, close()), result(Category::Referer, close()), result(Category::Kms, close()),
         result(Category::Cors, clear), result(Category::Cors, noQuestions)});
    QCOMPARE(score.n, 3);
    QCOMPARE(score.covered, 2);
}

QTEST_GUILESS_MAIN(TestVerdictScore)
#include "TestVerdictScore.moc"
