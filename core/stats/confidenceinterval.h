// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

#include <cmath>

namespace ShadowOptic {

/** A point estimate with a two-sided confidence interval. NaN fields when there was no data. */
struct ConfidenceInterval
{
    double estimate = std::nan("");
    double lower = std::nan("");
    double upper = std::nan("");
    double level = 0.95;

    bool isValid() const { return !std::isnan(estimate) && !std::isnan(lower) && !std::isnan(upper); }
    bool contains(double value) const { return value >= lower && value <= upper; }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ConfidenceInterval)
Q_DECLARE_TYPEINFO(ShadowOptic::ConfidenceInterval, Q_PRIMITIVE_TYPE);
