// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutcheck.h"
#include "rolloutexperiment.h"

#include <QCoreApplication>

namespace ShadowOptic {

/**
 * Decides whether an experiment may leave its stage (SPEC §9): the stage's minimum duration and samples, every
 * gate, and from canary on a sample-ratio check and the non-inferiority test of the success rates. Pure: the
 * caller reads the metrics (RolloutStore) and says what time it is.
 *
 * - Sample ratio: χ² (1 df) of production/challenger request counts against the configured weight; p < 0.001
 *   is a mismatch, which blocks promotion (the split the statistics assume is not the split that happened:
 *   a stale config, a client that retries on one model, logs missing for one of them). Tested from 100
 *   requests.
 * - Non-inferiority: RolloutPower's anytime-valid interval of challenger − production success rate with the
 *   users (metadata._user) or sessions as the unit when the logs name them; margin 2 points, α = 0.05.
 * - Hard failure (the automatic mode rolls back): the non-inferiority verdict is fail, or a live gate fails
 *   once the stage has its minimum samples.
 */
class RolloutChecker
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutChecker)
public:
    static constexpr double margin = 0.02;
    static constexpr double alpha = 0.05;
    static constexpr double sampleRatioAlpha = 0.001;
    static constexpr qint64 sampleRatioMinRequests = 100;
    static constexpr double targetPower = 0.8;

    static RolloutCheck check(const RolloutExperiment &experiment, const RolloutLiveMetrics &metrics, qint64 nowMs);
};

} // namespace ShadowOptic
