// SPDX-License-Identifier: MIT
#include "runstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

const char *const SummaryColumns
    = "SELECT r.id, r.run_uuid, r.status, r.created_at, r.finished_at, r.models, r.budget_usd, r.spent_usd, "
      "r.target_json, r.options_json, r.name, "
      "(SELECT COUNT(*) FROM replay_items i WHERE i.run_id = r.id), "
      "(SELECT COUNT(*) FROM completions c WHERE c.run_id = r.id), "
      "(SELECT COUNT(*) FROM completions c WHERE c.run_id = r.id AND c.ok = 0), "
      "(SELECT i.role FROM replay_items i WHERE i.run_id = r.id LIMIT 1), "
      "(SELECT COUNT(*) FROM evaluations e WHERE e.run_id = r.id AND e.source = 'replay' AND e.judge_ok = 1) "
      "FROM replay_runs r";

RunSummary summaryFrom(const QSqlQuery &q)
{
    RunSummary s;
    ReplayRunInfo &r = s.info;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.status = RunStatus::fromName(q.value(2).toString());
    r.createdAtMs = q.value(3).toLongLong();
    s.finishedAtMs = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    r.models = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.budgetUsd = q.value(6).toDouble();
    r.spentUsd = q.value(7).toDouble();
    r.target = ReplayTarget::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    r.settings = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    s.name = q.value(10).toString();
    r.planned = q.value(11).toLongLong();
    r.completed = q.value(12).toLongLong();
    r.failed = q.value(13).toLongLong();
    r.role = q.value(14).toString();
    s.judgedAnswers = q.value(15).toLongLong();
    return s;
}

qint64 countOf(QSqlQuery &q, const QString &sql, qint64 runId, bool *ok)
{
    q.prepare(sql);
    q.addBindValue(runId);
    if (!q.exec() || !q.next()) {
        *ok = false;
        return 0;
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace

RunStore::RunStore(const ProjectStore &store)
    : m_store(store)
{
}

bool RunStore::list(QList<RunSummary> *runs, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(SummaryColumns) + QStringLiteral(" ORDER BY r.id DESC"))) {
        *error = tr("Cannot read the replay runs: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        runs->append(summaryFrom(q));
    return true;
}

bool RunStore::find(qint64 runId, RunSummary *run, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QLatin1String(SummaryColumns) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = tr("Cannot read replay run %1: %2").arg(runId).arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        *error = tr("Replay run %1 does not exist in this project.").arg(runId);
        return false;
    }
    *run = summaryFrom(q);
    return true;
}

bool RunStore::rename(qint64 runId, const QString &name, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("UPDATE replay_runs SET name = ? WHERE id = ?"));
    q.addBindValue(name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = tr("Cannot rename replay run %1: %2").arg(runId).arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("Replay run %1 does not exist in this project.").arg(runId);
        return false;
    }
    return true;
}

bool RunStore::footprint(qint64 runId, RunFootprint *f, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    bool ok = true;
    f->runId = runId;
    f->completions = countOf(q, QStringLiteral("SELECT COUNT(*) FROM completions WHERE run_id = ?"), runId, &ok);
    f->items = countOf(q, QStringLiteral("SELECT COUNT(*) FROM replay_items WHERE run_id = ?"), runId, &ok);
    f->evaluations = countOf(q, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE run_id = ?"), runId, &ok);
    f->judgedAnswers = countOf(
        q, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE run_id = ? AND source = 'replay' AND judge_ok = 1"),
        runId, &ok);
    if (!ok) {
        *error = tr("Cannot read what belongs to replay run %1: %2").arg(runId).arg(q.lastError().text());
        return false;
    }
    // Recommendations keep the runs they drew on in their JSON; a LIKE on the id narrows the rows to parse.
    f->recommendationIds.clear();
    q.prepare(QStringLiteral("SELECT id, data_json FROM recommendations WHERE data_json LIKE ? ORDER BY id"));
    q.addBindValue(QStringLiteral("%\"runIds\"%%1%").arg(runId));
    if (!q.exec()) {
        *error = tr("Cannot read the saved recommendations: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        for (const QJsonValue &v : o.value(QLatin1String("runIds")).toArray())
            if (v.toInteger() == runId) {
                f->recommendationIds.append(q.value(0).toLongLong());
                break;
            }
    }
    return true;
}

bool RunStore::remove(qint64 runId, RunFootprint *removed, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    const auto fail = [&](const QString &why) {
        *error = why;
        db.rollback();
        return false;
    };
    RunSummary run;
    if (!find(runId, &run, error) || !footprint(runId, removed, error))
        return fail(*error);
    // Checked inside the transaction, so a run cannot start between the check and the delete.
    if (run.info.status == RunStatus::Value::Running)
        return fail(tr("%1 is still running: cancel it or let it finish before deleting it.").arg(run.displayName()));
    QSqlQuery q(db);
    // evaluations.run_id has no foreign key, and the others are deleted explicitly too rather than trusting that
    // the connection enforces ON DELETE CASCADE.
    for (const char *sql : { "DELETE FROM evaluations WHERE run_id = ?", "DELETE FROM completions WHERE run_id = ?",
                             "DELETE FROM replay_items WHERE run_id = ?", "DELETE FROM replay_runs WHERE id = ?" }) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(runId);
        if (!q.exec())
            return fail(tr("Cannot delete replay run %1: %2").arg(runId).arg(q.lastError().text()));
    }
    if (!db.commit())
        return fail(tr("Cannot delete replay run %1: %2").arg(runId).arg(db.lastError().text()));
    return true;
}

} // namespace ShadowOptic
