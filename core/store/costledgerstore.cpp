// SPDX-License-Identifier: MIT
#include "costledgerstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

CostLedgerStore::CostLedgerStore(const ProjectStore &store)
    : m_store(store)
{
}

bool CostLedgerStore::groups(QList<Group> *out, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    // logged: Portkey's own figure; 0 means "not priced" there, so it is not one (SPEC §2).
    const QString logged = QStringLiteral("(COALESCE(cost_estimated, 0) = 0 AND COALESCE(cost_usd, 0) > 0)");
    const QString tokens = QStringLiteral("(prompt_tokens IS NOT NULL OR completion_tokens IS NOT NULL)");
    const QString sums = QStringLiteral("SUM(CASE WHEN %1 THEN COALESCE(prompt_tokens, 0) ELSE 0 END), "
                                        "SUM(CASE WHEN %1 THEN COALESCE(cache_read_tokens, 0) ELSE 0 END), "
                                        "SUM(CASE WHEN %1 THEN COALESCE(cache_write_tokens, 0) ELSE 0 END), "
                                        "SUM(CASE WHEN %1 THEN COALESCE(completion_tokens, 0) ELSE 0 END), "
                                        "SUM(CASE WHEN %1 THEN COALESCE(reasoning_tokens, 0) ELSE 0 END)");
    const QString unlogged = QStringLiteral("(NOT %1 AND %2)").arg(logged, tokens);
    const QString sql
        = QStringLiteral("SELECT COALESCE(provider, ''), COALESCE(model, ''), "
                         "CASE WHEN created_at IS NULL THEN '' ELSE strftime('%Y-%m', created_at / 1000, 'unixepoch') "
                         "END AS month, COALESCE(use_case, ''), COALESCE(batch, 0), COUNT(*), "
                         "SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %1 THEN cost_usd ELSE 0 END), %2, "
                         "SUM(CASE WHEN %3 THEN 1 ELSE 0 END), %4, "
                         "SUM(CASE WHEN NOT %1 AND NOT %5 THEN 1 ELSE 0 END) FROM logs "
                         "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
              .arg(logged, sums.arg(logged), unlogged, sums.arg(unlogged), tokens);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    auto readTokens = [&q](int i, Tokens *t) {
        t->input = q.value(i).toLongLong();
        t->cacheRead = q.value(i + 1).toLongLong();
        t->cacheWrite = q.value(i + 2).toLongLong();
        t->output = q.value(i + 3).toLongLong();
        t->reasoning = q.value(i + 4).toLongLong();
    };
    while (q.next()) {
        Group g;
        g.provider = q.value(0).toString();
        g.model = q.value(1).toString();
        g.month = q.value(2).toString();
        g.useCase = q.value(3).toString();
        g.batch = q.value(4).toInt() != 0;
        g.requests = q.value(5).toLongLong();
        g.loggedRequests = q.value(6).toLongLong();
        g.loggedCostUsd = q.value(7).toDouble();
        readTokens(8, &g.loggedTokens);
        g.unloggedRequests = q.value(13).toLongLong();
        readTokens(14, &g.unloggedTokens);
        g.withoutTokens = q.value(19).toLongLong();
        out->append(g);
    }
    return true;
}

} // namespace ShadowOptic
