// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutsimulationoptions.h"
#include "rolloutstageforecast.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <limits>

namespace ShadowOptic {

/** RolloutSimulator's answer: how long each stage takes at a traffic level, the total, the bottleneck, and whether
 *  the design notes' target (full rollout in under a week) is reachable. */
struct RolloutSimulation
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutSimulation)
public:
    double requestsPerHour = 0.0;
    RolloutSimulationOptions options;
    QList<RolloutStageForecast> stages;
    double totalHours = std::numeric_limits<double>::infinity(); // shadow up to the start of the last stage
    int bottleneck = -1; // the stage that takes longest
    bool meetsTarget = false; // totalHours < options.targetDays days
    /** The fewest whole requests per hour that meet the target; -1 when the minimum durations alone exceed it (or
     *  a check never reaches its power). */
    qint64 requiredRequestsPerHour = -1;
    QString error; // translated; why nothing was simulated

    bool isValid() const { return error.isEmpty(); }
    double totalDays() const { return totalHours / 24.0; }
    /** Translated, e.g. "Full rollout in 7.1 days at 2,000 requests per hour; the bottleneck is Canary (1,000
     *  samples take 50.0 h). Under 7 days needs at least 2,084 requests per hour." */
    QString verdict() const;
    /** For the CLI: requests_per_hour, options, stages, total_hours, total_days, bottleneck, meets_target,
     *  required_requests_per_hour, verdict (or error). */
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutSimulation)
