// SPDX-License-Identifier: MIT
#include "replaystore.h"

#include "crashpoint.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ShadowOptic {

ReplayStore::ReplayStore(ProjectStore &store)
    : m_store(store)
{
}

bool ReplayStore::createRun(const ReplayTarget &target, const QStringList &models, double budgetUsd, int catalogVersion,
                            const QList<ReplayJob> &plan, ReplayRunInfo *run, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    db.transaction();
    QSqlQuery q(db);
    run->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run->createdAtMs = QDateTime::currentMSecsSinceEpoch();
    run->status = RunStatus::Value::Running;
    run->models = models;
    run->budgetUsd = budgetUsd;
    run->target = target;
    run->planned = plan.size();
    q.prepare(QStringLiteral("INSERT INTO replay_runs (run_uuid, created_at, status, target_json, models, budget_usd, "
                             "spent_usd, catalog_version, options_json) VALUES (?,?,?,?,?,?,0,?,?)"));
    q.addBindValue(run->uuid);
    q.addBindValue(run->createdAtMs);
    q.addBindValue(RunStatus::name(run->status));
    q.addBindValue(QString::fromUtf8(QJsonDocument(target.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(models.join(QLatin1Char(',')));
    q.addBindValue(budgetUsd);
    q.addBindValue(catalogVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(run->settings).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = tr("Cannot create the replay run: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    }
    run->id = q.lastInsertId().toLongLong();
    QSqlQuery item(db);
    item.prepare(QStringLiteral("INSERT INTO replay_items (run_id, log_id, model, role) VALUES (?,?,?,?) "
                                "ON CONFLICT DO NOTHING"));
    for (const ReplayJob &j : plan) {
        item.addBindValue(run->id);
        item.addBindValue(j.logId);
        item.addBindValue(j.model);
        item.addBindValue(j.role);
        if (!item.exec()) {
            *error = tr("Cannot store the replay plan: %1").arg(item.lastError().text());
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ReplayStore::setRunStatus(qint64 runId, RunStatus::Value status, double spentUsd)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("UPDATE replay_runs SET status = ?, spent_usd = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(RunStatus::name(status));
    q.addBindValue(spentUsd);
    q.addBindValue(status == RunStatus::Value::Running ? QVariant(QMetaType(QMetaType::LongLong))
                                                       : QVariant(QDateTime::currentMSecsSinceEpoch()));
    q.addBindValue(runId);
    return q.exec();
}

static ReplayRunInfo runFromQuery(QSqlQuery &q)
{
    ReplayRunInfo r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.status = RunStatus::fromName(q.value(2).toString());
    r.createdAtMs = q.value(3).toLongLong();
    r.models = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.budgetUsd = q.value(5).toDouble();
    r.spentUsd = q.value(6).toDouble();
    r.target = ReplayTarget::fromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
    r.planned = q.value(8).toLongLong();
    r.completed = q.value(9).toLongLong();
    r.settings = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    r.failed = q.value(11).toLongLong();
    r.role = q.value(12).toString();
    return r;
}

static const char *const RunColumns
    = "SELECT r.id, r.run_uuid, r.status, r.created_at, r.models, r.budget_usd, r.spent_usd, r.target_json, "
      "(SELECT COUNT(*) FROM replay_items i WHERE i.run_id = r.id), "
      "(SELECT COUNT(*) FROM completions c WHERE c.run_id = r.id), r.options_json, "
      "(SELECT COUNT(*) FROM completions c WHERE c.run_id = r.id AND c.ok = 0), "
      "(SELECT i.role FROM replay_items i WHERE i.run_id = r.id LIMIT 1) FROM replay_runs r";

bool ReplayStore::loadRun(qint64 runId, ReplayRunInfo *run, QString *error)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QLatin1String(RunColumns) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        *error = tr("Replay run %1 does not exist in this project.").arg(runId);
        return false;
    }
    *run = runFromQuery(q);
    return true;
}

QList<ReplayRunInfo> ReplayStore::runs()
{
    QList<ReplayRunInfo> out;
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QLatin1String(RunColumns) + QStringLiteral(" ORDER BY r.id DESC")))
        while (q.next())
            out.append(runFromQuery(q));
    return out;
}

QList<ReplayRunInfo> ReplayStore::markInterruptedRuns()
{
    QList<ReplayRunInfo> out;
    for (const ReplayRunInfo &r : runs()) {
        if (r.status == RunStatus::Value::Running || r.status == RunStatus::Value::Interrupted) {
            if (r.status == RunStatus::Value::Running)
                setRunStatus(r.id, RunStatus::Value::Interrupted, r.spentUsd);
            ReplayRunInfo copy = r;
            copy.status = RunStatus::Value::Interrupted;
            out.append(copy);
        }
    }
    return out;
}

bool ReplayStore::pendingItems(qint64 runId, QList<ReplayJob> *items, QString *error)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.log_id, i.model, i.role FROM replay_items i WHERE i.run_id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM completions c WHERE c.run_id = i.run_id AND c.log_id = i.log_id AND "
                             "c.model = i.model AND c.role = i.role) ORDER BY i.rowid"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ReplayJob j;
        j.logId = q.value(0).toString();
        j.model = q.value(1).toString();
        j.role = q.value(2).toString();
        items->append(j);
    }
    return true;
}

bool ReplayStore::storeResults(qint64 runId, const QList<ReplayResult> &results, const QString &targetFingerprint,
                               double spentUsd, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO completions (run_id, log_id, model, role, status_code, ok, response_text, finish_reason, "
        "prompt_tokens, completion_tokens, cost_usd, latency_ms, attempts, cache_hit, error, gateway_target, "
        "created_at, request_json, response_json, target_fingerprint, cache_read_tokens, cache_write_tokens, "
        "reasoning_tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (run_id, log_id, model, role) DO NOTHING"));
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO evaluations (run_id, log_id, model, source, refusal_kind, refusal_type, "
                             "refusal_rule, created_at) VALUES (?,?,?,'replay',?,?,?,?) "
                             "ON CONFLICT (run_id, log_id, model, source) DO UPDATE SET refusal_kind = "
                             "excluded.refusal_kind, refusal_type = excluded.refusal_type, refusal_rule = "
                             "excluded.refusal_rule"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ReplayResult &r : results) {
        q.addBindValue(runId);
        q.addBindValue(r.logId);
        q.addBindValue(r.model);
        q.addBindValue(r.role);
        q.addBindValue(r.statusCode);
        q.addBindValue(r.ok ? 1 : 0);
        q.addBindValue(r.responseText);
        q.addBindValue(r.finishReason);
        q.addBindValue(r.promptTokens);
        q.addBindValue(r.completionTokens);
        q.addBindValue(r.priced || r.cacheHit ? QVariant(r.costUsd) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(r.latencyMs);
        q.addBindValue(r.attempts);
        q.addBindValue(r.cacheHit ? 1 : 0);
        q.addBindValue(r.error);
        q.addBindValue(r.gatewayTarget);
        q.addBindValue(now);
        q.addBindValue(QString::fromUtf8(r.requestJson));
        q.addBindValue(QString::fromUtf8(r.responseJson));
        q.addBindValue(targetFingerprint);
        q.addBindValue(r.cacheReadTokens);
        q.addBindValue(r.cacheWriteTokens);
        q.addBindValue(r.reasoningTokens);
        if (!q.exec()) {
            *error = tr("Cannot store the replay of %1 on %2: %3").arg(r.logId, r.model, q.lastError().text());
            db.rollback();
            return false;
        }
        if (r.role == QLatin1String("replay") && !r.refusalKind.isEmpty()) {
            e.addBindValue(runId);
            e.addBindValue(r.logId);
            e.addBindValue(r.model);
            e.addBindValue(r.refusalKind);
            e.addBindValue(r.refusalType);
            e.addBindValue(r.refusalRule);
            e.addBindValue(now);
            if (!e.exec()) {
                *error = tr("Cannot store the refusal verdict of %1 on %2: %3")
                             .arg(r.logId, r.model, e.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    // The run's spend moves with its answers: a crash between the two left a resumed run's budget short.
    QSqlQuery spent(db);
    spent.prepare(QStringLiteral("UPDATE replay_runs SET spent_usd = ? WHERE id = ?"));
    spent.addBindValue(spentUsd);
    spent.addBindValue(runId);
    if (!spent.exec()) {
        *error = tr("Cannot store the replay of run %1: %2").arg(runId).arg(spent.lastError().text());
        db.rollback();
        return false;
    }
    CrashPoint::reached(CrashPoint::Kind::Commit);
    if (!db.commit()) {
        *error = tr("Cannot commit replay results: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ReplayStore::storeCache(const QList<ReplayResult> &results, const QHash<QString, QString> &cacheKeys,
                             const QString &targetFingerprint)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO cache (cache_key, created_at, model, response_json, target_fingerprint) "
                             "VALUES (?,?,?,?,?) ON CONFLICT (cache_key) DO UPDATE SET created_at = "
                             "excluded.created_at, response_json = excluded.response_json"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ReplayResult &r : results) {
        const QString key = cacheKeys.value(r.logId + QLatin1Char('\x1f') + r.model + QLatin1Char('\x1f') + r.role);
        if (key.isEmpty() || !r.ok || r.cacheHit || r.statusCode == 446)
            continue;
        q.addBindValue(key);
        q.addBindValue(now);
        q.addBindValue(r.model);
        q.addBindValue(QString::fromUtf8(r.responseJson));
        q.addBindValue(targetFingerprint);
        q.exec();
    }
    if (!db.commit()) {
        qWarning("cache commit failed: %s", qPrintable(db.lastError().text()));
        db.rollback();
        return false;
    }
    return true;
}

QHash<QString, QByteArray> ReplayStore::cachedResponses(const QStringList &keys, int ttlSeconds)
{
    QHash<QString, QByteArray> out;
    if (keys.isEmpty() || ttlSeconds <= 0)
        return out;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(ttlSeconds) * 1000;
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT response_json FROM cache WHERE cache_key = ? AND created_at >= ?"));
    for (const QString &k : keys) {
        q.addBindValue(k);
        q.addBindValue(since);
        if (q.exec() && q.next())
            out.insert(k, q.value(0).toString().toUtf8());
        q.finish(); // an unfinished SELECT would pin this connection's read snapshot
    }
    return out;
}

QList<ReplayResult> ReplayStore::completions(qint64 runId, const QString &role)
{
    QList<ReplayResult> out;
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.log_id, c.model, c.status_code, c.ok, c.response_text, c.finish_reason, "
                       "c.prompt_tokens, c.completion_tokens, c.cost_usd, c.latency_ms, c.attempts, c.cache_hit, "
                       "c.error, c.gateway_target, e.refusal_kind, e.refusal_type, e.refusal_rule, "
                       "c.cache_read_tokens, c.cache_write_tokens, c.reasoning_tokens FROM "
                       "completions c LEFT JOIN evaluations e ON e.run_id = c.run_id AND e.log_id = c.log_id AND "
                       "e.model = c.model AND e.source = 'replay' WHERE c.run_id = ? AND c.role = ? ORDER BY c.id"));
    q.addBindValue(runId);
    q.addBindValue(role);
    if (!q.exec())
        return out;
    while (q.next()) {
        ReplayResult r;
        r.logId = q.value(0).toString();
        r.model = q.value(1).toString();
        r.role = role;
        r.statusCode = q.value(2).toInt();
        r.ok = q.value(3).toInt() != 0;
        r.responseText = q.value(4).toString();
        r.finishReason = q.value(5).toString();
        r.promptTokens = q.value(6).toLongLong();
        r.completionTokens = q.value(7).toLongLong();
        r.costUsd = q.value(8).toDouble();
        r.priced = !q.value(8).isNull();
        r.latencyMs = q.value(9).toLongLong();
        r.cacheReadTokens = q.value(17).toLongLong();
        r.cacheWriteTokens = q.value(18).toLongLong();
        r.reasoningTokens = q.value(19).toLongLong();
        r.attempts = q.value(10).toInt();
        r.cacheHit = q.value(11).toInt() != 0;
        r.error = q.value(12).toString();
        r.gatewayTarget = q.value(13).toString();
        r.refusalKind = q.value(14).toString();
        r.refusalType = q.value(15).toString();
        r.refusalRule = q.value(16).toString();
        out.append(r);
    }
    return out;
}

} // namespace ShadowOptic
