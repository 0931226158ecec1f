// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <cmath>

namespace ShadowOptic {

enum class NonInferiorityVerdict {
    Pass, // challenger is not worse than control by more than the margin (H0 rejected)
    Fail, // challenger is significantly worse than control by more than the margin
    Inconclusive, // neither, or no data
};

/** One-sided two-proportion z-test with a non-inferiority margin (Statistics::nonInferiority, SPEC §9). */
struct NonInferiorityResult
{
    double challengerRate = std::nan("");
    double controlRate = std::nan("");
    double difference = std::nan(""); // challenger - control
    double margin = 0.02;
    double alpha = 0.05;
    double z = std::nan(""); // (difference + margin) / SE
    double pValue = std::nan(""); // one-sided, H0: difference <= -margin
    double lowerBound = std::nan(""); // one-sided (1 - alpha) lower confidence bound of the difference
    double upperBound = std::nan(""); // one-sided (1 - alpha) upper confidence bound of the difference
    NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive;

    /** "pass", "fail", "inconclusive". */
    static QString verdictToString(NonInferiorityVerdict verdict);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::NonInferiorityResult)
