// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace ShadowOptic {

/**
 * The live non-inferiority test of a rollout stage (SPEC §9), one definition for the promotion check and the
 * rollout simulator. The difference d = challenger − production success rate is judged on an anytime-valid
 * interval, so the check may be looked at any time during a stage without more false promotions: the
 * asymptotic confidence sequence of ConfidenceSequence with n = challenger samples and the two-sample spread
 * sd = SE·√n, SE = √(p_c(1−p_c)/n_c + p_p(1−p_p)/n_p) (times the design effect when users or sessions are the
 * unit), two-sided level 1 − 2α (so each side holds 1 − α), tightest at the stage's minimum samples.
 *   pass: d − h > −margin;  fail: d + h < −margin;  inconclusive otherwise.
 */
class RolloutPower
{
public:
    /** The interval's half-width h for the given counts and rates (NaN below two challenger samples). */
    static double halfWidth(qint64 challengerSamples, qint64 productionSamples, double challengerRate,
                            double productionRate, double alpha, qint64 tightestAt, double designEffect = 1.0);
    /** The chance the test passes with these samples when both models truly succeed at rate p (d = 0):
     *  Φ((margin − h) / SE). */
    static double power(qint64 challengerSamples, qint64 productionSamples, double p, double margin, double alpha,
                        qint64 tightestAt, double designEffect = 1.0);
    /** The fewest challenger samples at which power() reaches `target` when production gets
     *  productionPerChallenger times as many; -1 beyond cap. */
    static qint64 samplesForPower(double productionPerChallenger, double p, double margin, double alpha,
                                  qint64 tightestAt, double target, qint64 cap, double designEffect = 1.0);
};

} // namespace ShadowOptic
