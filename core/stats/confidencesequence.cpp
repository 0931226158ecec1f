// SPDX-License-Identifier: MIT
#include "confidencesequence.h"

#include <QtGlobal>

#include <cmath>

namespace ShadowOptic {

ConfidenceSequence::ConfidenceSequence(double alpha, qint64 tightestAt)
    : m_alpha(alpha)
    , m_tightestAt(qMax<qint64>(1, tightestAt))
{
}

void ConfidenceSequence::add(double x)
{
    ++m_n;
    const double delta = x - m_mean;
    m_mean += delta / double(m_n);
    m_m2 += delta * (x - m_mean);
}

void ConfidenceSequence::add(const QList<double> &values)
{
    for (double v : values)
        add(v);
}

double ConfidenceSequence::standardDeviation() const
{
    return m_n > 1 ? std::sqrt(m_m2 / double(m_n - 1)) : std::nan("");
}

double ConfidenceSequence::halfWidth(qint64 n, double sd, double alpha, qint64 tightestAt)
{
    if (n < 2 || !std::isfinite(sd) || alpha <= 0 || alpha >= 1)
        return std::nan("");
    const double l = -2.0 * std::log(alpha);
    const double rho2 = (l + std::log(l + 1.0)) / double(qMax<qint64>(1, tightestAt));
    const double t = double(n);
    const double a = t * rho2 + 1.0;
    return sd * std::sqrt(2.0 * a / (t * t * rho2) * std::log(std::sqrt(a) / alpha));
}

ConfidenceInterval ConfidenceSequence::interval() const
{
    ConfidenceInterval ci;
    ci.level = 1.0 - m_alpha;
    ci.estimate = mean();
    const double h = halfWidth();
    if (std::isfinite(h)) {
        ci.lower = m_mean - h;
        ci.upper = m_mean + h;
    }
    return ci;
}

qint64 ConfidenceSequence::observationsToExclude(double threshold, qint64 cap) const
{
    return observationsToExclude(m_n, mean(), standardDeviation(), threshold, m_alpha, m_tightestAt, cap);
}

qint64 ConfidenceSequence::observationsToExclude(qint64 n, double mean, double sd, double threshold, double alpha,
                                                 qint64 tightestAt, qint64 cap)
{
    const double distance = std::abs(mean - threshold);
    if (!std::isfinite(sd) || !(distance > 0))
        return -1;
    if (halfWidth(n, sd, alpha, tightestAt) < distance)
        return n;
    if (!(halfWidth(cap, sd, alpha, tightestAt) < distance))
        return -1;
    // The half-width falls monotonically with n beyond the first few observations: bisect.
    qint64 lo = qMax<qint64>(n, 2), hi = cap;
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (halfWidth(mid, sd, alpha, tightestAt) < distance ? hi : lo) = mid;
    }
    return hi;
}

} // namespace ShadowOptic
