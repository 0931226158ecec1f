// SPDX-License-Identifier: MIT
#pragma once

#include "stats/confidenceinterval.h"
#include "stats/mcnemarresult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

struct EvaluatorSample;

/**
 * A paired comparison of a candidate against the current model on the same prompts (SPEC §5): paired
 * bootstrap CI of the quality delta, McNemar for the full-refusal and success deltas, and the cost delta.
 */
struct ModelAggregateComparison
{
    QString model;
    QString baseline; // the current model, replayed on the same prompts
    qint64 pairs = 0; // prompts both sides answered
    qint64 qualityPairs = 0; // prompts both sides have a valid judge score for
    double baselineQuality = std::nan("");
    double candidateQuality = std::nan("");
    ConfidenceInterval qualityDelta; // candidate − baseline, in quality points
    double qualityDeltaPercent = std::nan(""); // relative to the baseline mean; negative = worse
    McNemarResult refusal; // b: baseline refused and candidate did not; c: the reverse
    qint64 baselineRefusals = 0;
    qint64 candidateRefusals = 0;
    McNemarResult success; // b: baseline succeeded and candidate did not; c: the reverse
    qint64 baselineSuccesses = 0;
    qint64 candidateSuccesses = 0;
    double baselineCostPerRequest = 0.0; // on the paired successful prompts
    double candidateCostPerRequest = 0.0;
    double costSavingPercent = std::nan(""); // positive = candidate is cheaper

    /** Percent drop of quality (positive = candidate worse). */
    double qualityDropPercent() const { return -qualityDeltaPercent; }
    /** Half the CI width of the delta in percent of the baseline mean. */
    double qualityDeltaHalfWidthPercent() const;

    /** Pairs the samples by log id; both lists hold one model each. */
    static ModelAggregateComparison compute(const QList<EvaluatorSample> &baseline,
                                            const QList<EvaluatorSample> &candidate, int resamples, quint64 seed);
    QJsonObject toJson() const;
    static ModelAggregateComparison fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ModelAggregateComparison)
