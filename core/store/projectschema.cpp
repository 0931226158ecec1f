// SPDX-License-Identifier: MIT
#include "projectschema.h"

#include "projectstore.h"
#include "sqldialect.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ShadowOptic {

namespace {

QStringList rolloutAuditSteps(SqlDialect::Backend b)
{
    QStringList steps {
        QStringLiteral("ALTER TABLE rollout_experiments ADD COLUMN status TEXT"),
        QStringLiteral("UPDATE rollout_experiments SET status = 'active' WHERE status IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX rollout_experiments_name ON rollout_experiments(name)"),
        QStringLiteral("CREATE UNIQUE INDEX rollout_experiments_active ON rollout_experiments(production_model) "
                       "WHERE status = 'active'"),
        QStringLiteral("CREATE INDEX rollout_events_experiment ON rollout_events(experiment_id, id)"),
    };
    if (b == SqlDialect::Backend::Postgres) {
        steps << QStringLiteral("CREATE FUNCTION rollout_events_append_only() RETURNS trigger AS $$ BEGIN RAISE "
                                "EXCEPTION 'the rollout audit log is append-only'; END; $$ LANGUAGE plpgsql")
              << QStringLiteral("CREATE TRIGGER rollout_events_no_update BEFORE UPDATE OR DELETE ON rollout_events "
                                "FOR EACH ROW EXECUTE FUNCTION rollout_events_append_only()");
    } else {
        steps << QStringLiteral("CREATE TRIGGER rollout_events_no_update BEFORE UPDATE ON rollout_events BEGIN "
                                "SELECT RAISE(ABORT, 'the rollout audit log is append-only'); END")
              << QStringLiteral("CREATE TRIGGER rollout_events_no_delete BEFORE DELETE ON rollout_events BEGIN "
                                "SELECT RAISE(ABORT, 'the rollout audit log is append-only'); END");
    }
    return steps;
}

// Forward-only migrations: index i moves a database from version i to i + 1.
QList<QStringList> migrations(SqlDialect::Backend b)
{
    const QString id = SqlDialect::autoIdColumn(b);
    const QString real = QStringLiteral("DOUBLE PRECISION");
    return {
        // v1: logs, import reports, catalog, project metadata
        {
            QStringLiteral("CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE import_reports (id %1, started_at BIGINT, finished_at BIGINT, files TEXT, "
                           "read_count BIGINT, imported BIGINT, duplicates BIGINT, skipped BIGINT, seconds %2, "
                           "cancelled INTEGER, report_json TEXT)")
                .arg(id, real),
            QStringLiteral("CREATE TABLE import_errors (id %1, import_id BIGINT NOT NULL REFERENCES import_reports(id) "
                           "ON DELETE CASCADE, file TEXT, line BIGINT, category TEXT, reason TEXT)")
                .arg(id),
            QStringLiteral("CREATE TABLE logs (id %1, log_id TEXT NOT NULL UNIQUE, trace_id TEXT, created_at BIGINT, "
                           "provider TEXT, model TEXT, status_code INTEGER, is_success INTEGER, prompt_preview TEXT, "
                           "messages_json TEXT, params_json TEXT, response_text TEXT, finish_reason TEXT, "
                           "prompt_tokens BIGINT, completion_tokens BIGINT, total_tokens BIGINT, cost_usd %2, "
                           "cost_estimated INTEGER, latency_ms BIGINT, mode TEXT, config TEXT, prompt_slug TEXT, "
                           "use_case TEXT, experiment_id TEXT, metadata_json TEXT, request_url TEXT, "
                           "conversation_hash TEXT, refusal TEXT, import_id BIGINT REFERENCES import_reports(id), "
                           "raw_json TEXT)")
                .arg(id, real),
            QStringLiteral("CREATE INDEX logs_created_at ON logs(created_at)"),
            QStringLiteral("CREATE INDEX logs_model ON logs(model)"),
            QStringLiteral("CREATE INDEX logs_conversation ON logs(conversation_hash)"),
            QStringLiteral("CREATE TABLE prompts (conversation_hash TEXT PRIMARY KEY, first_log_id TEXT, "
                           "first_seen BIGINT)"),
            QStringLiteral("CREATE TABLE catalog_versions (version INTEGER PRIMARY KEY, created_at BIGINT, "
                           "catalog_json TEXT)"),
            QStringLiteral("CREATE TABLE catalog_models (model_id TEXT PRIMARY KEY, provider TEXT, "
                           "catalog_version INTEGER, data_json TEXT NOT NULL)"),
        },
        // v2: replay, evaluation, recommendation, rollout, profiles, cache
        {
            QStringLiteral("CREATE TABLE profiles (id %1, name TEXT NOT NULL UNIQUE, data_json TEXT NOT NULL, "
                           "updated_at BIGINT)")
                .arg(id),
            QStringLiteral("CREATE TABLE replay_runs (id %1, run_uuid TEXT NOT NULL UNIQUE, created_at BIGINT, "
                           "finished_at BIGINT, status TEXT NOT NULL, target_json TEXT, models TEXT, "
                           "budget_usd %2, spent_usd %2, catalog_version INTEGER, options_json TEXT)")
                .arg(id, real),
            QStringLiteral("CREATE TABLE replay_items (run_id BIGINT NOT NULL REFERENCES replay_runs(id) ON DELETE "
                           "CASCADE, log_id TEXT NOT NULL, model TEXT NOT NULL, role TEXT NOT NULL, "
                           "PRIMARY KEY (run_id, log_id, model, role))"),
            QStringLiteral("CREATE TABLE completions (id %1, run_id BIGINT NOT NULL REFERENCES replay_runs(id) ON "
                           "DELETE CASCADE, log_id TEXT NOT NULL, model TEXT NOT NULL, role TEXT NOT NULL, "
                           "status_code INTEGER, ok INTEGER, response_text TEXT, finish_reason TEXT, "
                           "prompt_tokens BIGINT, completion_tokens BIGINT, cost_usd %2, latency_ms BIGINT, "
                           "attempts INTEGER, cache_hit INTEGER, error TEXT, gateway_target TEXT, created_at BIGINT, "
                           "request_json TEXT, response_json TEXT, UNIQUE (run_id, log_id, model, role))")
                .arg(id, real),
            QStringLiteral("CREATE INDEX completions_log ON completions(log_id, model)"),
            QStringLiteral("CREATE TABLE evaluations (id %1, run_id BIGINT, log_id TEXT NOT NULL, model TEXT NOT "
                           "NULL, source TEXT NOT NULL, refusal_kind TEXT, refusal_type TEXT, refusal_rule TEXT, "
                           "judge_ok INTEGER, accuracy %2, helpfulness %2, clarity %2, completeness %2, overall %2, "
                           "reasoning TEXT, judge_model TEXT, rubric_version TEXT, created_at BIGINT, "
                           "UNIQUE (run_id, log_id, model, source))")
                .arg(id, real),
            QStringLiteral("CREATE TABLE recommendations (id %1, profile_id BIGINT, created_at BIGINT, "
                           "catalog_version INTEGER, data_json TEXT NOT NULL)")
                .arg(id),
            QStringLiteral("CREATE TABLE cache (cache_key TEXT PRIMARY KEY, created_at BIGINT NOT NULL, model TEXT, "
                           "response_json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rollout_experiments (id %1, name TEXT NOT NULL, production_model TEXT, "
                           "challenger_model TEXT, stage TEXT, created_at BIGINT, data_json TEXT)")
                .arg(id),
            QStringLiteral("CREATE TABLE rollout_events (id %1, experiment_id BIGINT NOT NULL REFERENCES "
                           "rollout_experiments(id), at BIGINT NOT NULL, actor TEXT, from_stage TEXT, to_stage TEXT, "
                           "action TEXT, reason TEXT, metrics_json TEXT)")
                .arg(id),
        },
        // v3: no query reads logs by conversation hash, and that randomly keyed index doubled the cost of a
        // large import; new rows leave messages_json NULL (their messages are read back from raw_json).
        {
            QStringLiteral("DROP INDEX IF EXISTS logs_conversation"),
        },
        // v4: answers are tied to the target that gave them; cache keys before v4 ignored the target, so the old
        // entries could hand one gateway's answers to another and are dropped.
        {
            QStringLiteral("ALTER TABLE completions ADD COLUMN target_fingerprint TEXT"),
            QStringLiteral("ALTER TABLE cache ADD COLUMN target_fingerprint TEXT"),
            QStringLiteral("DELETE FROM cache"),
        },
        // v5: what a call is billed for beyond prompt and completion (SPEC §3), and catalog entries keyed by
        // provider and model now that the catalog holds the same id under many providers.
        {
            QStringLiteral("ALTER TABLE logs ADD COLUMN cache_read_tokens BIGINT"),
            QStringLiteral("ALTER TABLE logs ADD COLUMN cache_write_tokens BIGINT"),
            QStringLiteral("ALTER TABLE logs ADD COLUMN reasoning_tokens BIGINT"),
            QStringLiteral("ALTER TABLE logs ADD COLUMN batch INTEGER"),
            QStringLiteral("ALTER TABLE completions ADD COLUMN cache_read_tokens BIGINT"),
            QStringLiteral("ALTER TABLE completions ADD COLUMN cache_write_tokens BIGINT"),
            QStringLiteral("ALTER TABLE completions ADD COLUMN reasoning_tokens BIGINT"),
            QStringLiteral("DROP TABLE catalog_models"),
            QStringLiteral("CREATE TABLE catalog_models (provider TEXT NOT NULL, model_id TEXT NOT NULL, "
                           "catalog_version INTEGER, data_json TEXT NOT NULL, PRIMARY KEY (provider, model_id))"),
        },
        // v6: guardrail tunings (SPEC §8): each proposed system prompt with its safety-suite validation, so past
        // validations of a refusal cluster can be shown again.
        {
            QStringLiteral("CREATE TABLE guardrail_tunings (id %1, cluster_key TEXT NOT NULL, model TEXT, "
                           "tuner_model TEXT, created_at BIGINT, accepted INTEGER, suite_pass_before %2, "
                           "suite_pass_after %2, cluster_refusal_before %2, cluster_refusal_after %2, spent_usd %2, "
                           "data_json TEXT NOT NULL)")
                .arg(id, real),
            QStringLiteral("CREATE INDEX guardrail_tunings_cluster ON guardrail_tunings(cluster_key, id)"),
        },
        // v7: staged rollouts (SPEC §9). At most one active experiment per production model, and an audit log the
        // database itself keeps append-only: no product code path, and no slip in one, can rewrite history.
        rolloutAuditSteps(b),
        // v8: a name the analyst gives a run; NULL shows as "Run 12".
        {
            QStringLiteral("ALTER TABLE replay_runs ADD COLUMN name TEXT"),
        },
    };
}

} // namespace

int ProjectSchema::latestVersion()
{
    return int(migrations(SqlDialect::Backend::Sqlite).size());
}

QSet<QString> ProjectSchema::tablesAt(int version)
{
    const auto steps = migrations(SqlDialect::Backend::Sqlite);
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"));
    static const QRegularExpression drop(QStringLiteral("^DROP TABLE (?:IF EXISTS )?(\\w+)"));
    QSet<QString> tables { QStringLiteral("schema_version") };
    for (qsizetype v = 0; v < steps.size() && (version < 0 || v < version); ++v)
        for (const QString &sql : steps.at(v)) {
            if (const QRegularExpressionMatch m = create.match(sql); m.hasMatch())
                tables.insert(m.captured(1));
            else if (const QRegularExpressionMatch d = drop.match(sql); d.hasMatch() && version >= 0)
                tables.remove(d.captured(1));
        }
    return tables;
}

ProjectSchema::ProjectSchema(const ProjectStore &store)
    : m_store(store)
{
}

int ProjectSchema::version() const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// Messages stay in ProjectStore's translation context, where they have always been.
bool ProjectSchema::migrate(int target, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!StoreAccess::exec(
            m_store,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at BIGINT)"),
            error))
        return false;
    const int current = version();
    const auto steps = migrations(SqlDialect::backendOf(db));
    if (current > steps.size()) {
        *error = ProjectStore::tr("Project '%1' was written by a newer Shadow Optic (schema %2, this build knows %3).")
                     .arg(m_store.path())
                     .arg(current)
                     .arg(steps.size());
        return false;
    }
    for (int v = current; v < target && v < steps.size(); ++v) {
        db.transaction();
        for (const QString &sql : steps.at(v)) {
            if (!StoreAccess::exec(m_store, sql, error)) {
                db.rollback();
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            *error = ProjectStore::tr("Migration to schema %1 failed: %2").arg(v + 1).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (SqlDialect::backendOf(db) == SqlDialect::Backend::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            *error = ProjectStore::tr("Cannot read the application id of '%1': %2")
                         .arg(m_store.path(), q.lastError().text());
            return false;
        }
        if (q.value(0).toInt() != ProjectStore::ApplicationId
            && !StoreAccess::exec(m_store,
                                  QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::ApplicationId), error))
            return false;
    }
    return true;
}

} // namespace ShadowOptic
