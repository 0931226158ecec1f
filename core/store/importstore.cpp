// SPDX-License-Identifier: MIT
#include "importstore.h"

#include "crashpoint.h"
#include "domain/logrecord.h"
#include "projectstore.h"
#include "sqldialect.h"
#include "sqliteloginserter.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

// Messages are translated in ProjectStore's context, where they have always been.

struct ImportStore::Prepared
{
    std::unique_ptr<SqliteLogInserter> native;
    std::unique_ptr<QSqlQuery> insertLog;
    std::unique_ptr<QSqlQuery> insertPrompt;
    bool promptTable = false;
};

ImportStore::ImportStore(ProjectStore &store)
    : m_store(store)
    , m_prepared(std::make_unique<Prepared>())
{
}

ImportStore::~ImportStore() = default;

void ImportStore::setBulkLoad(bool on)
{
    const auto b = SqlDialect::backendOf(StoreAccess::database(m_store));
    for (const QString &s : on ? SqlDialect::bulkLoadBegin(b) : SqlDialect::bulkLoadEnd(b))
        StoreAccess::exec(m_store, s, nullptr);
}

ImportStore::LogColumns ImportStore::columnsOf(const LogRecord &r)
{
    auto utf8 = [](const QString &s) {
        if (s.isNull())
            return QByteArray();
        QByteArray b = s.toUtf8();
        // A JSON "\\u0000" stays escaped: with a NUL byte in a TEXT value, C-string readers (the sqlite3 shell,
        // length(), anything built from a const char *) would cut it there.
        if (b.contains('\0'))
            b.replace(QByteArrayView("\0", 1), QByteArrayView("\\u0000"));
        return b.isNull() ? QByteArray("") : b; // empty stays '' rather than NULL
    };
    LogColumns c;
    c.logId = utf8(r.logId);
    c.traceId = utf8(r.traceId);
    c.createdAtMs = r.createdAtMs;
    c.provider = utf8(r.provider);
    c.model = utf8(r.model);
    c.statusCode = r.statusCode;
    c.isSuccess = r.isSuccess;
    // NULL exactly when there are no messages: readers take "has a prompt" from it.
    c.promptPreview = r.messages.isEmpty() ? QByteArray() : utf8(r.promptPreview());
    if (!r.messages.isEmpty() && c.promptPreview.isNull())
        c.promptPreview = QByteArray("");
    c.paramsJson = r.paramsJson.isEmpty() ? QByteArray() : r.paramsJson;
    c.responseText = utf8(r.responseText);
    c.finishReason = utf8(r.finishReason);
    c.promptTokens = r.promptTokens;
    c.completionTokens = r.completionTokens;
    c.totalTokens = r.totalTokens;
    c.cacheReadTokens = r.cacheReadTokens;
    c.cacheWriteTokens = r.cacheWriteTokens;
    c.reasoningTokens = r.reasoningTokens;
    c.batch = r.batch;
    c.costUsd = r.costUsd;
    c.costEstimated = r.costEstimated;
    c.latencyMs = r.latencyMs;
    c.mode = utf8(r.mode);
    c.config = utf8(r.config);
    c.promptSlug = utf8(r.promptSlug);
    c.useCase = utf8(r.useCase);
    c.experimentId = utf8(r.experimentId);
    c.metadataJson = r.metadataJson.isEmpty() ? QByteArray() : r.metadataJson;
    c.requestUrl = utf8(r.requestUrl);
    c.conversationHash = utf8(r.conversationHash);
    c.rawJson = r.rawJson.isNull() ? QByteArray("") : r.rawJson;
    return c;
}

bool ImportStore::insertLogs(const QList<LogRecord> &records, qint64 importId, InsertCounts *counts, QString *error)
{
    QList<LogColumns> rows;
    rows.reserve(records.size());
    for (const LogRecord &r : records)
        rows.append(columnsOf(r));
    return insertLogColumns(rows, importId, counts, error);
}

namespace {

QVariant textValue(const QByteArray &v)
{
    return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(v));
}

QVariant intValue(qint64 v, bool present)
{
    return present ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

// The portable path (QSqlQuery), same statement and values as SqliteLogInserter.
void bindColumns(QSqlQuery &q, const ImportStore::LogColumns &r, qint64 importId)
{
    int i = 0;
    q.bindValue(i++, textValue(r.logId));
    q.bindValue(i++, textValue(r.traceId));
    q.bindValue(i++, intValue(r.createdAtMs, r.createdAtMs != 0));
    q.bindValue(i++, textValue(r.provider));
    q.bindValue(i++, textValue(r.model));
    q.bindValue(i++, intValue(r.statusCode, r.statusCode != 0));
    q.bindValue(i++, r.isSuccess ? 1 : 0);
    q.bindValue(i++, textValue(r.promptPreview));
    q.bindValue(i++, textValue(r.paramsJson));
    q.bindValue(i++, textValue(r.responseText));
    q.bindValue(i++, textValue(r.finishReason));
    q.bindValue(i++, intValue(r.promptTokens, r.promptTokens >= 0));
    q.bindValue(i++, intValue(r.completionTokens, r.completionTokens >= 0));
    q.bindValue(i++, intValue(r.totalTokens, r.totalTokens >= 0));
    q.bindValue(i++, r.costUsd >= 0 ? QVariant(r.costUsd) : QVariant(QMetaType(QMetaType::Double)));
    q.bindValue(i++, r.costEstimated ? 1 : 0);
    q.bindValue(i++, intValue(r.latencyMs, r.latencyMs >= 0));
    q.bindValue(i++, textValue(r.mode));
    q.bindValue(i++, textValue(r.config));
    q.bindValue(i++, textValue(r.promptSlug));
    q.bindValue(i++, textValue(r.useCase));
    q.bindValue(i++, textValue(r.experimentId));
    q.bindValue(i++, textValue(r.metadataJson));
    q.bindValue(i++, textValue(r.requestUrl));
    q.bindValue(i++, textValue(r.conversationHash));
    q.bindValue(i++, textValue(r.rawJson));
    q.bindValue(i++, intValue(importId, importId > 0));
    q.bindValue(i++, intValue(r.cacheReadTokens, r.cacheReadTokens > 0));
    q.bindValue(i++, intValue(r.cacheWriteTokens, r.cacheWriteTokens > 0));
    q.bindValue(i++, intValue(r.reasoningTokens, r.reasoningTokens > 0));
    q.bindValue(i++, intValue(1, r.batch));
}

} // namespace

bool ImportStore::insertLogColumns(const QList<LogColumns> &rows, qint64 importId, InsertCounts *counts, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!m_prepared->promptTable) {
        // Conversations wait here until flushPrompts(); a temporary table lives and dies with this connection.
        if (!StoreAccess::exec(
                m_store,
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_prompts (seq BIGINT, conversation_hash TEXT, "
                               "log_id TEXT, created_at BIGINT)"),
                error))
            return false;
        m_prepared->promptTable = true;
    }
    const bool native = m_nativeWriter && SqlDialect::backendOf(db) == SqlDialect::Backend::Sqlite;
    if (native && !m_prepared->native) {
        m_prepared->native = std::make_unique<SqliteLogInserter>(db);
        if (!m_prepared->native->isValid()) {
            *error = ProjectStore::tr("Cannot prepare the log insert: %1").arg(m_store.lastError());
            m_prepared->native.reset();
            return false;
        }
    }
    if (!native && !m_prepared->insertLog) {
        m_prepared->insertLog = std::make_unique<QSqlQuery>(db);
        m_prepared->insertLog->prepare(QStringLiteral(
            "INSERT INTO logs (log_id, trace_id, created_at, provider, model, status_code, is_success, "
            "prompt_preview, params_json, response_text, finish_reason, prompt_tokens, completion_tokens, "
            "total_tokens, cost_usd, cost_estimated, latency_ms, mode, config, prompt_slug, use_case, experiment_id, "
            "metadata_json, request_url, conversation_hash, raw_json, import_id, cache_read_tokens, "
            "cache_write_tokens, reasoning_tokens, batch) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (log_id) DO NOTHING"));
        m_prepared->insertPrompt = std::make_unique<QSqlQuery>(db);
        m_prepared->insertPrompt->prepare(
            QStringLiteral("INSERT INTO import_prompts (seq, conversation_hash, log_id, created_at) VALUES (?,?,?,?)"));
    }
    const bool ownTransaction = !m_writing;
    if (ownTransaction && !db.transaction()) {
        *error = ProjectStore::tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&] {
        db.rollback();
        m_writing = false;
        return false;
    };
    for (const LogColumns &r : rows) {
        bool inserted = false;
        const qint64 seq = m_promptSeq++;
        if (native) {
            if (!m_prepared->native->insert(r, importId, seq, &inserted, error))
                return fail();
        } else {
            QSqlQuery &q = *m_prepared->insertLog;
            bindColumns(q, r, importId);
            if (!q.exec()) {
                *error = ProjectStore::tr("Cannot store log '%1': %2")
                             .arg(QString::fromUtf8(r.logId), q.lastError().text());
                return fail();
            }
            inserted = q.numRowsAffected() > 0;
            if (inserted && !r.conversationHash.isEmpty()) {
                QSqlQuery &p = *m_prepared->insertPrompt;
                p.bindValue(0, seq);
                p.bindValue(1, textValue(r.conversationHash));
                p.bindValue(2, textValue(r.logId));
                p.bindValue(3, r.createdAtMs);
                if (!p.exec()) {
                    *error = ProjectStore::tr("Cannot note the conversation of log '%1': %2")
                                 .arg(QString::fromUtf8(r.logId), p.lastError().text());
                    return fail();
                }
            }
        }
        if (inserted)
            ++counts->inserted;
        else
            ++counts->duplicates;
    }
    if (ownTransaction) {
        if (!db.commit()) {
            *error = ProjectStore::tr("Cannot commit imported rows: %1").arg(db.lastError().text());
            return fail();
        }
        return flushPrompts(error);
    }
    return true;
}

bool ImportStore::flushPrompts(QString *error)
{
    if (!m_prepared->promptTable)
        return true;
    QSqlDatabase db = StoreAccess::database(m_store);
    const bool ownTransaction = !m_writing;
    if (ownTransaction && !db.transaction()) {
        *error = ProjectStore::tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    // Sorted by hash the inserts walk the prompts index in order; by seq within a hash the first log wins.
    if (!StoreAccess::exec(m_store,
                           QStringLiteral("INSERT INTO prompts (conversation_hash, first_log_id, first_seen) "
                                          "SELECT conversation_hash, log_id, created_at FROM import_prompts WHERE true "
                                          "ORDER BY conversation_hash, seq ON CONFLICT (conversation_hash) DO NOTHING"),
                           error)
        || !StoreAccess::exec(m_store, QStringLiteral("DELETE FROM import_prompts"), error)) {
        db.rollback();
        m_writing = false;
        return false;
    }
    if (!ownTransaction)
        return true;
    if (!db.commit()) {
        *error = ProjectStore::tr("Cannot commit the prompts: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ImportStore::beginWrite(QString *error)
{
    if (m_writing)
        return true;
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = ProjectStore::tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    m_writing = true;
    return true;
}

bool ImportStore::commitWrite(QString *error)
{
    if (!m_writing)
        return true;
    m_writing = false;
    QSqlDatabase db = StoreAccess::database(m_store);
    CrashPoint::reached(CrashPoint::Kind::Commit);
    if (!db.commit()) {
        *error = ProjectStore::tr("Cannot commit imported rows: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

void ImportStore::rollbackWrite()
{
    if (!m_writing)
        return;
    m_writing = false;
    StoreAccess::database(m_store).rollback();
}

qint64 ImportStore::startImport(const QStringList &files)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("INSERT INTO import_reports (started_at, files) VALUES (?, ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(files.join(QLatin1Char('\n')));
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

bool ImportStore::recordProgress(qint64 importId, const ImportReport &report, QString *error)
{
    return saveReport(importId, report, false, error);
}

bool ImportStore::finishImport(qint64 importId, const ImportReport &report, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    const bool ownTransaction = !m_writing;
    if (ownTransaction)
        db.transaction();
    if (!saveReport(importId, report, true, error)) {
        if (ownTransaction)
            db.rollback();
        return false;
    }
    if (ownTransaction && !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ImportStore::saveReport(qint64 importId, const ImportReport &report, bool finished, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE import_reports SET finished_at=?, read_count=?, imported=?, duplicates=?, "
                             "skipped=?, seconds=?, cancelled=?, report_json=? WHERE id=?"));
    q.addBindValue(finished ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
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
        return false;
    }
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO import_errors (import_id, file, line, category, reason) VALUES (?,?,?,?,?)"));
    for (; m_storedIssues < report.errors.size(); ++m_storedIssues) {
        const ImportIssue &issue = report.errors.at(m_storedIssues);
        e.addBindValue(importId);
        e.addBindValue(issue.file);
        e.addBindValue(issue.line);
        e.addBindValue(issue.category);
        e.addBindValue(issue.reason);
        if (!e.exec()) {
            *error = e.lastError().text();
            return false;
        }
    }
    return true;
}

QList<ImportStore::Unfinished> ImportStore::unfinishedImports(const ProjectStore &store, QString *error)
{
    QList<Unfinished> out;
    QSqlQuery q(StoreAccess::database(store));
    q.setForwardOnly(true);
    // The logs are the truth of what an import stored: reports of earlier builds have no counts until finished.
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.files, r.started_at, COALESCE(r.read_count, 0), (SELECT COUNT(*) FROM logs l WHERE "
            "l.import_id = r.id), COALESCE(r.duplicates, 0), COALESCE(r.skipped, 0) FROM import_reports r WHERE "
            "r.finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM import_reports later WHERE later.id > r.id AND "
            "later.finished_at IS NOT NULL AND later.files = r.files) ORDER BY r.id"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Unfinished u;
        u.id = q.value(0).toLongLong();
        u.startedAtMs = q.value(2).toLongLong();
        u.report.files = q.value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        u.report.read = q.value(3).toLongLong();
        u.report.imported = q.value(4).toLongLong();
        u.report.duplicates = q.value(5).toLongLong();
        u.report.skipped = q.value(6).toLongLong();
        out.append(u);
    }
    return out;
}

} // namespace ShadowOptic
