// SPDX-License-Identifier: MIT
#pragma once

#include "confidenceinterval.h"
#include "mcnemarresult.h"
#include "noninferiorityresult.h"
#include "paretopoint.h"

#include <QList>

namespace ShadowOptic {

/**
 * Pure statistical helpers for evaluation and rollout (SPEC §5, §9). All functions are reentrant; the
 * resampling ones are deterministic for a given seed (QRandomGenerator), so reports are reproducible.
 * Empty input gives NaN (or an invalid ConfidenceInterval) rather than an assertion.
 */
class Statistics
{
public:
    /** Discordant-pair count below which McNemar uses the exact binomial test. */
    static constexpr qint64 mcnemarExactBelow = 25;
    static constexpr int defaultResamples = 10000;
    static constexpr quint64 defaultSeed = 20240601;

    static double mean(const QList<double> &values);
    /** Sample variance (n - 1 denominator); NaN for fewer than two values. */
    static double variance(const QList<double> &values);
    static double standardDeviation(const QList<double> &values);

    /**
     * Percentile `p` in [0, 100] by linear interpolation between closest ranks: h = (n - 1) p / 100,
     * result = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]) on sorted x. This is Hyndman-Fan
     * type 7, the default of numpy.percentile, R's quantile() and Excel's PERCENTILE.INC.
     */
    static double percentile(QList<double> values, double p);
    /** Same as percentile() on already sorted data (no copy). */
    static double percentileSorted(const QList<double> &sorted, double p);

    /**
     * Bootstrap confidence interval of the mean, percentile method: `resamples` resamples with
     * replacement, the interval is the (1-level)/2 and (1+level)/2 percentiles of the resampled means.
     */
    static ConfidenceInterval bootstrapMeanCi(const QList<double> &values, int resamples = defaultResamples,
                                              double level = 0.95, quint64 seed = defaultSeed);

    /**
     * Paired bootstrap CI of mean(candidate - baseline): pairs (same prompt) are resampled together,
     * percentile method. Sizes must match; otherwise an invalid interval is returned.
     */
    static ConfidenceInterval pairedBootstrapMeanDiffCi(const QList<double> &baseline, const QList<double> &candidate,
                                                        int resamples = defaultResamples, double level = 0.95,
                                                        quint64 seed = defaultSeed);

    /**
     * McNemar test for paired binary outcomes from the discordant counts b (baseline yes, candidate no)
     * and c (baseline no, candidate yes). For b + c < mcnemarExactBelow the two-sided p-value is exact:
     * min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c, 1/2). Otherwise the chi-square statistic with
     * Edwards' continuity correction, (|b - c| - 1)^2 / (b + c), with 1 degree of freedom.
     */
    static McNemarResult mcnemar(qint64 b, qint64 c);
    /** McNemar on paired outcomes (e.g. "refused" per prompt); sizes must match. */
    static McNemarResult mcnemar(const QList<bool> &baseline, const QList<bool> &candidate);

    /**
     * Non-inferiority of the challenger's success rate versus control (SPEC §9). Unpooled standard error
     * SE = sqrt(pc(1-pc)/nc + pk(1-pk)/nk); z = (pc - pk + margin) / SE; one-sided p = 1 - Phi(z).
     * Verdict: pass when p < alpha; fail when the one-sided upper (1 - alpha) bound pc - pk + z(1-alpha) SE
     * is below -margin (significantly worse than the margin allows); otherwise (or with no data) inconclusive.
     */
    static NonInferiorityResult nonInferiority(qint64 challengerSuccesses, qint64 challengerTotal,
                                               qint64 controlSuccesses, qint64 controlTotal, double margin = 0.02,
                                               double alpha = 0.05);

    /**
     * Indices of the non-dominated points (cost lower and quality higher are better), sorted by cost, then
     * by quality descending, then by index. A point is dominated when another is at least as good on both
     * axes and strictly better on one; exact duplicates do not dominate each other, so all are kept. Points
     * with NaN coordinates are ignored.
     */
    static QList<int> paretoFrontier(const QList<ParetoPoint> &points);

    /** Standard normal cumulative distribution Phi(z). */
    static double normalCdf(double z);
    /** Inverse of normalCdf for p in (0, 1) (Acklam's approximation refined by one Halley step, |error| < 1e-12). */
    static double normalQuantile(double p);
    /** Upper tail of chi-square with one degree of freedom: P(X > x) = erfc(sqrt(x / 2)). */
    static double chiSquare1Sf(double x);
    /** P(X <= k) for X ~ Binomial(n, p). */
    static double binomialCdf(qint64 k, qint64 n, double p);
};

} // namespace ShadowOptic
