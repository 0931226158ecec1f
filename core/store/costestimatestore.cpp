// SPDX-License-Identifier: MIT
#include "costestimatestore.h"

#include "catalog/pricecatalog.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

// Rows whose cost is the catalog's to give: estimated before, or never given one although they have tokens.
const char *const Estimable = "(cost_estimated = 1 OR (cost_usd IS NULL AND (prompt_tokens IS NOT NULL OR "
                              "completion_tokens IS NOT NULL)))";
const char *const Group = "COALESCE(provider, '') = ? AND COALESCE(model, '') = ? AND COALESCE(batch, 0) = ?";

} // namespace

CostEstimateStore::CostEstimateStore(const ProjectStore &store)
    : m_store(store)
{
}

bool CostEstimateStore::reprice(const PriceCatalog &catalog, qint64 *updated, QString *error) const
{
    *updated = 0;
    QSqlDatabase db = StoreAccess::database(m_store);
    QSqlQuery groups(db);
    groups.setForwardOnly(true);
    if (!groups.exec(QStringLiteral("SELECT DISTINCT COALESCE(provider, ''), COALESCE(model, ''), COALESCE(batch, 0) "
                                    "FROM logs WHERE %1")
                         .arg(QLatin1String(Estimable)))) {
        *error = groups.lastError().text();
        return false;
    }
    struct Key
    {
        QString provider, model;
        int batch;
    };
    QList<Key> keys;
    while (groups.next())
        keys.append({ groups.value(0).toString(), groups.value(1).toString(), groups.value(2).toInt() });
    // Portkey's formula on the stored parts, in USD per 1K tokens (SPEC §3).
    QSqlQuery price(db);
    // Only rows whose estimate changes are written: rewriting a row rewrites its raw JSON, and a project's
    // estimates mostly keep their price across a catalog edit.
    const QString cost = QStringLiteral("(MAX(0, COALESCE(prompt_tokens, 0) - COALESCE(cache_read_tokens, 0) - "
                                        "COALESCE(cache_write_tokens, 0)) * ? + COALESCE(cache_read_tokens, 0) * ? + "
                                        "COALESCE(cache_write_tokens, 0) * ? + COALESCE(completion_tokens, 0) * ?) / "
                                        "1000.0");
    price.prepare(QStringLiteral("UPDATE logs SET cost_estimated = 1, cost_usd = %1 WHERE %2 AND %3 AND "
                                 "(cost_estimated IS NOT 1 OR cost_usd IS NOT %1)")
                      .arg(cost, QLatin1String(Group), QLatin1String(Estimable)));
    QSqlQuery unprice(db);
    unprice.prepare(
        QStringLiteral("UPDATE logs SET cost_estimated = 0, cost_usd = NULL WHERE %1 AND cost_estimated = 1")
            .arg(QLatin1String(Group)));
    for (const Key &k : std::as_const(keys)) {
        const ModelInfo *m = catalog.find(k.provider, k.model);
        QSqlQuery &q = m && m->isPriced() ? price : unprice;
        const bool batch = k.batch != 0;
        const auto bindRates = [&] {
            q.addBindValue(m->inputRate(batch));
            q.addBindValue(m->cacheReadRate(batch));
            q.addBindValue(m->cacheWriteRate(batch));
            q.addBindValue(m->outputRate(batch));
        };
        if (m && m->isPriced())
            bindRates();
        q.addBindValue(k.provider);
        q.addBindValue(k.model);
        q.addBindValue(k.batch);
        if (m && m->isPriced())
            bindRates(); // the same cost again, to compare with the stored one
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        *updated += q.numRowsAffected();
    }
    return true;
}

} // namespace ShadowOptic
