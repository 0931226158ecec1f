// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evaluatorsample.h"
#include "recommend/recommendationthresholds.h"
#include "stats/noninferiorityresult.h"

#include <QList>
#include <QString>

#include <cmath>

namespace ShadowOptic {

/** Verification on the simulator, where the truth is known (issue 12, proof). A pool of generated prompts is answered
 *  once by the current model (a copy of the gpt-4o profile) and by candidates (copies with another seed salt and a
 *  lower quality), each answer refusal-checked by the RefusalDetector replays use, judged by SimulatedResponder::judge
 *  at gpt-4o-mini's quality and priced from the catalog (current model as gpt-4o, candidates as gpt-4o-mini). Every
 *  repetition draws the pool in a seeded random order and decides with the product's own code: rounds of
 *  RecommendationThresholds::nextRoundPrompts, CandidateEvidence::compute and verdict() after each; the old rule goes
 *  through ModelAggregateComparison and Recommender::confidence as it did before issue 12.
 *
 *  build() is the slow part (every answer of every quality level, on the global thread pool); the runs read the
 *  precomputed samples only and are thread-safe. */
class VerdictSimulation
{
public:
    struct Options
    {
        qint64 prompts = 3000;
        quint64 seed = 12;
        int lowestLevel = 74; // candidate quality levels answered: lowestLevel … the baseline's quality
        bool clusters = true; // samples carry the generated user ("user:…"), as the evaluator reads them
    };

    /** A candidate of a known quality: level `level` on most prompts, `level + 1` on the first `upper` prompts in a
     *  fixed hashed order, so its true delta can sit between two integer levels. */
    struct Candidate
    {
        QString name;
        int level = 0;
        qint64 upper = 0;
        double trueDeltaPercent = std::nan(""); // over the whole pool, in percent of the baseline's mean quality
    };

    struct Run
    {
        NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive;
        int prompts = 0; // when it stopped
    };

    struct Scenario
    {
        Candidate candidate;
        int repetitions = 0;
        double acceptRate = 0; // verdict Pass
        double failRate = 0;
        double capRate = 0; // still not decisive at maxPrompts
        int medianPrompts = 0; // of the accepted repetitions; 0 when none
        int p90Prompts = 0;
        int medianPromptsAll = 0; // of all repetitions
        double oldRuleAcceptRate = 0; // the pre-issue-12 rule on the first oldRulePrompts prompts
    };

    static constexpr int oldRulePrompts = 20;

    bool build(const Options &options, QString *error);

    qint64 poolSize() const { return m_baseline.size(); }
    int baselineLevel() const { return m_baselineLevel; }
    int lowestLevel() const { return m_lowestLevel; }
    double baselineMeanQuality() const { return m_baselineMean; }
    /** The true quality delta of a candidate in percent of the baseline mean, over the whole pool. */
    double trueDeltaPercent(int level, qint64 upper = 0) const;
    /** The candidate whose true delta is closest to targetPercent; with atMost, the closest not above it. */
    Candidate calibrate(const QString &name, double targetPercent, bool atMost) const;
    /** The full-refusal rate (percent of answered prompts) of a level, or of the baseline for level < 0. */
    double refusalRatePercent(int level) const;
    /** The pool's cost saving of a level against the baseline, in percent. */
    double savingPercent(int level) const;

    Run verify(const Candidate &c, quint64 seed, const RecommendationThresholds &t = {}) const;
    bool oldRuleAccepts(const Candidate &c, quint64 seed, const RecommendationThresholds &t = {}) const;
    /** Runs `repetitions` seeded verifications (and the old rule on the same draws) on the global thread pool. */
    Scenario run(const Candidate &c, int repetitions, quint64 seed, const RecommendationThresholds &t = {}) const;

private:
    QList<qsizetype> order(quint64 seed) const;
    const EvaluatorSample &candidateSample(const Candidate &c, qsizetype prompt) const;
    void samples(const Candidate &c, const QList<qsizetype> &order, qsizetype n, QList<EvaluatorSample> *baseline,
                 QList<EvaluatorSample> *candidate) const;

    int m_baselineLevel = 88;
    int m_lowestLevel = 74;
    QList<EvaluatorSample> m_baseline;
    QList<QList<EvaluatorSample>> m_levels; // [level - m_lowestLevel][prompt]
    QList<qsizetype> m_upperOrder; // prompts in the hashed order that decides which get level + 1
    QList<qsizetype> m_upperRank; // the inverse of m_upperOrder
    qint64 m_judgedPairs = 0;
    double m_baselineMean = 0;
};

} // namespace ShadowOptic
