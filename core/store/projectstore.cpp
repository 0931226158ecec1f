// SPDX-License-Identifier: MIT
#include "projectstore.h"

#include "catalog/pricecatalog.h"
#include "import/importreport.h"
#include "import/logrecord.h"
#include "sqldialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProjectStore", text);
}

QAtomicInteger<quint64> s_connectionCounter;

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
    };
}

} // namespace

struct ProjectStore::Prepared
{
    std::unique_ptr<QSqlQuery> insertLog;
    std::unique_ptr<QSqlQuery> insertPrompt;
};

ProjectStore::ProjectStore()
    : m_prepared(std::make_unique<Prepared>())
{
}

ProjectStore::~ProjectStore()
{
    close();
}

int ProjectStore::latestSchemaVersion()
{
    return int(migrations(SqlDialect::Backend::Sqlite).size());
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ProjectStore::isOpen() const
{
    return !m_connection.isEmpty() && database().isOpen();
}

QString ProjectStore::lastError() const
{
    return database().lastError().text();
}

bool ProjectStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        if (error)
            *error = tr("SQL failed (%1): %2").arg(sql.left(80), q.lastError().text());
        return false;
    }
    return true;
}

bool ProjectStore::open(const QString &path, QString *error, int targetSchemaVersion)
{
    close();
    const QFileInfo fi(path);
    if (fi.exists() && !fi.isWritable()) {
        *error = tr("Project '%1' is read-only.").arg(path);
        return false;
    }
    if (fi.exists() && fi.size() > 0) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && !f.read(16).startsWith("SQLite format 3")) {
            *error = tr("'%1' is not a Shadow Optic project (not an SQLite database).").arg(path);
            return false;
        }
    }
    m_connection = QStringLiteral("so-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlDialect::driverName(SqlDialect::Backend::Sqlite), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = tr("Cannot open project '%1': %2.").arg(path, db.lastError().text());
            close();
            return false;
        }
        for (const QString &s : SqlDialect::connectionSetup(SqlDialect::backendOf(db)))
            if (!exec(s, error)) {
                close();
                return false;
            }
    }
    const int target = targetSchemaVersion < 0 ? latestSchemaVersion() : targetSchemaVersion;
    if (!migrate(target, error)) {
        close();
        return false;
    }
    return true;
}

void ProjectStore::close()
{
    m_writing = false;
    m_prepared->insertLog.reset();
    m_prepared->insertPrompt.reset();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

int ProjectStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool ProjectStore::migrate(int target, QString *error)
{
    QSqlDatabase db = database();
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at BIGINT)"),
              error))
        return false;
    const int current = schemaVersion();
    const auto steps = migrations(SqlDialect::backendOf(db));
    if (current > steps.size()) {
        *error = tr("Project '%1' was written by a newer Shadow Optic (schema %2, this build knows %3).")
                     .arg(m_path)
                     .arg(current)
                     .arg(steps.size());
        return false;
    }
    for (int v = current; v < target && v < steps.size(); ++v) {
        db.transaction();
        for (const QString &sql : steps.at(v)) {
            if (!exec(sql, error)) {
                db.rollback();
                return false;
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            *error = tr("Migration to schema %1 failed: %2").arg(v + 1).arg(q.lastError().text());
            db.rollback();
            return false;
        }
        if (v == 0) {
            QString ignored;
            saveCatalog(PriceCatalog::defaultCatalog(), &ignored);
        }
    }
    return true;
}

void ProjectStore::setBulkLoad(bool on)
{
    const auto b = SqlDialect::backendOf(database());
    for (const QString &s : on ? SqlDialect::bulkLoadBegin(b) : SqlDialect::bulkLoadEnd(b))
        exec(s, nullptr);
}

ProjectStore::LogColumns ProjectStore::columnsOf(const LogRecord &r)
{
    auto nullable = [](qint64 v) { return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong)); };
    auto text = [](const QString &s) { return s.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    auto bytes = [](const QByteArray &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(s));
    };
    LogColumns c;
    c.logId = r.logId;
    c.conversationHash = r.conversationHash;
    c.createdAtMs = r.createdAtMs;
    c.values = {
        r.logId,
        text(r.traceId),
        r.createdAtMs ? QVariant(r.createdAtMs) : QVariant(QMetaType(QMetaType::LongLong)),
        text(r.provider),
        text(r.model),
        r.statusCode ? QVariant(r.statusCode) : QVariant(QMetaType(QMetaType::Int)),
        r.isSuccess ? 1 : 0,
        r.promptPreview(),
        r.messages.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(r.messagesJson())),
        bytes(r.paramsJson),
        text(r.responseText),
        text(r.finishReason),
        nullable(r.promptTokens),
        nullable(r.completionTokens),
        nullable(r.totalTokens),
        r.costUsd >= 0 ? QVariant(r.costUsd) : QVariant(QMetaType(QMetaType::Double)),
        r.costEstimated ? 1 : 0,
        nullable(r.latencyMs),
        text(r.mode),
        text(r.config),
        text(r.promptSlug),
        text(r.useCase),
        text(r.experimentId),
        bytes(r.metadataJson),
        text(r.requestUrl),
        text(r.conversationHash),
        QString::fromUtf8(r.rawJson),
    };
    return c;
}

bool ProjectStore::insertLogs(const QList<LogRecord> &records, qint64 importId, InsertCounts *counts, QString *error)
{
    QList<LogColumns> rows;
    rows.reserve(records.size());
    for (const LogRecord &r : records)
        rows.append(columnsOf(r));
    return insertLogColumns(rows, importId, counts, error);
}

bool ProjectStore::insertLogColumns(const QList<LogColumns> &rows, qint64 importId, InsertCounts *counts,
                                    QString *error)
{
    QSqlDatabase db = database();
    if (!m_prepared->insertLog) {
        m_prepared->insertLog = std::make_unique<QSqlQuery>(db);
        m_prepared->insertLog->prepare(QStringLiteral(
            "INSERT INTO logs (log_id, trace_id, created_at, provider, model, status_code, is_success, "
            "prompt_preview, messages_json, params_json, response_text, finish_reason, prompt_tokens, "
            "completion_tokens, total_tokens, cost_usd, cost_estimated, latency_ms, mode, config, prompt_slug, "
            "use_case, experiment_id, metadata_json, request_url, conversation_hash, raw_json, import_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (log_id) DO NOTHING"));
        m_prepared->insertPrompt = std::make_unique<QSqlQuery>(db);
        m_prepared->insertPrompt->prepare(
            QStringLiteral("INSERT INTO prompts (conversation_hash, first_log_id, first_seen) VALUES (?,?,?) "
                           "ON CONFLICT (conversation_hash) DO NOTHING"));
    }
    QSqlQuery &q = *m_prepared->insertLog;
    QSqlQuery &p = *m_prepared->insertPrompt;
    const bool ownTransaction = !m_writing;
    if (ownTransaction && !db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&] {
        db.rollback();
        m_writing = false;
        return false;
    };
    const QVariant import = importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong));
    for (const LogColumns &r : rows) {
        const int n = int(r.values.size());
        for (int i = 0; i < n; ++i)
            q.bindValue(i, r.values.at(i));
        q.bindValue(n, import);
        if (!q.exec()) {
            *error = tr("Cannot store log '%1': %2").arg(r.logId, q.lastError().text());
            return fail();
        }
        if (q.numRowsAffected() > 0) {
            ++counts->inserted;
            if (!r.conversationHash.isEmpty()) {
                p.bindValue(0, r.conversationHash);
                p.bindValue(1, r.logId);
                p.bindValue(2, r.createdAtMs);
                p.exec();
            }
        } else {
            ++counts->duplicates;
        }
    }
    if (ownTransaction && !db.commit()) {
        *error = tr("Cannot commit imported rows: %1").arg(db.lastError().text());
        return fail();
    }
    return true;
}

bool ProjectStore::beginWrite(QString *error)
{
    if (m_writing)
        return true;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    m_writing = true;
    return true;
}

bool ProjectStore::commitWrite(QString *error)
{
    if (!m_writing)
        return true;
    m_writing = false;
    QSqlDatabase db = database();
    if (!db.commit()) {
        *error = tr("Cannot commit imported rows: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

qint64 ProjectStore::startImport(const QStringList &files)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO import_reports (started_at, files) VALUES (?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(files.join(QLatin1Char('\n')));
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

bool ProjectStore::finishImport(qint64 importId, const ImportReport &report, QString *error)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE import_reports SET finished_at=?, read_count=?, imported=?, duplicates=?, "
                             "skipped=?, seconds=?, cancelled=?, report_json=? WHERE id=?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(report.read);
    q.addBindValue(report.imported);
    q.addBindValue(report.duplicates);
    q.addBindValue(report.skipped);
    q.addBindValue(report.seconds);
    q.addBindValue(report.cancelled ? 1 : 0);
    q.addBindValue(QString::fromUtf8(report.toJson()));
    q.addBindValue(importId);
    if (!q.exec()) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO import_errors (import_id, file, line, category, reason) VALUES (?,?,?,?,?)"));
    for (const auto &issue : report.errors) {
        e.addBindValue(importId);
        e.addBindValue(issue.file);
        e.addBindValue(issue.line);
        e.addBindValue(issue.category);
        e.addBindValue(issue.reason);
        e.exec();
    }
    return db.commit();
}

qint64 ProjectStore::logCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM logs")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool ProjectStore::loadCatalog(PriceCatalog *catalog, QString *error) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT catalog_json FROM catalog_versions ORDER BY version DESC LIMIT 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *catalog = PriceCatalog::defaultCatalog();
        return true;
    }
    return PriceCatalog::fromJson(q.value(0).toString().toUtf8(), catalog, error);
}

bool ProjectStore::saveCatalog(const PriceCatalog &catalog, QString *error)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO catalog_versions (version, created_at, catalog_json) VALUES (?,?,?) "
                             "ON CONFLICT (version) DO UPDATE SET catalog_json = excluded.catalog_json"));
    q.addBindValue(catalog.version());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(catalog.toJson()));
    bool ok = q.exec();
    ok = ok && QSqlQuery(db).exec(QStringLiteral("DELETE FROM catalog_models"));
    QSqlQuery m(db);
    m.prepare(QStringLiteral("INSERT INTO catalog_models (model_id, provider, catalog_version, data_json) VALUES (?,?,?,?)"));
    for (const auto &model : catalog.models()) {
        if (!ok)
            break;
        m.addBindValue(model.modelId);
        m.addBindValue(model.provider);
        m.addBindValue(catalog.version());
        m.addBindValue(QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact)));
        ok = m.exec();
    }
    if (!ok) {
        *error = tr("Cannot save the catalog: %1").arg(q.lastError().text() + m.lastError().text());
        db.rollback();
        return false;
    }
    return db.commit();
}

QString ProjectStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM project_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool ProjectStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO project_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace ShadowOptic
