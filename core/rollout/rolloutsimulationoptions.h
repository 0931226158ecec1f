// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace ShadowOptic {

/** What the rollout simulator assumes besides the traffic and the stage table. */
struct RolloutSimulationOptions
{
    double successRate = 0.98; // both models' true success rate p
    double margin = 0.02; // non-inferiority margin of the live check (SPEC §9: 2 points)
    double alpha = 0.05;
    double designEffect = 1.0; // variance inflation when users or sessions, not requests, are the unit
    double targetPower = 0.8; // a stage lasts until its check reaches this power
    double targetDays = 7.0; // the design notes' goal for a qualified model: full rollout in under a week

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("success_rate"), successRate },
                             { QStringLiteral("margin"), margin },
                             { QStringLiteral("alpha"), alpha },
                             { QStringLiteral("design_effect"), designEffect },
                             { QStringLiteral("target_power"), targetPower },
                             { QStringLiteral("target_days"), targetDays } };
    }
};

} // namespace ShadowOptic
