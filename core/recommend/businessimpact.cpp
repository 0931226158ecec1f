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

BusinessImpact BusinessImpact::fromJson(const QJsonObject &o)
{
    BusinessImpact b;
    b.monthlyVolume = o.value(QLatin1String("monthlyRequestVolume")).toDouble();
    b.volumeMeasured = o.value(QLatin1String("volumeMeasured")).toBool();
    b.volumeSpanHours = o.value(QLatin1String("volumeSpanHours")).toDouble();
    b.volumeRequests = o.value(QLatin1String("volumeRequests")).toInteger();
    b.currentCostPerRequest = o.value(QLatin1String("currentCostPerRequestUsd")).toDouble();
    b.costMeasured = o.value(QLatin1String("costMeasured")).toBool();
    b.savingPercent = o.value(QLatin1String("savingPercent")).toDouble();
    b.currentMonthlyCost = o.value(QLatin1String("currentMonthlyCostUsd")).toDouble();
    b.projectedMonthlyCost = o.value(QLatin1String("projectedMonthlyCostUsd")).toDouble();
    b.monthlySavings = o.value(QLatin1String("monthlySavingsUsd")).toDouble();
    b.annualSavings = o.value(QLatin1String("annualSavingsUsd")).toDouble();
    return b;
}

} // namespace ShadowOptic
