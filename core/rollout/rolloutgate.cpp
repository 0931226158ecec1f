// SPDX-License-Identifier: MIT
#include "rolloutgate.h"

#include <QLocale>

#include <cmath>

namespace ShadowOptic {

QString RolloutGate::metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Quality:
        return QStringLiteral("quality");
    case Metric::Faithfulness:
        return QStringLiteral("faithfulness");
    case Metric::ErrorRate:
        return QStringLiteral("error_rate");
    case Metric::LatencyDelta:
        return QStringLiteral("latency_delta");
    case Metric::RefusalDelta:
        return QStringLiteral("refusal_delta");
    }
    return {};
}

std::optional<RolloutGate::Metric> RolloutGate::metricFromKey(const QString &key)
{
    for (Metric m :
         { Metric::Quality, Metric::Faithfulness, Metric::ErrorRate, Metric::LatencyDelta, Metric::RefusalDelta })
        if (metricKey(m) == key)
            return m;
    return std::nullopt;
}

QString RolloutGate::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Quality:
        return tr("Quality");
    case Metric::Faithfulness:
        return tr("Faithfulness");
    case Metric::ErrorRate:
        return tr("Error rate");
    case Metric::LatencyDelta:
        return tr("Latency delta");
    case Metric::RefusalDelta:
        return tr("Refusal-rate delta");
    }
    return {};
}

QString RolloutGate::valueText(Metric metric, double value)
{
    if (!std::isfinite(value))
        return tr("no data");
    const QLocale locale;
    switch (metric) {
    case Metric::Quality:
    case Metric::Faithfulness:
        return locale.toString(value, 'f', 2);
    case Metric::ErrorRate:
        return tr("%1 %").arg(locale.toString(value * 100.0, 'f', value < 0.01 ? 2 : 1));
    case Metric::LatencyDelta:
        return tr("%1%2 %").arg(value >= 0 ? QStringLiteral("+") : QString(), locale.toString(value * 100.0, 'f', 1));
    case Metric::RefusalDelta:
        return tr("%1%2 points")
            .arg(value >= 0 ? QStringLiteral("+") : QString(), locale.toString(value * 100.0, 'f', 2));
    }
    return {};
}

QString RolloutGate::thresholdText() const
{
    return (isMinimum() ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + valueText(metric, threshold);
}

QJsonObject RolloutGate::toJson() const
{
    return QJsonObject { { QStringLiteral("metric"), metricKey(metric) }, { QStringLiteral("threshold"), threshold } };
}

std::optional<RolloutGate> RolloutGate::fromJson(const QJsonObject &o)
{
    const auto metric = metricFromKey(o.value(QLatin1String("metric")).toString());
    const QJsonValue threshold = o.value(QLatin1String("threshold"));
    if (!metric || !threshold.isDouble() || !std::isfinite(threshold.toDouble()))
        return std::nullopt;
    RolloutGate g;
    g.metric = *metric;
    g.threshold = threshold.toDouble();
    return g;
}

} // namespace ShadowOptic
