// SPDX-License-Identifier: MIT
#pragma once

#include "candidateevidence.h"
#include "fitscore.h"
#include "stats/confidenceinterval.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <cmath>

namespace ShadowOptic {

/** One candidate through the three layers: discovery numbers, fit, verification results and, when it was
 *  not chosen, why not. */
struct RecommendationCandidate
{
    enum class Stage {
        Excluded, // filtered out in discovery
        NotVerified, // eligible but never reached verification
        Verified, // replayed and judged
    };

    QString model;
    QString displayName;
    QString provider;
    int rank = 0;
    int band = 0; // 0 = the cheapest k candidates, 1 = the next (stronger) k, ...
    double estimatedCostPerRequest = 0.0; // catalog price at the profile's token mix
    double estimatedSavingPercent = 0.0;
    FitScore fit;
    Stage stage = Stage::NotVerified;

    // Verification (paired against the current model on the same prompts)
    int iteration = 0; // 1-based iteration that verified it
    qint64 samples = 0;
    qint64 qualityPairs = 0;
    double quality = std::nan("");
    double baselineQuality = std::nan("");
    ConfidenceInterval qualityDelta; // points, candidate − current
    double qualityDeltaPercent = std::nan(""); // negative = worse
    double measuredSavingPercent = std::nan("");
    double costPerRequest = std::nan(""); // measured, tokens × catalog price
    double confidence = 0.0;
    double refusalRate = 0.0;
    double partialRefusalRate = 0.0;
    double formatFailureRate = 0.0;
    double errorRate = 0.0;
    double latencyP95Ms = 0.0;
    double refusalPValue = 1.0;
    double successPValue = 1.0;
    bool passed = false;

    // Sequential verification: the interval evidence after the last round it took part in, and how it narrowed.
    struct Round
    {
        int round = 0;
        qint64 pairs = 0; // quality pairs
        double spentUsd = 0.0; // the whole verification's spend at the end of the round
        ConfidenceInterval qualityDeltaPercent;
    };
    CandidateEvidence evidence;
    NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive; // the gates and the profile's constraints
    QList<Round> history;
    double spentUsd = 0.0; // its own replays in this verification
    // The planner, for a verdict that is not decisive: at the observed spread and measured cost per prompt.
    qint64 morePrompts = -1; // -1: not within CandidateEvidence::planCap prompts
    double moreCostUsd = std::nan("");
    double moreSeconds = std::nan("");

    QStringList whyNot; // translated reasons it was not recommended

    double qualityDropPercent() const { return -qualityDeltaPercent; }
    bool notDecisive() const { return stage == Stage::Verified && verdict == NonInferiorityVerdict::Inconclusive; }
    /** The measured saving when verified, else the catalog estimate. */
    double savingPercent() const
    {
        return std::isfinite(measuredSavingPercent) ? measuredSavingPercent : estimatedSavingPercent;
    }
    static QString stageName(Stage s);
    static Stage stageFromName(const QString &name);
    QJsonObject toJson() const;
    /** Verification fields are read only for a verified candidate, as toJson writes them; null reads as NaN. */
    static RecommendationCandidate fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RecommendationCandidate)
