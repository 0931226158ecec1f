// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutsimulation.h"
#include "rolloutsimulationoptions.h"
#include "rolloutstageforecast.h"

#include <QCoreApplication>

namespace ShadowOptic {

class RolloutPlan;
struct RolloutStage;

/**
 * How long a rollout takes from shadow to full at a given traffic per hour (SPEC §9's rollout simulator), and with
 * what power. Pure functions; the caller measures or asks for the traffic.
 *
 * A live stage (0 < share < 1) gets rph·share challenger and rph·(1 − share) production requests an hour and lasts
 *   max(min duration, min samples / (rph·share), samples for power / (rph·share)),
 * where the last term is the challenger samples at which RolloutPower::power() reaches options.targetPower with
 * both models at options.successRate. Promotion needs the check to pass, not only the minimums: a stage whose
 * check is underpowered at its minimums most likely stays inconclusive past them, so its expected length is
 * counted until the check has the target power. Shadow replays prompts, so only its minimum duration counts; the
 * last stage (full) is the destination and adds nothing.
 */
class RolloutSimulator
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutSimulator)
public:
    static RolloutSimulation simulate(const RolloutPlan &plan, double requestsPerHour,
                                      const RolloutSimulationOptions &options = {});
    static RolloutStageForecast forecast(const RolloutStage &stage, double requestsPerHour,
                                         const RolloutSimulationOptions &options);
    /** Sum of the stages' hours (infinite when one never ends). */
    static double totalHours(const RolloutPlan &plan, double requestsPerHour, const RolloutSimulationOptions &options);
    /** The fewest whole requests per hour with totalHours() < hours; -1 when no volume gets there. */
    static qint64 requestsPerHourFor(const RolloutPlan &plan, double hours, const RolloutSimulationOptions &options);
};

} // namespace ShadowOptic
