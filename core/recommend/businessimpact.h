// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>

namespace ShadowOptic {

struct UserProfile;

/** Monthly and annual money at the profile's volume (SPEC §6), measured from the logs when they allow. */
struct BusinessImpact
{
    double monthlyVolume = 0.0;
    bool volumeMeasured = false;
    double currentCostPerRequest = 0.0;
    bool costMeasured = false; // the mean logged cost of the current model, else the catalog at the token mix
    double savingPercent = 0.0;
    double currentMonthlyCost = 0.0;
    double projectedMonthlyCost = 0.0;
    double monthlySavings = 0.0;
    double annualSavings = 0.0;

    static BusinessImpact compute(const UserProfile &profile, double catalogCostPerRequest, double savingPercent);
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::BusinessImpact)
