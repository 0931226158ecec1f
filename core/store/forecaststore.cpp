// SPDX-License-Identifier: MIT
#include "forecaststore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

// max_tokens is read from the request's parameters; max_completion_tokens is the newer OpenAI name.
const char *const LogMaxTokens = "COALESCE(CASE WHEN json_valid(l.params_json) THEN COALESCE("
                                 "json_extract(l.params_json, '$.max_tokens'), "
                                 "json_extract(l.params_json, '$.max_completion_tokens')) END, 0)";

bool readRows(QSqlQuery &q, bool replayed, QList<ForecastRow> *rows, QString *error)
{
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ForecastRow r;
        r.id = q.value(0).toLongLong();
        r.logId = q.value(1).toString();
        r.model = q.value(2).toString();
        r.provider = q.value(3).toString();
        r.useCase = q.value(4).toString();
        r.createdAt = q.value(5).toLongLong();
        r.promptTokens = q.value(6).toLongLong();
        r.completionTokens = q.value(7).toLongLong();
        r.cacheReadTokens = q.value(8).toLongLong();
        r.cacheWriteTokens = q.value(9).toLongLong();
        r.maxTokens = q.value(10).toLongLong();
        r.costKnown = !q.value(11).isNull();
        r.costUsd = q.value(11).toDouble();
        r.refusal = q.value(12).toString();
        r.replayed = replayed;
        if (replayed)
            r.runId = q.value(13).toLongLong();
        rows->append(r);
    }
    return true;
}

QString replayedSql(const QString &where)
{
    return QStringLiteral("SELECT l.id, c.log_id, c.model, '', l.use_case, c.created_at, c.prompt_tokens, "
                          "c.completion_tokens, c.cache_read_tokens, c.cache_write_tokens, "
                          "COALESCE(CASE WHEN json_valid(c.request_json) THEN COALESCE("
                          "json_extract(c.request_json, '$.max_tokens'), "
                          "json_extract(c.request_json, '$.max_completion_tokens')) END, %1), "
                          "c.cost_usd, '', c.run_id FROM completions c JOIN logs l ON l.log_id = c.log_id "
                          "WHERE c.ok = 1 AND c.completion_tokens > 0 AND %2 ORDER BY c.id")
        .arg(QLatin1String(LogMaxTokens), where);
}

} // namespace

ForecastStore::ForecastStore(const ProjectStore &store)
    : m_store(store)
{
}

bool ForecastStore::loggedRows(QList<ForecastRow> *rows, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.id, l.log_id, l.model, l.provider, l.use_case, l.created_at, l.prompt_tokens, "
                             "l.completion_tokens, l.cache_read_tokens, l.cache_write_tokens, %1, l.cost_usd, "
                             "l.refusal FROM logs l WHERE COALESCE(l.is_success, 1) = 1 "
                             "AND l.completion_tokens > 0 AND l.prompt_tokens > 0 ORDER BY l.id")
                  .arg(QLatin1String(LogMaxTokens)));
    return readRows(q, false, rows, error);
}

bool ForecastStore::replayedRows(QList<ForecastRow> *rows, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(replayedSql(QStringLiteral("c.id IN (SELECT MAX(id) FROM completions WHERE ok = 1 GROUP BY log_id, "
                                         "model)")));
    return readRows(q, true, rows, error);
}

bool ForecastStore::runRows(qint64 runId, QList<ForecastRow> *rows, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(replayedSql(QStringLiteral("c.run_id = ? AND c.cost_usd IS NOT NULL AND COALESCE(c.cache_hit, 0) = 0")));
    q.addBindValue(runId);
    return readRows(q, true, rows, error);
}

qint64 ForecastStore::newestRunWithAnswers() const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT MAX(run_id) FROM completions WHERE ok = 1 AND completion_tokens > 0"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace ShadowOptic
