// SPDX-License-Identifier: MIT
#include "logstore.h"

#include "domain/logrecordparser.h"
#include "likepattern.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

// Columns of a Prompt, in promptOf()'s order.
constexpr QLatin1String promptColumns(
    "log_id, messages_json, raw_json, params_json, prompt_tokens, completion_tokens, use_case");

LogStore::Prompt promptOf(const QSqlQuery &q)
{
    LogStore::Prompt p;
    p.logId = q.value(0).toString();
    p.messagesJson = LogRecordParser::storedMessagesJson(q.value(1), q.value(2));
    p.paramsJson = q.value(3).toString().toUtf8();
    p.promptTokens = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    p.completionTokens = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    p.useCase = q.value(6).toString();
    return p;
}

} // namespace

LogStore::LogStore(const ProjectStore &store)
    : m_store(store)
{
}

bool LogStore::replayableLogIds(const QString &model, const QString &search, QList<qint64> *ids, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id FROM logs WHERE prompt_preview IS NOT NULL"); // NULL: no messages
    if (!model.isEmpty())
        sql += QStringLiteral(" AND model = ?");
    // Both columns hold JSON, where the prompt's quotes and backslashes are escaped (see LogQuery).
    const QStringList patterns = search.isEmpty() ? QStringList() : LikePattern::containsInJson(search);
    if (!patterns.isEmpty())
        sql += QStringLiteral(" AND ")
            + LikePattern::anyLike(QStringLiteral("COALESCE(messages_json, raw_json)"), patterns.size());
    sql += QStringLiteral(" ORDER BY id");
    q.prepare(sql);
    if (!model.isEmpty())
        q.addBindValue(model);
    for (const QString &pattern : patterns)
        q.addBindValue(pattern);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}

bool LogStore::prompts(const QList<qint64> &ids, QList<Prompt> *prompts, QString *error) const
{
    QSqlQuery row(StoreAccess::database(m_store));
    row.prepare(QStringLiteral("SELECT %1 FROM logs WHERE id = ?").arg(promptColumns));
    prompts->reserve(prompts->size() + ids.size());
    for (qint64 id : ids) {
        row.addBindValue(id);
        if (!row.exec() || !row.next()) {
            *error = row.lastError().text();
            return false;
        }
        prompts->append(promptOf(row));
        row.finish();
    }
    return true;
}

bool LogStore::promptsByLogId(const QStringList &logIds, QHash<QString, Prompt> *prompts, QString *missingLogId) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT %1 FROM logs WHERE log_id = ?").arg(promptColumns));
    for (const QString &logId : logIds) {
        if (prompts->contains(logId))
            continue;
        q.addBindValue(logId);
        if (!q.exec() || !q.next()) {
            *missingLogId = logId;
            return false;
        }
        prompts->insert(logId, promptOf(q));
        q.finish();
    }
    return true;
}

QList<qint64> LogStore::answerLengths(const QString &useCase) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(useCase.isEmpty()
                  ? QStringLiteral("SELECT completion_tokens FROM logs WHERE (use_case IS NULL OR use_case = '') "
                                   "AND completion_tokens > 0 LIMIT 5000")
                  : QStringLiteral("SELECT completion_tokens FROM logs WHERE use_case = ? AND "
                                   "completion_tokens > 0 LIMIT 5000"));
    if (!useCase.isEmpty())
        q.addBindValue(useCase);
    QList<qint64> counts;
    if (q.exec())
        while (q.next())
            counts.append(q.value(0).toLongLong());
    return counts;
}

qint64 LogStore::replayableLogCount(const QString &model) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM logs WHERE model = ? AND prompt_preview IS NOT NULL"));
    q.addBindValue(model);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QHash<QString, QString> LogStore::replayableLogModels(const QStringList &logIds) const
{
    QHash<QString, QString> out;
    QSqlQuery model(StoreAccess::database(m_store));
    model.prepare(QStringLiteral("SELECT model FROM logs WHERE log_id = ? AND prompt_preview IS NOT NULL"));
    for (const QString &logId : logIds) {
        model.addBindValue(logId);
        if (model.exec() && model.next())
            out.insert(logId, model.value(0).toString());
        model.finish();
    }
    return out;
}

LogStore::OriginalLog LogStore::originalLog(const QString &logId) const
{
    OriginalLog out;
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral(
        "SELECT model, messages_json, response_text, finish_reason, raw_json FROM logs WHERE log_id = ?"));
    q.addBindValue(logId);
    if (!q.exec() || !q.next())
        return out;
    out.found = true;
    out.model = q.value(0).toString();
    out.response = q.value(2).toString();
    out.finishReason = q.value(3).toString();
    out.messagesJson = LogRecordParser::storedMessagesJson(q.value(1), q.value(4));
    return out;
}

QHash<QString, double> LogStore::meanLatencyByModel() const
{
    QHash<QString, double> out;
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT model, AVG(latency_ms) FROM logs WHERE is_success = 1 AND latency_ms > 0 "
                              "GROUP BY model")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

QStringList LogStore::modelsByLogCount() const
{
    QStringList models;
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT model, COUNT(*) AS n FROM logs WHERE model IS NOT NULL AND model <> '' "
                              "GROUP BY model ORDER BY n DESC, model"))) {
        while (q.next())
            models.append(q.value(0).toString());
    }
    return models;
}

} // namespace ShadowOptic
