// SPDX-License-Identifier: MIT
#include "rolloutsimulator.h"

#include "rolloutplan.h"
#include "rolloutpower.h"

#include <cmath>
#include <limits>

namespace ShadowOptic {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr qint64 SampleCap = qint64(1) << 40;

} // namespace

RolloutStageForecast RolloutSimulator::forecast(const RolloutStage &stage, double requestsPerHour,
                                                const RolloutSimulationOptions &options)
{
    using Bound = RolloutStageForecast::Bound;
    RolloutStageForecast f;
    f.name = stage.name;
    f.challengerShare = stage.challengerShare;
    f.minSamples = stage.minSamples;
    f.minDurationHours = stage.minDurationHours;
    if (stage.isFull())
        return f;
    if (stage.isShadow()) {
        f.hours = stage.minDurationHours;
        f.bound = Bound::Duration;
        return f;
    }
    const double share = stage.challengerShare;
    const double perHour = requestsPerHour * share;
    const qint64 tightestAt = qMax<qint64>(1, stage.minSamples);
    f.hoursForSamples = perHour > 0 ? double(stage.minSamples) / perHour : Infinity;
    f.samplesForPower
        = RolloutPower::samplesForPower((1.0 - share) / share, options.successRate, options.margin, options.alpha,
                                        tightestAt, options.targetPower, SampleCap, options.designEffect);
    f.hoursForPower = f.samplesForPower >= 0 && perHour > 0 ? double(f.samplesForPower) / perHour : Infinity;
    f.hours = qMax(f.minDurationHours, qMax(f.hoursForSamples, f.hoursForPower));
    f.bound = f.hours <= f.minDurationHours    ? Bound::Duration
        : f.hoursForSamples >= f.hoursForPower ? Bound::Samples
                                               : Bound::Power;
    f.challengerSamples = perHour * f.hours;
    f.productionSamples = requestsPerHour * (1.0 - share) * f.hours;
    f.power = std::isfinite(f.hours)
        ? RolloutPower::power(std::llround(f.challengerSamples), std::llround(f.productionSamples), options.successRate,
                              options.margin, options.alpha, tightestAt, options.designEffect)
        : 0.0;
    return f;
}

double RolloutSimulator::totalHours(const RolloutPlan &plan, double requestsPerHour,
                                    const RolloutSimulationOptions &options)
{
    double total = 0.0;
    for (const RolloutStage &stage : plan.stages())
        total += forecast(stage, requestsPerHour, options).hours;
    return total;
}

qint64 RolloutSimulator::requestsPerHourFor(const RolloutPlan &plan, double hours,
                                            const RolloutSimulationOptions &options)
{
    // The total falls with the traffic towards the sum of the minimum durations: below that, no volume helps.
    if (!(totalHours(plan, 1e15, options) < hours))
        return -1;
    const auto meets = [&](double rph) { return totalHours(plan, rph, options) < hours; };
    double hi = 1.0;
    while (!meets(hi))
        hi *= 2.0;
    double lo = hi / 2.0;
    if (meets(lo))
        lo = 0.0;
    for (int i = 0; i < 100 && hi - lo > 1e-6; ++i) {
        const double mid = (lo + hi) / 2.0;
        (meets(mid) ? hi : lo) = mid;
    }
    auto rph = qMax<qint64>(1, qint64(std::ceil(hi)));
    while (rph > 1 && meets(double(rph - 1)))
        --rph;
    while (!meets(double(rph)))
        ++rph;
    return rph;
}

RolloutSimulation RolloutSimulator::simulate(const RolloutPlan &plan, double requestsPerHour,
                                             const RolloutSimulationOptions &options)
{
    RolloutSimulation s;
    s.requestsPerHour = requestsPerHour;
    s.options = options;
    const QString planError = plan.validationError();
    if (!planError.isEmpty()) {
        s.error = planError;
        return s;
    }
    if (!(requestsPerHour > 0) || !std::isfinite(requestsPerHour)) {
        s.error = tr("Enter the live traffic in requests per hour to forecast the rollout.");
        return s;
    }
    if (!(options.successRate > 0 && options.successRate < 1) || !(options.margin > 0) || !(options.alpha > 0)
        || !(options.alpha < 0.5) || !(options.targetPower > 0 && options.targetPower < 1)
        || !(options.designEffect >= 1)) {
        s.error = tr("The success rate and power must lie between 0 and 1, the margin be positive, alpha below 0.5 "
                     "and the design effect at least 1.");
        return s;
    }
    s.totalHours = 0.0;
    for (const RolloutStage &stage : plan.stages()) {
        s.stages.append(forecast(stage, requestsPerHour, options));
        s.totalHours += s.stages.last().hours;
        if (s.bottleneck < 0 || s.stages.last().hours > s.stages.at(s.bottleneck).hours)
            s.bottleneck = int(s.stages.size() - 1);
    }
    const double targetHours = options.targetDays * 24.0;
    s.meetsTarget = s.totalHours < targetHours;
    s.requiredRequestsPerHour = requestsPerHourFor(plan, targetHours, options);
    return s;
}

} // namespace ShadowOptic
