// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ShadowOptic {

/** One gate of a rollout stage (SPEC §9): a metric of the challenger, or its difference to production, held
 *  against a threshold. Quality and faithfulness are the judge's mean quality and accuracy over 100 (shadow
 *  replays); the others come from live traffic. */
struct RolloutGate
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutGate)
public:
    enum class Metric {
        Quality, // challenger mean judge quality / 100, at least threshold
        Faithfulness, // challenger mean judge accuracy / 100, at least threshold
        ErrorRate, // challenger share of failed requests, at most threshold
        LatencyDelta, // challenger mean latency / production mean latency − 1, at most threshold (0.2 = +20 %)
        RefusalDelta, // challenger refusal rate − production refusal rate, at most threshold (0.005 = +0.5 points)
    };

    Metric metric = Metric::Quality;
    double threshold = 0.0;

    /** Quality and faithfulness are lower bounds, the others upper bounds. */
    bool isMinimum() const { return metric == Metric::Quality || metric == Metric::Faithfulness; }
    bool holds(double value) const { return isMinimum() ? value >= threshold : value <= threshold; }
    /** True for the metrics measured on live traffic (not on shadow replays). */
    bool isLive() const { return !isMinimum(); }

    /** "quality", "faithfulness", "error_rate", "latency_delta", "refusal_delta". */
    static QString metricKey(Metric metric);
    static std::optional<Metric> metricFromKey(const QString &key);
    /** Translated: "Quality", "Error rate", … */
    static QString metricName(Metric metric);
    /** The threshold as a user reads it: "≥ 0.85", "≤ 0.5 %", "≤ +20 %", "≤ +0.5 points". */
    QString thresholdText() const;
    /** A value of this metric as a user reads it. */
    static QString valueText(Metric metric, double value);

    QJsonObject toJson() const;
    static std::optional<RolloutGate> fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutGate)
