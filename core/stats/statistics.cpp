// SPDX-License-Identifier: MIT
#include "statistics.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ShadowOptic {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

ConfidenceInterval percentileInterval(QList<double> &stats, double estimate, double level)
{
    std::sort(stats.begin(), stats.end());
    ConfidenceInterval ci;
    ci.estimate = estimate;
    ci.level = level;
    ci.lower = Statistics::percentileSorted(stats, 100.0 * (1.0 - level) / 2.0);
    ci.upper = Statistics::percentileSorted(stats, 100.0 * (1.0 + level) / 2.0);
    return ci;
}
} // namespace

QString NonInferiorityResult::verdictToString(NonInferiorityVerdict verdict)
{
    switch (verdict) {
    case NonInferiorityVerdict::Pass:
        return QStringLiteral("pass");
    case NonInferiorityVerdict::Fail:
        return QStringLiteral("fail");
    case NonInferiorityVerdict::Inconclusive:
        break;
    }
    return QStringLiteral("inconclusive");
}

double Statistics::mean(const QList<double> &values)
{
    if (values.isEmpty())
        return nan;
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

double Statistics::variance(const QList<double> &values)
{
    if (values.size() < 2)
        return nan;
    const double m = mean(values);
    double ss = 0.0;
    for (const double v : values)
        ss += (v - m) * (v - m);
    return ss / double(values.size() - 1);
}

double Statistics::standardDeviation(const QList<double> &values)
{
    return std::sqrt(variance(values));
}

double Statistics::percentileSorted(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty() || std::isnan(p))
        return nan;
    const double h = (double(sorted.size()) - 1.0) * std::clamp(p, 0.0, 100.0) / 100.0;
    const auto lo = static_cast<qsizetype>(std::floor(h));
    const qsizetype hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (h - double(lo)) * (sorted.at(hi) - sorted.at(lo));
}

double Statistics::percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileSorted(values, p);
}

ConfidenceInterval Statistics::bootstrapMeanCi(const QList<double> &values, int resamples, double level, quint64 seed)
{
    ConfidenceInterval ci;
    ci.level = level;
    if (values.isEmpty() || resamples < 1)
        return ci;
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)));
    const auto n = static_cast<quint32>(values.size());
    QList<double> means(resamples);
    for (int r = 0; r < resamples; ++r) {
        double sum = 0.0;
        for (quint32 i = 0; i < n; ++i)
            sum += values.at(rng.bounded(n));
        means[r] = sum / double(n);
    }
    return percentileInterval(means, mean(values), level);
}

ConfidenceInterval Statistics::pairedBootstrapMeanDiffCi(const QList<double> &baseline, const QList<double> &candidate,
                                                         int resamples, double level, quint64 seed)
{
    ConfidenceInterval ci;
    ci.level = level;
    if (baseline.size() != candidate.size() || baseline.isEmpty() || resamples < 1)
        return ci;
    QList<double> diffs(baseline.size());
    for (qsizetype i = 0; i < baseline.size(); ++i)
        diffs[i] = candidate.at(i) - baseline.at(i);
    // Resampling the per-prompt differences keeps each pair together.
    return bootstrapMeanCi(diffs, resamples, level, seed);
}

double Statistics::binomialCdf(qint64 k, qint64 n, double p)
{
    if (n < 0 || k < 0)
        return 0.0;
    if (k >= n)
        return 1.0;
    if (p <= 0.0)
        return 1.0;
    if (p >= 1.0)
        return 0.0;
    double sum = 0.0;
    for (qint64 i = 0; i <= k; ++i) {
        const double logTerm = std::lgamma(double(n) + 1) - std::lgamma(double(i) + 1) - std::lgamma(double(n - i) + 1)
            + double(i) * std::log(p) + double(n - i) * std::log1p(-p);
        sum += std::exp(logTerm);
    }
    return std::min(1.0, sum);
}

double Statistics::chiSquare1Sf(double x)
{
    if (x <= 0.0)
        return 1.0;
    return std::erfc(std::sqrt(x / 2.0));
}

McNemarResult Statistics::mcnemar(qint64 b, qint64 c)
{
    McNemarResult r;
    r.b = b;
    r.c = c;
    const qint64 n = b + c;
    if (n <= 0)
        return r; // no discordant pairs: no evidence of a difference, p = 1
    const double d = std::max(0.0, std::abs(double(b - c)) - 1.0);
    r.statistic = d * d / double(n);
    if (n < mcnemarExactBelow) {
        r.exact = true;
        r.pValue = std::min(1.0, 2.0 * binomialCdf(std::min(b, c), n, 0.5));
    } else {
        r.pValue = chiSquare1Sf(r.statistic);
    }
    return r;
}

McNemarResult Statistics::mcnemar(const QList<bool> &baseline, const QList<bool> &candidate)
{
    qint64 b = 0;
    qint64 c = 0;
    const qsizetype n = std::min(baseline.size(), candidate.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (baseline.at(i) && !candidate.at(i))
            ++b;
        else if (!baseline.at(i) && candidate.at(i))
            ++c;
    }
    McNemarResult r = mcnemar(b, c);
    if (baseline.size() != candidate.size())
        r.pValue = nan;
    return r;
}

NonInferiorityResult Statistics::nonInferiority(qint64 challengerSuccesses, qint64 challengerTotal,
                                                qint64 controlSuccesses, qint64 controlTotal, double margin,
                                                double alpha)
{
    NonInferiorityResult r;
    r.margin = margin;
    r.alpha = alpha;
    if (challengerTotal <= 0 || controlTotal <= 0)
        return r;
    const double pc = double(challengerSuccesses) / double(challengerTotal);
    const double pk = double(controlSuccesses) / double(controlTotal);
    r.challengerRate = pc;
    r.controlRate = pk;
    r.difference = pc - pk;
    const double se = std::sqrt(pc * (1.0 - pc) / double(challengerTotal) + pk * (1.0 - pk) / double(controlTotal));
    const double shifted = r.difference + margin;
    if (se > 0.0)
        r.z = shifted / se;
    else
        r.z = shifted > 0.0 ? inf : (shifted < 0.0 ? -inf : 0.0);
    r.pValue = 1.0 - normalCdf(r.z);
    const double zCrit = normalQuantile(1.0 - alpha);
    r.lowerBound = r.difference - zCrit * se;
    r.upperBound = r.difference + zCrit * se;
    if (r.pValue < alpha)
        r.verdict = NonInferiorityVerdict::Pass;
    else if (r.upperBound < -margin)
        r.verdict = NonInferiorityVerdict::Fail;
    else
        r.verdict = NonInferiorityVerdict::Inconclusive;
    return r;
}

QList<int> Statistics::paretoFrontier(const QList<ParetoPoint> &points)
{
    QList<int> order;
    for (int i = 0; i < points.size(); ++i) {
        if (!std::isnan(points.at(i).cost) && !std::isnan(points.at(i).quality))
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&points](int a, int b) {
        const ParetoPoint &pa = points.at(a);
        const ParetoPoint &pb = points.at(b);
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        if (pa.quality != pb.quality)
            return pa.quality > pb.quality;
        return a < b;
    });
    QList<int> frontier;
    double bestQuality = -inf;
    double bestCost = inf; // cost of the cheapest point reaching bestQuality
    for (const int i : std::as_const(order)) {
        const ParetoPoint &p = points.at(i);
        // Every earlier point costs no more than p, so p survives only by beating their best quality,
        // or by tying it at the same cost (a duplicate).
        if (p.quality > bestQuality) {
            frontier.append(i);
            bestQuality = p.quality;
            bestCost = p.cost;
        } else if (p.quality == bestQuality && p.cost == bestCost) {
            frontier.append(i);
        }
    }
    return frontier;
}

double Statistics::normalCdf(double z)
{
    if (std::isnan(z))
        return nan;
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double Statistics::normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return nan;
    if (p == 0.0)
        return -inf;
    if (p == 1.0)
        return inf;
    // Acklam's rational approximation (relative error < 1.15e-9) ...
    static constexpr double a[] = { -3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                    1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00 };
    static constexpr double b[] = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                    6.680131188771972e+01, -1.328068155288572e+01 };
    static constexpr double c[] = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                    -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00 };
    static constexpr double d[]
        = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
    constexpr double pLow = 0.02425;
    double x;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // ... refined by one Halley step on Phi(x) - p.
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * M_PI) * std::exp(x * x / 2.0);
    x = x - u / (1.0 + x * u / 2.0);
    return x;
}

} // namespace ShadowOptic
