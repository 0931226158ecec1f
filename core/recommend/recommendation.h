// SPDX-License-Identifier: MIT
#pragma once

#include "businessimpact.h"
#include "eval/evaluatorreport.h"
#include "recommendationcandidate.h"
#include "recommendationthresholds.h"
#include "segmentrecommendation.h"
#include "userprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <optional>

namespace ShadowOptic {

/** The outcome of the three-layer pipeline (SPEC §6): a value snapshot for the Recommendation panel, the
 *  CLI and the report. toJson() is what the `recommendations` table stores. */
struct Recommendation
{
    enum class Status {
        Recommended, // a candidate passed every gate decisively: switch
        NotDecisive, // no candidate passed, at least one is not decisive yet (more prompts could settle it)
        NoRecommendation, // every verified candidate failed (or none could be verified)
    };

    Status status = Status::NoRecommendation;
    QString currentModel;
    std::optional<RecommendationCandidate> recommended;
    std::optional<RecommendationCandidate> fallback; // the runner-up
    QString sentence; // the exact SPEC sentence; empty without a recommendation
    QString reason; // why there is no recommendation; for NotDecisive the sentence with the planner's estimate
    QStringList reasons; // why the recommended model
    BusinessImpact businessImpact;
    QList<RecommendationCandidate> candidates; // every candidate, excluded and rejected ones with whyNot
    QList<SegmentRecommendation> segments;
    bool segmented = false; // no single model wins every segment
    QJsonObject portkeyConfig; // conditional routing by metadata.use_case (when segmented); default = headline model
    QString routing; // the routing in one sentence, agreeing with the headline, the segments and the config
    qint64 reusedReplays = 0; // stored replays verification used instead of paying again
    qint64 newReplays = 0; // replays verification sent
    int iterations = 0;
    double verificationCostUsd = 0.0;
    qint64 sampleSize = 0;
    QList<qint64> runIds;
    RecommendationThresholds thresholds;
    UserProfile profile;
    qint64 profileId = 0;
    int catalogVersion = 0;
    QString rubricVersion;
    QString judgeModel;
    qint64 createdAtMs = 0;
    EvaluatorReport evaluation;

    /** `Switching from {current} to {candidate} reduces cost by {x.x}% with a {y.y}% quality impact.`
     *  qualityImpactPercent is the quality drop (positive = worse). */
    static QString summarySentence(const QString &current, const QString &candidate, double savingPercent,
                                   double qualityImpactPercent);
    /** The same sentence in the UI language, for display only (reports and JSON keep summarySentence). */
    static QString displaySentence(const QString &current, const QString &candidate, double savingPercent,
                                   double qualityImpactPercent);
    static QString statusName(Status s);
    /** The `verdict` of `recommend --json`: switch, not_decisive or no_recommendation. */
    static QString verdictName(Status s);
    /** "passes", "fails", "not decisive", translated. */
    static QString verdictText(NonInferiorityVerdict v);
    /** The not-decisive candidate the sentence is about (the largest saving), if any. */
    const RecommendationCandidate *openCandidate() const;

    QJsonObject toJson() const;
    /**
     * Restores what toJson() wrote (a stored recommendation, or `recommend --json`). The recommended and fallback
     * candidates are the entries of the same model in `candidates` when there (as the recommender makes them),
     * else rebuilt from the summary. Derived keys (whyNot, profileFingerprint, timestamp, paretoFrontier,
     * volumeSource) are not read; the business impact is stored only with a recommendation.
     */
    static Recommendation fromJson(const QJsonObject &o);
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::Recommendation)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::Recommendation)
