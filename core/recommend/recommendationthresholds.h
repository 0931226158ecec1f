// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>

namespace ShadowOptic {

/** The numbers of SPEC §6. */
struct RecommendationThresholds
{
    int discoveryCandidates = 6; // k: candidates per band
    int verifiedCandidates = 3; // n: top candidates by fit verified per iteration
    double minSavingPercent = 20.0;
    double maxQualityDropPercent = 5.0;
    double minConfidence = 0.3;
    int minSamples = 5;
    double verificationBudgetUsd = 1.0;
    int maxIterations = 3;

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("k"), discoveryCandidates },
                             { QStringLiteral("n"), verifiedCandidates },
                             { QStringLiteral("minCostSavingPercent"), minSavingPercent },
                             { QStringLiteral("maxQualityDropPercent"), maxQualityDropPercent },
                             { QStringLiteral("minConfidence"), minConfidence },
                             { QStringLiteral("minSamples"), minSamples },
                             { QStringLiteral("verificationBudgetUsd"), verificationBudgetUsd },
                             { QStringLiteral("maxIterations"), maxIterations } };
    }
    static RecommendationThresholds fromJson(const QJsonObject &o)
    {
        RecommendationThresholds t;
        t.discoveryCandidates = o.value(QLatin1String("k")).toInt(t.discoveryCandidates);
        t.verifiedCandidates = o.value(QLatin1String("n")).toInt(t.verifiedCandidates);
        t.minSavingPercent = o.value(QLatin1String("minCostSavingPercent")).toDouble(t.minSavingPercent);
        t.maxQualityDropPercent = o.value(QLatin1String("maxQualityDropPercent")).toDouble(t.maxQualityDropPercent);
        t.minConfidence = o.value(QLatin1String("minConfidence")).toDouble(t.minConfidence);
        t.minSamples = o.value(QLatin1String("minSamples")).toInt(t.minSamples);
        t.verificationBudgetUsd = o.value(QLatin1String("verificationBudgetUsd")).toDouble(t.verificationBudgetUsd);
        t.maxIterations = o.value(QLatin1String("maxIterations")).toInt(t.maxIterations);
        return t;
    }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RecommendationThresholds)
