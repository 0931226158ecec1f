// SPDX-License-Identifier: MIT
#include "costformat.h"

#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

QLocale moneyLocale()
{
    // The C locale writes "14.64$"; without a language setting, US conventions read as intended.
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

} // namespace

QString CostFormat::money(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("–");
    // A minus sign rather than the accounting "($0.05)" some locales use: the cache column is negative when it saves.
    const double amount = std::abs(usd);
    const QString text = moneyLocale().toCurrencyString(amount, QStringLiteral("$"), amount != 0 && amount < 1 ? 4 : 2);
    return usd < 0 ? QStringLiteral("−") + text : text;
}

QString CostFormat::signedMoney(double usd)
{
    if (!std::isfinite(usd))
        return QStringLiteral("–");
    return (usd < 0 ? QStringLiteral("−") : QStringLiteral("+")) + money(std::abs(usd));
}

QString CostFormat::percent(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString CostFormat::signedPercent(double value, int decimals)
{
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return QLocale().toString(0.0, 'f', decimals) + QLatin1Char('%');
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"))
        + QLocale().toString(std::abs(value), 'f', decimals) + QLatin1Char('%');
}

} // namespace ShadowOptic
