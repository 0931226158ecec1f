// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QtGlobal>

namespace ShadowOptic {

/** The numbers of SPEC §6, and how verification decides on them: every gate is judged on an anytime-valid
 *  interval (PairedDifferences), so verification may look after every round and stop when it is decisive. */
struct RecommendationThresholds
{
    int discoveryCandidates = 6; // k: candidates per band
    int verifiedCandidates = 3; // n: top candidates by fit verified per iteration
    double minSavingPercent = 20.0; // the saving interval's lower bound must clear it
    double maxQualityDropPercent = 5.0; // the non-inferiority margin, in percent of the baseline's mean quality
    double maxRefusalIncreasePoints = 5.0; // allowed increase of the full-refusal rate, percentage points
    double maxErrorIncreasePoints = 5.0; // allowed increase of the error rate, percentage points
    double minConfidence = 0.3; // display only: the heuristic confidence no longer gates
    int minSamples = 5;
    double verificationBudgetUsd = 1.0;
    int maxIterations = 3;
    int firstRoundPrompts = 20; // rounds double: 20, 40, 80, … (coverage holds from 20 looks on)
    int maxPrompts = 640; // prompt cap of one verification
    double alpha = 0.05; // two-sided level of every interval
    int tightestAt = 80; // pairs at which the confidence sequence is tightest

    /** The size of the sample after the round that follows one of `prompts` (0 = none yet), at most maxPrompts. */
    int nextRoundPrompts(int prompts) const
    {
        const int first = qMax(minSamples, firstRoundPrompts);
        return qMin(maxPrompts, prompts <= 0 ? first : prompts * 2);
    }

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("k"), discoveryCandidates },
                             { QStringLiteral("n"), verifiedCandidates },
                             { QStringLiteral("minCostSavingPercent"), minSavingPercent },
                             { QStringLiteral("maxQualityDropPercent"), maxQualityDropPercent },
                             { QStringLiteral("maxRefusalIncreasePoints"), maxRefusalIncreasePoints },
                             { QStringLiteral("maxErrorIncreasePoints"), maxErrorIncreasePoints },
                             { QStringLiteral("minConfidence"), minConfidence },
                             { QStringLiteral("minSamples"), minSamples },
                             { QStringLiteral("verificationBudgetUsd"), verificationBudgetUsd },
                             { QStringLiteral("maxIterations"), maxIterations },
                             { QStringLiteral("firstRoundPrompts"), firstRoundPrompts },
                             { QStringLiteral("maxPrompts"), maxPrompts },
                             { QStringLiteral("alpha"), alpha },
                             { QStringLiteral("tightestAt"), tightestAt } };
    }
    static RecommendationThresholds fromJson(const QJsonObject &o)
    {
        RecommendationThresholds t;
        t.discoveryCandidates = o.value(QLatin1String("k")).toInt(t.discoveryCandidates);
        t.verifiedCandidates = o.value(QLatin1String("n")).toInt(t.verifiedCandidates);
        t.minSavingPercent = o.value(QLatin1String("minCostSavingPercent")).toDouble(t.minSavingPercent);
        t.maxQualityDropPercent = o.value(QLatin1String("maxQualityDropPercent")).toDouble(t.maxQualityDropPercent);
        t.maxRefusalIncreasePoints
            = o.value(QLatin1String("maxRefusalIncreasePoints")).toDouble(t.maxRefusalIncreasePoints);
        t.maxErrorIncreasePoints = o.value(QLatin1String("maxErrorIncreasePoints")).toDouble(t.maxErrorIncreasePoints);
        t.minConfidence = o.value(QLatin1String("minConfidence")).toDouble(t.minConfidence);
        t.minSamples = o.value(QLatin1String("minSamples")).toInt(t.minSamples);
        t.verificationBudgetUsd = o.value(QLatin1String("verificationBudgetUsd")).toDouble(t.verificationBudgetUsd);
        t.maxIterations = o.value(QLatin1String("maxIterations")).toInt(t.maxIterations);
        t.firstRoundPrompts = o.value(QLatin1String("firstRoundPrompts")).toInt(t.firstRoundPrompts);
        t.maxPrompts = o.value(QLatin1String("maxPrompts")).toInt(t.maxPrompts);
        t.alpha = o.value(QLatin1String("alpha")).toDouble(t.alpha);
        t.tightestAt = o.value(QLatin1String("tightestAt")).toInt(t.tightestAt);
        return t;
    }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RecommendationThresholds)
