// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace ShadowOptic {

/** Another price list for the same traffic: a contract discount per provider and/or an imported price file applied
 *  on top of the catalog ("under the negotiated Anthropic rate, last month would have cost …"). */
struct PriceAdjustment
{
    QHash<QString, double> discountPercent; // provider (lower case) → percent off its list price
    std::optional<PriceCatalog> prices; // the catalog with a price file imported on top; none: the catalog itself
    QString pricesSource; // the file the prices came from, for the report

    bool isEmpty() const { return discountPercent.isEmpty() && !prices; }
    double factor(const QString &provider) const
    {
        return 1.0 - discountPercent.value(provider.toLower(), 0.0) / 100.0;
    }
    /** "PROVIDER=PERCENT", e.g. "anthropic=20"; false with *error when it is not. */
    bool addDiscount(const QString &spec, QString *error);
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PriceAdjustment)
};

} // namespace ShadowOptic
