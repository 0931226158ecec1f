// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <cmath>

namespace ShadowOptic {

/** What one model did with its share of live traffic during a stage: requests, successes (answered, not refused),
 *  errors, full refusals, latency, and the same per user or session so correlated requests do not count as
 *  independent evidence. */
class RolloutArmMetrics
{
public:
    QString model;

    /** One live request; unit is "user:…" / "session:…" or empty. Latency < 0 is unknown. */
    void add(bool ok, bool refused, qint64 latencyMs, const QString &unit);

    qint64 requests() const { return m_requests; }
    qint64 successes() const { return m_successes; }
    qint64 errors() const { return m_errors; }
    qint64 refusals() const { return m_refusals; }
    double successRate() const { return m_requests ? double(m_successes) / m_requests : std::nan(""); }
    double errorRate() const { return m_requests ? double(m_errors) / m_requests : std::nan(""); }
    double refusalRate() const { return m_requests ? double(m_refusals) / m_requests : std::nan(""); }
    /** Mean latency of successful requests; NaN when none reported one. */
    double meanLatencyMs() const { return m_latencyCount ? m_latencySum / m_latencyCount : std::nan(""); }
    /** Distinct users or sessions; 0 when no request named one. */
    qint64 units() const { return m_units.size(); }
    /** The cluster-robust variance of the success rate over the independent one (Liang & Zeger, with the C/(C−1)
     *  factor), never below 1; 1 with fewer than two units or when some requests name none. */
    double designEffect() const;

    QJsonObject toJson() const;

private:
    struct Unit
    {
        qint64 requests = 0;
        qint64 successes = 0;
    };
    qint64 m_requests = 0;
    qint64 m_successes = 0;
    qint64 m_errors = 0;
    qint64 m_refusals = 0;
    qint64 m_withoutUnit = 0;
    double m_latencySum = 0.0;
    qint64 m_latencyCount = 0;
    QHash<QString, Unit> m_units;
};

} // namespace ShadowOptic
