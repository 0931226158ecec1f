// SPDX-License-Identifier: MIT
#include "catalogconflictsstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

CatalogConflictsStore::CatalogConflictsStore(const ProjectStore &store)
    : m_store(store)
{
}

bool CatalogConflictsStore::requestsByModel(QList<ModelRequests> *models, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(provider, ''), model, COUNT(*) FROM logs WHERE model IS NOT NULL AND "
                               "model <> '' GROUP BY COALESCE(provider, ''), model ORDER BY COUNT(*) DESC, model"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        models->append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return true;
}

bool CatalogConflictsStore::reportedCosts(QHash<QString, QList<ReportedCost>> *costs, QString *error) const
{
    QSqlQuery c(StoreAccess::database(m_store));
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT COALESCE(provider, ''), model, cost_usd, prompt_tokens, completion_tokens, "
                               "COALESCE(cache_read_tokens, 0), COALESCE(cache_write_tokens, 0), COALESCE(batch, 0) "
                               "FROM logs NOT INDEXED WHERE model IS NOT NULL AND cost_estimated = 0 AND "
                               "cost_usd > 0 AND prompt_tokens IS NOT NULL AND completion_tokens IS NOT NULL"))) {
        *error = c.lastError().text();
        return false;
    }
    while (c.next())
        (*costs)[c.value(0).toString() + QLatin1Char('\n') + c.value(1).toString()].append(
            { c.value(2).toDouble(), c.value(3).toLongLong(), c.value(4).toLongLong(), c.value(5).toLongLong(),
              c.value(6).toLongLong(), c.value(7).toInt() != 0 });
    return true;
}

} // namespace ShadowOptic
