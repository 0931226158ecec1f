// SPDX-License-Identifier: MIT
#pragma once

#include "candidatediscovery.h"
#include "catalog/pricecatalog.h"
#include "recommendation.h"
#include "replay/replayjob.h"
#include "replay/replayoptions.h"
#include "replay/replaytarget.h"

#include <QElapsedTimer>
#include <QObject>

namespace ShadowOptic {

class JudgeClient;
class ReplayEngine;
struct JudgeSummary;
struct ReplayProgress;

/**
 * The three-layer recommendation pipeline of SPEC §6: discovery → use-case fit → verification → decision, moving to
 * a stronger band when every candidate of a band fails, up to maxIterations, within the verification budget.
 *
 * Verification runs in rounds on one paired sample: round r replays the first 20, 40, 80, … prompts of a seeded
 * pool (RecommendationThresholds::nextRoundPrompts, at most maxPrompts) on the current model and on the band's
 * candidates that are still open, judges both and judges each candidate on anytime-valid intervals
 * (CandidateEvidence): pass, fail or not decisive. A candidate leaves the rounds once it is decisive, or once a
 * cheaper-saving rival has passed; the rounds end when none is open, the budget cannot buy a useful round or the
 * pool is used up. Looking after every round is safe because the intervals are confidence sequences. A band that
 * ends with an open candidate and none passed answers "not decisive" with the planner's estimate (more prompts,
 * dollars, seconds) instead of guessing.
 *
 * Stored replays of the same prompt and model on a target with the same identity and catalog version are reused
 * (ReplayReuse), and judged ones are not judged again: verification pays only for what is missing, which is what
 * makes continuing a not-decisive recommendation cheap.
 *
 * Lives in the caller's thread and needs its event loop; database work runs on the thread pool. Emits
 * finished() exactly once per successful start(), also after cancel().
 */
class Recommender : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        UserProfile profile; // empty currentModel = the most logged model
        RecommendationThresholds thresholds;
        QString judgeModel = QStringLiteral("gpt-4o-mini");
        int sampleSize = 20; // prompts in the first round (overrides thresholds.firstRoundPrompts when > 0)
        quint64 seed = 1;
        ReplayOptions replay; // budgetUsd is replaced by the verification budget
        QStringList availableModels; // what the target serves; empty = anything
        bool measureFromLogs = true;
    };

    explicit Recommender(QObject *parent = nullptr);
    ~Recommender() override;

    bool start(const QString &projectPath, const ReplayTarget &target, const Options &options, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

    /** Confidence in a verified comparison, 0–1: n/(n+10) for the paired judged samples, times the
     *  precision of the quality delta, clamp(1 − CI half-width in % of the baseline / 10, 0, 1), times the
     *  share of valid judge answers. 20 pairs with a ±3 % CI and no format failures give 0.47. */
    static double confidence(qint64 qualityPairs, double halfWidthPercent, double formatFailureRate);
    /** Fills a candidate's verification numbers and its interval evidence (CandidateEvidence) from the report and
     *  judges it: fail on a profile constraint or a decisively failed gate, pass when every gate passes, else not
     *  decisive yet (verdict, whyNot). The heuristic confidence is filled for display only. */
    static void verify(RecommendationCandidate *candidate, const EvaluatorReport &report, const UserProfile &profile,
                       const RecommendationThresholds &thresholds, int iteration);
    /** Chooses among verified candidates (largest measured saving among those that passed; the runner-up is the
     *  fallback), fills the sentence, reasons, business impact, segments and Portkey config. */
    static Recommendation decide(const QList<RecommendationCandidate> &candidates, const EvaluatorReport &report,
                                 const UserProfile &profile, const RecommendationThresholds &thresholds,
                                 double currentCatalogCost, const PriceCatalog &catalog, const QString &noneReason);
    /** "No decisive answer yet: gpt-4o-mini is 94.0% cheaper, its quality is between 6.0% worse and 1.0% better
     *  than gpt-4o (80 prompts). About 120 more prompts (≈ $0.09, ≈ 2 min) would settle it." */
    static QString notDecisiveSentence(const RecommendationCandidate &candidate, const QString &currentModel);
    /** Best model per metadata.use_case segment on the report's paired samples (≥ 3 judged pairs a segment). */
    static QList<SegmentRecommendation> segments(const EvaluatorReport &report, const QStringList &candidates,
                                                 const QString &currentModel,
                                                 const RecommendationThresholds &thresholds);
    /** Per metadata.use_case segment, routed so that it agrees with the headline: every segment follows
     *  headlineModel (the recommended model, else the current one) unless it has evidence of its own that passes
     *  the same thresholds (at least minSamples judged pairs): a segment where the headline model drops too
     *  much goes to the best passing alternative (else stays on the current model), and without a
     *  recommendation a segment moves only to a candidate that passes there. */
    static QList<SegmentRecommendation> segments(const EvaluatorReport &report, const QStringList &candidates,
                                                 const QString &currentModel, const QString &headlineModel,
                                                 const RecommendationThresholds &thresholds);

signals:
    void progressChanged(int permille, const QString &text);
    void finished(const ShadowOptic::Recommendation &recommendation);
    void failed(const QString &message);

private:
    struct Prepared;
    void onPrepared(const std::shared_ptr<const Prepared> &prepared);
    void nextIteration();
    void nextRound();
    void onReplayFinished(const ReplayProgress &progress);
    void judgeRound();
    void onJudgeFinished(const JudgeSummary &summary);
    void onEvaluated(const EvaluatorReport &report, const QString &error);
    /** The band's rounds are over: recommend, say it is not decisive, or move to the next band. */
    void endBand(const QString &stopReason);
    /** The planner: more prompts, cost and time each not-decisive candidate needs, at the observed spread. */
    void plan();
    /** A failed gateway ends without storing a recommendation (save = false). */
    void finish(const QString &noneReason, bool save = true);
    double remainingBudget() const;
    double costPerPrompt(const QStringList &models) const;
    /** Measured in this verification, else the catalog price at the profile's token mix. */
    double judgeCostPerAnswer() const;

    ReplayEngine *m_engine;
    JudgeClient *m_judge;
    QString m_project;
    ReplayTarget m_target;
    Options m_options;
    UserProfile m_profile;
    qint64 m_profileId = 0;
    PriceCatalog m_catalog;
    CandidateDiscovery::Result m_discovery;
    QList<RecommendationCandidate> m_candidates; // eligible, updated as they are verified
    QStringList m_bandModels; // verified in the current iteration
    QStringList m_activeModels; // of the band, still not decisive: replayed in the next round
    QList<qint64> m_runIds;
    QString m_sampleModel; // logs of this model form the sample (empty = all logs)
    QStringList m_sampleLogIds; // the pool rounds draw from, in order; prompts with stored replays first
    QString m_targetIdentity;
    QHash<QString, qint64> m_picks; // ReplayReuse::key(model, logId) → the run whose replay counts
    QHash<QString, qint64> m_iterationPicks; // this iteration's, to judge
    QList<ReplayJob> m_iterationJobs; // this iteration's missing replays
    qint64 m_reused = 0;
    qint64 m_replayed = 0;
    EvaluatorReport m_report;
    int m_iteration = 0;
    int m_round = 0; // over all bands
    int m_roundPrompts = 0; // the band's sample so far: the first m_roundPrompts of m_sampleLogIds
    int m_roundNewPrompts = 0;
    double m_spent = 0.0;
    double m_judgeSpent = 0.0;
    qint64 m_judgedAnswers = 0;
    QElapsedTimer m_roundTimer;
    qint64 m_activeMs = 0; // wall time of the rounds, for the planner's time estimate
    qint64 m_promptsTimed = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace ShadowOptic
