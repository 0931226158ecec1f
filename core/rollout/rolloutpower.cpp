// SPDX-License-Identifier: MIT
#include "rolloutpower.h"

#include "stats/confidencesequence.h"
#include "stats/statistics.h"

#include <cmath>

namespace ShadowOptic {

namespace {

// The unpooled standard error of d, inflated by the design effect (variance times deff).
double standardError(qint64 nc, qint64 np, double pc, double pp, double designEffect)
{
    if (nc < 1 || np < 1)
        return std::nan("");
    const double variance = pc * (1.0 - pc) / double(nc) + pp * (1.0 - pp) / double(np);
    return std::sqrt(variance * qMax(1.0, designEffect));
}

} // namespace

double RolloutPower::halfWidth(qint64 challengerSamples, qint64 productionSamples, double challengerRate,
                               double productionRate, double alpha, qint64 tightestAt, double designEffect)
{
    const double se = standardError(challengerSamples, productionSamples, challengerRate, productionRate, designEffect);
    if (challengerSamples < 2 || !std::isfinite(se))
        return std::nan("");
    // Two-sided at 1 − 2α: the one side the verdict reads holds 1 − α.
    return ConfidenceSequence::halfWidth(challengerSamples, se * std::sqrt(double(challengerSamples)), 2.0 * alpha,
                                         tightestAt);
}

double RolloutPower::power(qint64 challengerSamples, qint64 productionSamples, double p, double margin, double alpha,
                           qint64 tightestAt, double designEffect)
{
    const double h = halfWidth(challengerSamples, productionSamples, p, p, alpha, tightestAt, designEffect);
    const double se = standardError(challengerSamples, productionSamples, p, p, designEffect);
    if (!std::isfinite(h) || !std::isfinite(se))
        return 0.0;
    if (se <= 0.0) // p is 0 or 1: no spread, d = 0 is seen exactly
        return margin > 0.0 ? 1.0 : 0.0;
    return Statistics::normalCdf((margin - h) / se);
}

qint64 RolloutPower::samplesForPower(double productionPerChallenger, double p, double margin, double alpha,
                                     qint64 tightestAt, double target, qint64 cap, double designEffect)
{
    if (!(productionPerChallenger > 0.0) || cap < 2)
        return -1;
    const auto at = [&](qint64 nc) {
        const auto np = qMax<qint64>(1, qint64(std::llround(double(nc) * productionPerChallenger)));
        return power(nc, np, p, margin, alpha, tightestAt, designEffect);
    };
    if (at(2) >= target)
        return 2;
    // Power rises with n once past the first few samples: double until it reaches the target, then bisect.
    qint64 lo = 2;
    qint64 hi = 4;
    while (at(hi) < target) {
        if (hi >= cap)
            return -1;
        lo = hi;
        hi = qMin(cap, hi * 2);
    }
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (at(mid) >= target ? hi : lo) = mid;
    }
    return hi;
}

} // namespace ShadowOptic
