// SPDX-License-Identifier: MIT
#include "reportmoney.h"

#include <QLocale>

#include <cmath>

namespace ShadowOptic {

QString ReportMoney::text(double usd, Style style)
{
    if (!std::isfinite(usd))
        return QStringLiteral("–");
    if (style == Style::AxisTick && usd <= 0)
        return QStringLiteral("$0");
    const QLocale l;
    const double a = std::abs(usd);
    const QString sign = usd < 0 ? QStringLiteral("−$") : QStringLiteral("$");
    if (a >= 100)
        return QString(sign + l.toString(a, 'f', 0));
    if (a >= 1 || a == 0)
        return QString(sign + l.toString(a, 'f', 2));
    const int significant = style == Style::AxisTick ? 1 : 2;
    return QString(sign + l.toString(a, 'f', qBound(2, int(std::ceil(-std::log10(a))) + significant, 8)));
}

} // namespace ShadowOptic
