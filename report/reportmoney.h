// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/** Dollar amounts as the PDF report writes them, in its text and on its chart axes: whole dollars from $100, cents
 *  from $1, and below that enough decimals to show the first significant digits. */
class ReportMoney
{
public:
    enum class Style {
        Amount, // a figure in the text: signed, two significant digits below $1, "–" when unknown
        AxisTick, // a chart tick: one significant digit fewer, "$0" at and below zero
    };

    static QString text(double usd, Style style = Style::Amount);
};

} // namespace ShadowOptic
