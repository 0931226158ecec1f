// SPDX-License-Identifier: MIT
#pragma once

#include "recommendationthresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

class PriceCatalog;
struct UserProfile;

/** What verification would take, before anything is spent (SPEC §6, the sample-size planner): the catalog cost of one
 *  round prompt (the current model, each candidate the first iteration verifies, a judge call per answer, at the
 *  profile's token mix), how many prompts the budget buys, and how many prompts settle a candidate that is truly 1,
 *  2 or 3 % worse at a given spread of the paired quality differences. After a run the recommender plans from the
 *  observed spread instead (RecommendationCandidate::morePrompts). */
struct VerificationPlan
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::VerificationPlan)

public:
    /** The spread of paired judge-score differences, in percent of the baseline's mean, assumed when none is
     *  measured: what the simulator's judge gives (bench_verdicts) and what LLM judges typically give. */
    static constexpr double typicalSpreadPercent = 10.0;

    struct Row
    {
        double trueDeltaPercent = 0.0; // the candidate's quality change, percent of the baseline
        qint64 prompts = -1; // -1: beyond CandidateEvidence::planCap
        qint64 roundPrompts = -1; // the round that reaches it (beyond maxPrompts: prompts)
        double costUsd = 0.0; // of that round
    };

    QString currentModel;
    QString error; // why there is nothing to plan (no current model, not in the catalog, no cheaper candidate)
    QStringList candidates; // verified in the first iteration
    double costPerPromptUsd = 0.0;
    double spreadPercent = typicalSpreadPercent;
    qint64 refusalFloor = 0; // prompts the rate gates need even when nothing differs
    qint64 affordablePrompts = 0;
    QList<Row> rows;
    RecommendationThresholds thresholds;

    static VerificationPlan compute(const PriceCatalog &catalog, const UserProfile &profile,
                                    const RecommendationThresholds &thresholds, const QString &judgeModel,
                                    const QStringList &availableModels, double spreadPercent = typicalSpreadPercent);
    /** Catalog cost of one judge call on an answer at the profile's token mix (the prompt, the answer and the rubric
     *  in, the scores out). */
    static double judgeCostPerAnswer(const PriceCatalog &catalog, const UserProfile &profile,
                                     const QString &judgeModel);
    /** Recomputes what depends on the thresholds (the budget, the rounds) from the cost per prompt and the spread. */
    void update();
    QString toText() const;
};

} // namespace ShadowOptic
