// SPDX-License-Identifier: MIT
#include "catalogconflicts.h"

#include "domain/tokenusage.h"
#include "pricecatalog.h"
#include "store/catalogconflictsstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

bool CatalogConflicts::compute(const ProjectStore &store, const PriceCatalog &catalog, CatalogConflicts *out,
                               QString *error)
{
    *out = CatalogConflicts();
    const CatalogConflictsStore logs(store);
    QList<CatalogConflictsStore::ModelRequests> logged;
    QHash<QString, QList<CatalogConflictsStore::ReportedCost>> reported;
    if (!logs.requestsByModel(&logged, error) || !logs.reportedCosts(&reported, error))
        return false;
    for (const auto &[provider, model, requests] : std::as_const(logged)) {
        const ModelResolution r = catalog.resolve(provider, model);
        if (!r.isPriced()) {
            out->missing.append({ model, requests, provider, r.explanation() });
            continue;
        }
        const QList<CatalogConflictsStore::ReportedCost> costs = reported.value(provider + QLatin1Char('\n') + model);
        QList<double> ratios;
        qint64 off = 0;
        for (const auto &c : std::as_const(costs)) {
            const double expected = r.model->costUsd({ .input = c.promptTokens,
                                                       .cacheRead = c.cacheReadTokens,
                                                       .cacheWrite = c.cacheWriteTokens,
                                                       .output = c.completionTokens,
                                                       .batch = c.batch });
            if (expected <= 0)
                continue;
            const double ratio = c.costUsd / expected;
            ratios.append(ratio);
            if (std::abs(ratio - 1.0) > Tolerance)
                ++off;
        }
        if (off > 0) {
            std::sort(ratios.begin(), ratios.end());
            out->mismatches.append({ model, off, ratios.at(ratios.size() / 2) });
        }
    }
    return true;
}

QJsonObject CatalogConflicts::toJson() const
{
    QJsonArray miss, mism;
    for (const auto &m : missing)
        miss.append(QJsonObject { { QStringLiteral("model"), m.model },
                                  { QStringLiteral("requests"), m.requests },
                                  { QStringLiteral("provider"), m.provider },
                                  { QStringLiteral("explanation"), m.explanation } });
    for (const auto &m : mismatches)
        mism.append(QJsonObject { { QStringLiteral("model"), m.model },
                                  { QStringLiteral("logs"), m.logs },
                                  { QStringLiteral("median_ratio"), m.medianRatio } });
    return QJsonObject { { QStringLiteral("missing_models"), miss }, { QStringLiteral("price_mismatches"), mism } };
}

CatalogConflicts CatalogConflicts::fromJson(const QJsonObject &o)
{
    CatalogConflicts c;
    for (const QJsonValue &v : o.value(QLatin1String("missing_models")).toArray()) {
        const QJsonObject m = v.toObject();
        c.missing.append({ m.value(QLatin1String("model")).toString(), m.value(QLatin1String("requests")).toInteger(),
                           m.value(QLatin1String("provider")).toString(),
                           m.value(QLatin1String("explanation")).toString() });
    }
    for (const QJsonValue &v : o.value(QLatin1String("price_mismatches")).toArray()) {
        const QJsonObject m = v.toObject();
        c.mismatches.append({ m.value(QLatin1String("model")).toString(), m.value(QLatin1String("logs")).toInteger(),
                              m.value(QLatin1String("median_ratio")).toDouble(1.0) });
    }
    return c;
}

QString CatalogConflicts::toText() const
{
    if (isEmpty())
        return tr("Catalog: no conflicts with the logs.\n");
    QString text;
    for (const auto &m : missing)
        text += tr("%n log(s) of '%1': %2", nullptr, int(m.requests))
                    .arg(m.model, m.explanation.isEmpty() ? tr("no price — map it to a catalog model.") : m.explanation)
            + QLatin1Char('\n');
    for (const auto &m : mismatches)
        text += tr("Catalog conflict: %1 logs of '%2' report a cost more than 5% away from the catalog price "
                   "(median reported/catalog = %3).\n")
                    .arg(m.logs)
                    .arg(m.model)
                    .arg(m.medianRatio, 0, 'f', 3);
    return text;
}

} // namespace ShadowOptic
