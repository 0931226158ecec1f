// SPDX-License-Identifier: MIT
#include "niceaxis.h"

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

NiceAxis NiceAxis::fit(double lo, double hi, int maxTicks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (lo > hi)
        std::swap(lo, hi);
    if (hi - lo < 1e-9) {
        const double pad = std::max(std::abs(lo) * 0.1, 1e-3);
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10.0;
    for (const double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (magnitude * f >= raw) {
            step = magnitude * f;
            break;
        }
    }
    NiceAxis a;
    a.step = step;
    a.min = std::floor(lo / step + 1e-9) * step;
    a.max = std::ceil(hi / step - 1e-9) * step;
    return a;
}

QList<double> NiceAxis::ticks() const
{
    // Multiples of the step within the range (the range itself need not be one: a chart may fit it to its data).
    QList<double> out;
    const double first = std::ceil(min / step - 1e-9) * step;
    const int n = int(std::floor((max - first) / step + 1e-9));
    for (int i = 0; i <= n && i < 100; ++i) {
        const double v = first + i * step;
        out.append(std::abs(v) < step * 1e-6 ? 0.0 : v);
    }
    return out;
}

int NiceAxis::decimals() const
{
    int d = 0;
    double s = step;
    while (d < 6 && std::abs(s - std::round(s)) > 1e-6 * std::max(1.0, std::abs(s))) {
        s *= 10.0;
        ++d;
    }
    return d;
}

} // namespace ShadowOptic
