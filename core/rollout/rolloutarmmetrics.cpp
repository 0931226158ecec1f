// SPDX-License-Identifier: MIT
#include "rolloutarmmetrics.h"

namespace ShadowOptic {

void RolloutArmMetrics::add(bool ok, bool refused, qint64 latencyMs, const QString &unit)
{
    ++m_requests;
    const bool success = ok && !refused;
    if (!ok)
        ++m_errors;
    if (ok && refused)
        ++m_refusals;
    if (success)
        ++m_successes;
    if (ok && latencyMs >= 0) {
        m_latencySum += double(latencyMs);
        ++m_latencyCount;
    }
    if (unit.isEmpty()) {
        ++m_withoutUnit;
        return;
    }
    Unit &u = m_units[unit];
    ++u.requests;
    if (success)
        ++u.successes;
}

double RolloutArmMetrics::designEffect() const
{
    const qint64 c = m_units.size();
    if (c < 2 || m_withoutUnit > 0 || m_requests < 2)
        return 1.0;
    const double n = double(m_requests);
    const double p = double(m_successes) / n;
    const double independent = p * (1.0 - p) / n;
    if (independent <= 0.0)
        return 1.0;
    double sum = 0.0;
    for (const Unit &u : m_units) {
        const double residual = double(u.successes) - p * double(u.requests);
        sum += residual * residual;
    }
    const double robust = double(c) / double(c - 1) * sum / (n * n);
    return std::max(1.0, robust / independent);
}

QJsonObject RolloutArmMetrics::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject { { QStringLiteral("model"), model },
                         { QStringLiteral("requests"), double(m_requests) },
                         { QStringLiteral("successes"), double(m_successes) },
                         { QStringLiteral("errors"), double(m_errors) },
                         { QStringLiteral("refusals"), double(m_refusals) },
                         { QStringLiteral("success_rate"), number(successRate()) },
                         { QStringLiteral("error_rate"), number(errorRate()) },
                         { QStringLiteral("refusal_rate"), number(refusalRate()) },
                         { QStringLiteral("mean_latency_ms"), number(meanLatencyMs()) },
                         { QStringLiteral("units"), double(units()) },
                         { QStringLiteral("design_effect"), designEffect() } };
}

} // namespace ShadowOptic
