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
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RecommendationThresholds)
