// SPDX-License-Identifier: MIT
#include "priceadjustment.h"

#include <QLocale>

namespace ShadowOptic {

bool PriceAdjustment::addDiscount(const QString &spec, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    bool ok = false;
    const double percent = eq > 0 ? spec.mid(eq + 1).trimmed().remove(QLatin1Char('%')).toDouble(&ok) : 0.0;
    if (eq <= 0 || !ok || percent < 0 || percent > 100) {
        *error = tr("'%1' is not a discount: write PROVIDER=PERCENT, e.g. anthropic=20 (0 to 100).").arg(spec);
        return false;
    }
    discountPercent.insert(spec.left(eq).trimmed().toLower(), percent);
    return true;
}

QString PriceAdjustment::describe() const
{
    QStringList parts;
    const QLocale locale;
    QStringList providers = discountPercent.keys();
    providers.sort();
    for (const QString &p : providers)
        parts.append(tr("%1 %2% off").arg(p, locale.toString(discountPercent.value(p), 'f', 1)));
    if (prices)
        parts.append(tr("prices from %1").arg(pricesSource));
    return parts.join(QStringLiteral(", "));
}

} // namespace ShadowOptic
