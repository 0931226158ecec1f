// SPDX-License-Identifier: MIT
#include "paireddifferences.h"

#include "confidencesequence.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace ShadowOptic {

PairedDifferences::PairedDifferences(Kind kind)
    : m_kind(kind)
{
}

void PairedDifferences::add(double difference, const QString &cluster)
{
    m_values.append(difference);
    m_clusters.append(cluster);
}

qint64 PairedDifferences::clusters() const
{
    QSet<QString> ids;
    for (const QString &c : m_clusters)
        if (!c.isEmpty())
            ids.insert(c);
    return ids.size();
}

double PairedDifferences::mean() const
{
    if (m_values.isEmpty())
        return std::nan("");
    double sum = 0;
    for (double v : m_values)
        sum += v;
    return sum / double(m_values.size());
}

double PairedDifferences::spread() const
{
    const qint64 n = m_values.size();
    if (n < 2)
        return std::nan("");
    if (m_kind == Kind::Binary) {
        qint64 discordant = 0;
        for (double v : m_values)
            discordant += v != 0.0 ? 1 : 0;
        return std::sqrt(double(discordant + 1) / double(n + 2));
    }
    const double m = mean();
    double ss = 0;
    for (double v : m_values)
        ss += (v - m) * (v - m);
    return std::sqrt(ss / double(n - 1));
}

double PairedDifferences::designEffect() const
{
    const qint64 n = m_values.size();
    // A prompt without a cluster id is its own cluster.
    QHash<QString, double> sums;
    QHash<QString, qint64> sizes;
    for (qint64 i = 0; i < n; ++i) {
        const QString id = m_clusters.at(i).isEmpty() ? QStringLiteral("\x1f#") + QString::number(i) : m_clusters.at(i);
        sums[id] += m_values.at(i);
        ++sizes[id];
    }
    const qint64 c = sums.size();
    const double sd = spread();
    if (c < 2 || c == n || !(sd > 0))
        return 1.0;
    const double m = mean();
    double robust = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const double r = it.value() - double(sizes.value(it.key())) * m;
        robust += r * r;
    }
    robust *= double(c) / double(c - 1) / (double(n) * double(n));
    const double independent = sd * sd / double(n);
    return std::max(1.0, robust / independent);
}

double PairedDifferences::effectiveSd() const
{
    return spread() * std::sqrt(designEffect());
}

ConfidenceInterval PairedDifferences::interval(double alpha, qint64 tightestAt) const
{
    ConfidenceInterval ci;
    ci.level = 1.0 - alpha;
    ci.estimate = mean();
    const double h = ConfidenceSequence::halfWidth(count(), effectiveSd(), alpha, tightestAt);
    if (std::isfinite(h)) {
        ci.lower = ci.estimate - h;
        ci.upper = ci.estimate + h;
    }
    return ci;
}

qint64 PairedDifferences::countToExclude(double threshold, double alpha, qint64 tightestAt, qint64 cap) const
{
    return ConfidenceSequence::observationsToExclude(count(), mean(), effectiveSd(), threshold, alpha, tightestAt, cap);
}

} // namespace ShadowOptic
