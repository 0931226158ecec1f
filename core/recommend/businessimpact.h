// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>

namespace ShadowOptic {

struct UserProfile;

/** Monthly and annual money at the profile's volume (SPEC §6), measured from the logs when they allow. */
struct BusinessImpact
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::BusinessImpact)

public:
    double monthlyVolume = 0.0;
    bool volumeMeasured = false;
    double volumeSpanHours = 0.0; // measured over this span of the current model's logs
    qint64 volumeRequests = 0; // logged requests of the current model in that span
    double currentCostPerRequest = 0.0;
    bool costMeasured = false; // the mean logged cost of the current model, else the catalog at the token mix
    double savingPercent = 0.0;
    double currentMonthlyCost = 0.0;
    double projectedMonthlyCost = 0.0;
    double monthlySavings = 0.0;
    double annualSavings = 0.0;

    /** Where the volume comes from, e.g. "measured: 812 gpt-4o requests over 20.5 h of logs". */
    QString volumeText() const;
    static BusinessImpact compute(const UserProfile &profile, double catalogCostPerRequest, double savingPercent);
    QJsonObject toJson() const;
    /** volumeSource is not read back: volumeText() derives it. */
    static BusinessImpact fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::BusinessImpact)
