// SPDX-License-Identifier: MIT
#pragma once

#include "confidenceinterval.h"

#include <QList>

namespace ShadowOptic {

/** A confidence interval for a mean that stays valid however often the data is looked at: the interval may be
 *  checked after every verification round and the rounds stopped as soon as it is decisive, without the error
 *  rate growing with the number of looks (a fixed-sample interval looked at after every round does not hold its
 *  level).
 *
 *  Method: the asymptotic confidence sequence of Waudby-Smith, Arnold, Wu & Ramdas, "Time-uniform central limit
 *  theory and asymptotic confidence sequences", Annals of Statistics 52(6), 2024 — Robbins' normal-mixture
 *  boundary (1970) with the running sample standard deviation plugged in:
 *      mean ± sd · sqrt( 2(nρ² + 1) / (n²ρ²) · log( sqrt(nρ² + 1) / α ) ),
 *  with ρ² = (−2 log α + log(−2 log α + 1)) / n* making it tightest at n* observations. It is two-sided at level
 *  1 − α uniformly over n, for i.i.d. observations with finite variance (asymptotically; tst_confidencesequence
 *  checks the coverage at the sample sizes verification uses). */
class ConfidenceSequence
{
public:
    explicit ConfidenceSequence(double alpha = 0.05, qint64 tightestAt = 100);

    void add(double x);
    void add(const QList<double> &values);

    qint64 count() const { return m_n; }
    double mean() const { return m_n ? m_mean : std::nan(""); }
    double standardDeviation() const;
    double alpha() const { return m_alpha; }
    /** NaN below two observations. */
    double halfWidth() const { return halfWidth(m_n, standardDeviation(), m_alpha, m_tightestAt); }
    ConfidenceInterval interval() const;

    static double halfWidth(qint64 n, double sd, double alpha, qint64 tightestAt);
    /** How many observations in all the interval needs to leave out `threshold`, if the mean and spread stay as
     *  observed; -1 when that takes more than `cap` (or the mean sits on the threshold). */
    qint64 observationsToExclude(double threshold, qint64 cap) const;
    /** The same for a mean and spread from elsewhere, with n observations so far. */
    static qint64 observationsToExclude(qint64 n, double mean, double sd, double threshold, double alpha,
                                        qint64 tightestAt, qint64 cap);

private:
    double m_alpha;
    qint64 m_tightestAt;
    qint64 m_n = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0; // Welford's running sum of squared deviations
};

} // namespace ShadowOptic
