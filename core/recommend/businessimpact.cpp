// SPDX-License-Identifier: MIT
#include "businessimpact.h"

#include "userprofile.h"

namespace ShadowOptic {

BusinessImpact BusinessImpact::compute(const UserProfile &profile, double catalogCostPerRequest, double savingPercent)
{
    BusinessImpact b;
    b.monthlyVolume = profile.monthlyVolume;
    b.volumeMeasured = profile.volumeMeasured;
    b.volumeSpanHours = profile.volumeMeasured ? profile.volumeSpanHours : 0.0;
    b.volumeRequests = profile.volumeMeasured ? profile.loggedRequests : 0;
    b.costMeasured = profile.loggedCostPerRequestUsd > 0.0;
    b.currentCostPerRequest = b.costMeasured ? profile.loggedCostPerRequestUsd : catalogCostPerRequest;
    b.savingPercent = savingPercent;
    b.currentMonthlyCost = b.currentCostPerRequest * b.monthlyVolume;
    b.projectedMonthlyCost = b.currentMonthlyCost * (1.0 - savingPercent / 100.0);
    b.monthlySavings = b.currentMonthlyCost - b.projectedMonthlyCost;
    b.annualSavings = b.monthlySavings * 12.0;
    return b;
}

QString BusinessImpact::volumeText() const
{
    if (volumeMeasured)
        return tr("measured from %1 logged requests over %2 h, scaled to 30 days")
            .arg(volumeRequests)
            .arg(volumeSpanHours, 0, 'f', 1);
    return tr("from the profile");
}

QJsonObject BusinessImpact::toJson() const
{
    return QJsonObject { { QStringLiteral("monthlyRequestVolume"), monthlyVolume },
                         { QStringLiteral("volumeMeasured"), volumeMeasured },
                         { QStringLiteral("volumeSpanHours"), volumeSpanHours },
                         { QStringLiteral("volumeRequests"), volumeRequests },
                         { QStringLiteral("volumeSource"), volumeText() },
                         { QStringLiteral("currentCostPerRequestUsd"), currentCostPerRequest },
                         { QStringLiteral("costMeasured"), costMeasured },
                         { QStringLiteral("savingPercent"), savingPercent },
                         { QStringLiteral("currentMonthlyCostUsd"), currentMonthlyCost },
                         { QStringLiteral("projectedMonthlyCostUsd"), projectedMonthlyCost },
                         { QStringLiteral("monthlySavingsUsd"), monthlySavings },
                         { QStringLiteral("annualSavingsUsd"), annualSavings } };
}

} // namespace ShadowOptic
