// SPDX-License-Identifier: MIT
#include "charts/forestplot.h"
#include "charts/precisionchart.h"
#include "docks/recommendationpage.h"
#include "recommend/recommendation.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ShadowOptic;

/** The Recommendation panel on a not-decisive outcome: the planner's sentence as the headline, the evidence charts,
 *  the verdict per candidate and "Continue verification" with the budget and cap the planner asks for. */
class TestRecommendationPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static RecommendationCandidate candidate(const QString &model, NonInferiorityVerdict verdict, double lower,
                                             double upper)
    {
        RecommendationCandidate c;
        c.model = model;
        c.stage = RecommendationCandidate::Stage::Verified;
        c.verdict = verdict;
        c.evidence.pairs = 36;
        c.evidence.qualityPairs = 36;
        c.evidence.quality.interval = ConfidenceInterval { (lower + upper) / 2, lower, upper, 0.95 };
        c.history.append({ 1, 20, 0.01, ConfidenceInterval { (lower + upper) / 2, lower - 4, upper + 4, 0.95 } });
        c.history.append({ 2, 36, 0.02, c.evidence.quality.interval });
        if (verdict != NonInferiorityVerdict::Pass)
            c.whyNot.append(QStringLiteral("reason of %1").arg(model));
        return c;
    }

    static Recommendation notDecisive(qint64 morePrompts)
    {
        Recommendation r;
        r.status = Recommendation::Status::NotDecisive;
        r.currentModel = QStringLiteral("gpt-4o");
        r.reason = QStringLiteral("No decisive answer yet: gpt-4o-mini is 94.3% cheaper, its quality is between "
                                  "8.5% worse and 0.5% better than gpt-4o (36 prompts). About 733 more prompts "
                                  "(≈ $13.01, ≈ 40 s) would settle it.");
        r.reasons.append(QStringLiteral("The verification budget of $0.02 is used up ($0.0213 spent)."));
        r.sampleSize = 36;
        r.verificationCostUsd = 0.0213;
        r.iterations = 1;
        RecommendationCandidate open
            = candidate(QStringLiteral("gpt-4o-mini"), NonInferiorityVerdict::Inconclusive, -8.5, 0.5);
        open.estimatedSavingPercent = 94.3;
        open.morePrompts = morePrompts;
        open.moreCostUsd = morePrompts > 0 ? 13.01 : std::nan("");
        open.moreSeconds = 40;
        r.candidates.append(open);
        r.candidates.append(candidate(QStringLiteral("claude-3-5-haiku"), NonInferiorityVerdict::Fail, -20, -9));
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p.sqlite"));
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
    }

    void notDecisive()
    {
        Session session;
        RecommendationPage page(&session, nullptr);
        page.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QCOMPARE(page.maxPrompts(), RecommendationThresholds().maxPrompts);
        QCOMPARE(page.verificationBudget(), RecommendationThresholds().verificationBudgetUsd);
        QVERIFY(page.continueButton()->isHidden());

        const Recommendation r = notDecisive(733);
        page.showRecommendation(r);
        QCOMPARE(page.sentenceLabel()->text(), r.reason);
        QVERIFY(page.sentenceLabel()->wordWrap());
        QCOMPARE(page.sentenceLabel()->palette().color(QPalette::WindowText),
                 ForestPlot::verdictColor(NonInferiorityVerdict::Inconclusive, page.palette()));
        QCOMPARE(page.forestPlot()->rowCount(), 2);
        QCOMPARE(page.precisionChart()->seriesCount(), 2);

        QVERIFY(!page.continueButton()->isHidden());
        QVERIFY(page.continueButton()->isEnabled());
        // budget = max($1.00, $0.0213 + 1.25 × $13.01) = $16.2838 → $16.29; cap = max(640, 36 + 733) = 769
        QCOMPARE(page.continueBudgetUsd(), 16.29);
        QCOMPARE(page.continueMaxPrompts(), 769);
        QVERIFY(page.continueNote()->text().contains(QStringLiteral("769")));

        // A budget already higher stays.
        page.setVerificationBudget(50.0);
        QCOMPARE(page.continueBudgetUsd(), 50.0);
        page.setVerificationBudget(1.0);
        page.setMaxPrompts(2000);
        QCOMPARE(page.continueMaxPrompts(), 2000);
        page.setMaxPrompts(640);

        // The verdict of each verified candidate in the why-not tree.
        QTreeWidget *tree = page.whyNotTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(2), Recommendation::verdictText(NonInferiorityVerdict::Inconclusive));
        QCOMPARE(tree->topLevelItem(1)->text(2), Recommendation::verdictText(NonInferiorityVerdict::Fail));

        // Continuing sets the raised budget and cap, then runs (the empty project fails or finishes at once).
        page.continueButton()->click();
        QCOMPARE(page.verificationBudget(), 16.29);
        QCOMPARE(page.maxPrompts(), 769);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    }

    void onTheMargin()
    {
        Session session;
        RecommendationPage page(&session, nullptr);
        page.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        page.showRecommendation(notDecisive(-1));
        QVERIFY(!page.continueButton()->isHidden());
        QVERIFY(!page.continueButton()->isEnabled());
        QVERIFY(page.continueNote()->text().contains(QStringLiteral("margin")));
    }

    void recommendedHidesContinue()
    {
        Session session;
        RecommendationPage page(&session, nullptr);
        Recommendation r = notDecisive(733);
        r.status = Recommendation::Status::Recommended;
        r.candidates[0].verdict = NonInferiorityVerdict::Pass;
        r.recommended = r.candidates.at(0);
        page.showRecommendation(r);
        QVERIFY(page.continueButton()->isHidden());
        QVERIFY(page.sentenceLabel()->text() != r.reason);
        QCOMPARE(page.forestPlot()->rowCount(), 2);
    }
};

QTEST_MAIN(TestRecommendationPage)
#include "tst_recommendationpage.moc"
