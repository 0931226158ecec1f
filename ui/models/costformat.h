// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/** Money and percentages as the Costs panel, its table and its chart show them (QLocale, dollars). */
class CostFormat
{
public:
    /** "$1,234.56"; amounts under a dollar keep four decimals so a cent-sized difference is not "$0.00". */
    static QString money(double usd);
    /** money() with an explicit sign: "+$1.20", "−$0.3000". */
    static QString signedMoney(double usd);
    /** "12.3%", "–" when not a number. */
    static QString percent(double value);
    /** Signed, with a real minus sign: "−5%", "0%", "+2.5%" (what rounds to zero has no sign). */
    static QString signedPercent(double value, int decimals);
};

} // namespace ShadowOptic
