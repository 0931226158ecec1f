// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace ShadowOptic {

/** A value range widened to round numbers, with its tick values (1, 2, 2.5 or 5 × 10ⁿ apart). The QPainter charts
 *  of the panels and of the PDF report share it. */
struct NiceAxis
{
    double min = 0.0;
    double max = 1.0;
    double step = 0.5;

    static NiceAxis fit(double lo, double hi, int maxTicks);
    QList<double> ticks() const;
    /** Decimals that tell the ticks apart. */
    int decimals() const;
};

} // namespace ShadowOptic
