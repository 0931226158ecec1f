// SPDX-License-Identifier: MIT
// The pieces a verdict is made of: the paired differences and their spread corrections, one gate's three-way
// verdict, and a candidate's evidence from paired samples.
#include "catalog/pricecatalog.h"
#include "eval/evaluatorsample.h"
#include "recommend/candidateevidence.h"
#include "recommend/userprofile.h"
#include "recommend/verificationplan.h"
#include "stats/confidencesequence.h"
#include "stats/paireddifferences.h"

#include <QTest>

using namespace ShadowOptic;

namespace {

EvaluatorSample sample(const QString &model, int i, double quality, double cost, bool refused = false,
                       const QString &cluster = QString())
{
    EvaluatorSample s;
    s.logId = QString::number(i);
    s.model = model;
    s.success = true;
    s.judged = true;
    s.quality = quality;
    s.costUsd = cost;
    s.refusalKind = refused ? QStringLiteral("full") : QStringLiteral("none");
    s.cluster = cluster;
    return s;
}

} // namespace

class TestPairedEvidence : public QObject
{
    Q_OBJECT

private slots:
    void binaryDifferencesNeverHaveZeroSpread()
    {
        // 40 prompts both models answered alike: the plain spread is 0 and would "prove" equal refusal rates.
        PairedDifferences d(PairedDifferences::Kind::Binary);
        for (int i = 0; i < 40; ++i)
            d.add(0.0);
        QCOMPARE(d.mean(), 0.0);
        QVERIFY(qAbs(d.spread() - std::sqrt(1.0 / 42.0)) < 1e-12);
        const ConfidenceInterval ci = d.interval(0.05, 80);
        QVERIFY(ci.upper > 0.05); // cannot yet rule out 5 points more refusals
        // 160 such prompts can.
        for (int i = 0; i < 120; ++i)
            d.add(0.0);
        QVERIFY(d.interval(0.05, 80).upper < 0.05);
        // Discordant pairs widen it: E[D²] with one pseudo-discordant pair.
        d.add(1.0);
        d.add(1.0);
        QVERIFY(qAbs(d.spread() - std::sqrt(3.0 / 164.0)) < 1e-12);
    }

    void clustersInflateTheSpread()
    {
        // 20 users with 10 prompts each, every user's prompts moved together: the effective sample is 20, not 200.
        PairedDifferences independent, clustered;
        for (int u = 0; u < 20; ++u) {
            const double userShift = (u % 2 == 0 ? 4.0 : -4.0);
            for (int k = 0; k < 10; ++k) {
                const double x = userShift + (k % 2 == 0 ? 0.5 : -0.5);
                independent.add(x);
                clustered.add(x, QStringLiteral("user:%1").arg(u));
            }
        }
        QCOMPARE(independent.designEffect(), 1.0);
        QCOMPARE(clustered.clusters(), 20);
        QVERIFY2(clustered.designEffect() > 8.0, qPrintable(QString::number(clustered.designEffect())));
        QVERIFY(clustered.interval(0.05, 80).upper - clustered.interval(0.05, 80).lower
                > 2.5 * (independent.interval(0.05, 80).upper - independent.interval(0.05, 80).lower));
        QCOMPARE(clustered.mean(), independent.mean()); // the estimate stays the per-prompt mean
        // One prompt per user: no inflation.
        PairedDifferences singletons;
        for (int i = 0; i < 50; ++i)
            singletons.add(i % 3, QStringLiteral("user:%1").arg(i));
        QCOMPARE(singletons.designEffect(), 1.0);
    }

    void gateSides()
    {
        ConfidenceInterval ci;
        ci.estimate = -2.0;
        ci.lower = -4.0;
        ci.upper = -0.5;
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::LowerAbove, ci, -5.0, 0).verdict, NonInferiorityVerdict::Pass);
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::LowerAbove, ci, -3.0, 0).verdict,
                 NonInferiorityVerdict::Inconclusive);
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::LowerAbove, ci, 0.0, 0).verdict, NonInferiorityVerdict::Fail);
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::UpperBelow, ci, 0.0, 0).verdict, NonInferiorityVerdict::Pass);
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::UpperBelow, ci, -5.0, 0).verdict, NonInferiorityVerdict::Fail);
        QCOMPARE(GateEvidence::judge(GateEvidence::Side::UpperBelow, ConfidenceInterval(), 5.0, 0).verdict,
                 NonInferiorityVerdict::Inconclusive);
        for (NonInferiorityVerdict v :
             { NonInferiorityVerdict::Pass, NonInferiorityVerdict::Fail, NonInferiorityVerdict::Inconclusive })
            QCOMPARE(GateEvidence::verdictFromName(GateEvidence::verdictName(v)), v);
    }

    void candidateEvidenceFromPairs()
    {
        // 200 prompts: the candidate scores 2 points (of 80) lower, costs a tenth, refuses on 2 prompts more.
        QList<EvaluatorSample> base, cand;
        for (int i = 0; i < 200; ++i) {
            const double noise = (i % 5) - 2.0;
            base.append(
                sample(QStringLiteral("gpt-4o"), i, 80.0 + noise, 0.01, false, QStringLiteral("user:%1").arg(i)));
            cand.append(sample(QStringLiteral("mini"), i, 78.0 + noise * 1.5, 0.001, i == 100 || i == 150));
        }
        const RecommendationThresholds t;
        const CandidateEvidence e = CandidateEvidence::compute(base, cand, t);
        QCOMPARE(e.pairs, 200);
        QCOMPARE(e.qualityPairs, 200);
        QCOMPARE(e.unit, QStringLiteral("user"));
        QCOMPARE(e.clusters, 200);
        QVERIFY(qAbs(e.quality.interval.estimate - (-2.5)) < 1e-9); // −2 of 80 points
        QVERIFY(qAbs(e.marginPoints - 4.0) < 1e-9); // 5 % of 80
        QCOMPARE(e.quality.verdict, NonInferiorityVerdict::Pass);
        QVERIFY(qAbs(e.saving.interval.estimate - 90.0) < 1e-9);
        QCOMPARE(e.saving.verdict, NonInferiorityVerdict::Pass);
        QVERIFY(qAbs(e.refusal.interval.estimate - 1.0) < 1e-9); // points
        QCOMPARE(e.refusal.verdict, NonInferiorityVerdict::Pass);
        QCOMPARE(e.verdict(), NonInferiorityVerdict::Pass);
        QCOMPARE(e.pairsToSettle(), 0);
        const CandidateEvidence back = CandidateEvidence::fromJson(e.toJson());
        QCOMPARE(back.toJson(), e.toJson());

        // The first 20 of them: not decisive, and the planner asks for more than 20 pairs but fewer than 200.
        const CandidateEvidence early = CandidateEvidence::compute(base.mid(0, 20), cand.mid(0, 20), t);
        QCOMPARE(early.verdict(), NonInferiorityVerdict::Inconclusive);
        QVERIFY2(early.pairsToSettle() > 20 && early.pairsToSettle() <= 200,
                 qPrintable(QString::number(early.pairsToSettle())));
    }

    void planBeforeARun()
    {
        UserProfile profile;
        profile.currentModel = QStringLiteral("gpt-4o");
        RecommendationThresholds t;
        VerificationPlan plan
            = VerificationPlan::compute(PriceCatalog::defaultCatalog(), profile, t, QStringLiteral("gpt-4o-mini"), {});
        QCOMPARE(plan.candidates.size(), t.verifiedCandidates);
        // gpt-4o alone is $0.00325 at 500/200 tokens: a prompt costs more than that, and not wildly more.
        QVERIFY2(plan.costPerPromptUsd > 0.00325 && plan.costPerPromptUsd < 0.01,
                 qPrintable(QString::number(plan.costPerPromptUsd)));
        QCOMPARE(plan.affordablePrompts, qint64(std::floor(1.0 / plan.costPerPromptUsd)));
        QCOMPARE(plan.rows.size(), 3);
        QVERIFY(plan.rows.at(0).prompts > 0 && plan.rows.at(0).prompts < plan.rows.at(1).prompts
                && plan.rows.at(1).prompts < plan.rows.at(2).prompts); // closer to the margin takes more
        for (const VerificationPlan::Row &r : plan.rows)
            QVERIFY(r.roundPrompts >= r.prompts && r.prompts >= plan.refusalFloor);
        QVERIFY(plan.refusalFloor > 40 && plan.refusalFloor <= 80);
        plan.thresholds.verificationBudgetUsd = 0.1;
        plan.update();
        QCOMPARE(plan.affordablePrompts, qint64(std::floor(0.1 / plan.costPerPromptUsd)));
        QVERIFY(plan.toText().contains(QStringLiteral("more than the budget buys")));

        // Nothing to plan is said, not printed as a plan of nothing at $0.
        QVERIFY(plan.error.isEmpty());
        profile.currentModel = QStringLiteral("no-such-model");
        QVERIFY(
            !VerificationPlan::compute(PriceCatalog::defaultCatalog(), profile, t, QStringLiteral("gpt-4o-mini"), {})
                 .error.isEmpty());
        profile.currentModel.clear();
        QVERIFY(
            !VerificationPlan::compute(PriceCatalog::defaultCatalog(), profile, t, QStringLiteral("gpt-4o-mini"), {})
                 .error.isEmpty());
    }

    void plannerMatchesTheHalfWidth()
    {
        // The planner's count is the first n at which the half-width at the observed spread clears the distance.
        PairedDifferences d;
        for (int i = 0; i < 30; ++i)
            d.add(-2.0 + ((i * 7) % 11 - 5) * 1.2);
        const double threshold = -4.0;
        const qint64 n = d.countToExclude(threshold, 0.05, 80, 100000);
        QVERIFY(n > 30);
        const double distance = std::abs(d.mean() - threshold);
        QVERIFY(ConfidenceSequence::halfWidth(n, d.effectiveSd(), 0.05, 80) < distance);
        QVERIFY(ConfidenceSequence::halfWidth(n - 1, d.effectiveSd(), 0.05, 80) >= distance);
    }
};

QTEST_GUILESS_MAIN(TestPairedEvidence)
#include "tst_pairedevidence.moc"
