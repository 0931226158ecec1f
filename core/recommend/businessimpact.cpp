// SPDX-License-Identifier: MIT
#include "businessimpact.h"

#include "userprofile.h"

namespace ShadowOptic {

BusinessImpact BusinessImpact::compute(const UserProfile &profile, double catalogCostPerRequest, double savingPercent)
{
    BusinessImpact b;
    b.monthlyVolume = profile.monthlyVolume;
    b.volumeMeasured = profile.volumeMeasured;
    b.costMeasured = profile.loggedCostPerRequestUsd > 0.0;
    b.currentCostPerRequest = b.costMeasured ? profile.loggedCostPerRequestUsd : catalogCostPerRequest;
    b.savingPercent = savingPercent;
    b.currentMonthlyCost = b.currentCostPerRequest * b.monthlyVolume;
    b.projectedMonthlyCost = b.currentMonthlyCost * (1.0 - savingPercent / 100.0);
    b.monthlySavings = b.currentMonthlyCost - b.projectedMonthlyCost;
    b.annualSavings = b.monthlySavings * 12.0;
    return b;
}

QJsonObject BusinessImpact::toJson() const
{
    return QJsonObject { { QStringLiteral("monthlyRequestVolume"), monthlyVolume },
                         { QStringLiteral("volumeMeasured"), volumeMeasured },
                         { QStringLiteral("currentCostPerRequestUsd"), currentCostPerRequest },
                         { QStringLiteral("costMeasured"), costMeasured },
                         { QStringLiteral("savingPercent"), savingPercent },
                         { QStringLiteral("currentMonthlyCostUsd"), currentMonthlyCost },
                         { QStringLiteral("projectedMonthlyCostUsd"), projectedMonthlyCost },
                         { QStringLiteral("monthlySavingsUsd"), monthlySavings },
                         { QStringLiteral("annualSavingsUsd"), annualSavings } };
}

} // namespace ShadowOptic
