// SPDX-License-Identifier: MIT
#pragma once

#include "confidenceinterval.h"

#include <QList>
#include <QString>

namespace ShadowOptic {

/** Per-prompt differences candidate − baseline on the same prompts, with the anytime-valid interval of their mean
 *  (ConfidenceSequence: valid however often verification looks, so rounds may stop as soon as it is decisive).
 *
 *  Two corrections keep the interval honest where the plain plug-in spread would be too narrow:
 *  - Binary outcomes (refused, failed: differences in {−1, 0, 1}) use the spread E[D²] with one pseudo-discordant
 *    pair, (discordant + 1)/(n + 2), an upper bound of the variance: twenty prompts that both models answered
 *    alike do not prove that the rates cannot differ.
 *  - When prompts carry a cluster id (the user or session, whose prompts are correlated), the spread is inflated by
 *    the design effect: the cluster-robust variance of the mean (Liang & Zeger 1986, with the C/(C−1)
 *    small-sample factor) over the independent one, never below 1. The point estimate stays the per-prompt
 *    mean. */
class PairedDifferences
{
public:
    enum class Kind { Continuous, Binary };

    explicit PairedDifferences(Kind kind = Kind::Continuous);

    void add(double difference, const QString &cluster = QString());

    Kind kind() const { return m_kind; }
    qint64 count() const { return m_values.size(); }
    /** Distinct non-empty cluster ids; 0 when no prompt has one. */
    qint64 clusters() const;
    double mean() const;
    /** Sample standard deviation (n − 1); binary differences use the bound above. NaN below two. */
    double spread() const;
    /** ≥ 1; 1 without clusters or with fewer than two. */
    double designEffect() const;
    /** spread() × sqrt(designEffect()): what the interval uses. */
    double effectiveSd() const;
    ConfidenceInterval interval(double alpha, qint64 tightestAt) const;
    /** How many pairs in all the interval needs to leave out `threshold` at the observed mean and spread; -1 beyond
     *  `cap` or when the mean sits on the threshold. */
    qint64 countToExclude(double threshold, double alpha, qint64 tightestAt, qint64 cap) const;

private:
    Kind m_kind;
    QList<double> m_values;
    QList<QString> m_clusters;
};

} // namespace ShadowOptic
