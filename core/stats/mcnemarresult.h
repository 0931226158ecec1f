// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

namespace ShadowOptic {

/** McNemar test on paired binary outcomes (Statistics::mcnemar). */
struct McNemarResult
{
    qint64 b = 0; // baseline yes, candidate no
    qint64 c = 0; // baseline no, candidate yes
    double statistic = 0.0; // continuity-corrected chi-square, max(0, |b-c|-1)^2 / (b+c); 0 when b+c == 0
    double pValue = 1.0; // two-sided
    bool exact = false; // p from the exact binomial test (b+c < Statistics::mcnemarExactBelow)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::McNemarResult)
Q_DECLARE_TYPEINFO(ShadowOptic::McNemarResult, Q_PRIMITIVE_TYPE);
