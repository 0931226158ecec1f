// SPDX-License-Identifier: MIT
#include "sqliteloginserter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ShadowOptic {

namespace {

int bindText(sqlite3_stmt *s, int i, const QByteArray &v)
{
    if (v.isNull())
        return sqlite3_bind_null(s, i);
    return sqlite3_bind_text64(s, i, v.constData(), sqlite3_uint64(v.size()), SQLITE_STATIC, SQLITE_UTF8);
}

int bindOptional(sqlite3_stmt *s, int i, qint64 v, qint64 absentBelow)
{
    return v < absentBelow ? sqlite3_bind_null(s, i) : sqlite3_bind_int64(s, i, v);
}

} // namespace

SqliteLogInserter::SqliteLogInserter(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        return;
    const char *logs
        = "INSERT INTO logs (log_id, trace_id, created_at, provider, model, status_code, is_success, prompt_preview, "
          "params_json, response_text, finish_reason, prompt_tokens, completion_tokens, total_tokens, cost_usd, "
          "cost_estimated, latency_ms, mode, config, prompt_slug, use_case, experiment_id, metadata_json, request_url, "
          "conversation_hash, raw_json, import_id, cache_read_tokens, cache_write_tokens, reasoning_tokens, batch) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (log_id) DO NOTHING";
    const char *prompts
        = "INSERT INTO temp.import_prompts (seq, conversation_hash, log_id, created_at) VALUES (?,?,?,?)";
    if (sqlite3_prepare_v3(m_db, logs, -1, SQLITE_PREPARE_PERSISTENT, &m_logs, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_db, prompts, -1, SQLITE_PREPARE_PERSISTENT, &m_prompts, nullptr) != SQLITE_OK) {
        qWarning("SqliteLogInserter: %s", sqlite3_errmsg(m_db));
        sqlite3_finalize(m_logs);
        sqlite3_finalize(m_prompts);
        m_logs = m_prompts = nullptr;
    }
}

SqliteLogInserter::~SqliteLogInserter()
{
    // Unfinalized statements would keep the connection from closing.
    sqlite3_finalize(m_logs);
    sqlite3_finalize(m_prompts);
}

QString SqliteLogInserter::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqliteLogInserter::insert(const ImportStore::LogColumns &r, qint64 importId, qint64 promptSeq, bool *inserted,
                               QString *error)
{
    sqlite3_stmt *s = m_logs;
    int i = 0;
    int rc = SQLITE_OK;
    auto next = [&](int result) {
        if (rc == SQLITE_OK)
            rc = result;
    };
    next(bindText(s, ++i, r.logId));
    next(bindText(s, ++i, r.traceId));
    next(r.createdAtMs ? sqlite3_bind_int64(s, ++i, r.createdAtMs) : sqlite3_bind_null(s, ++i));
    next(bindText(s, ++i, r.provider));
    next(bindText(s, ++i, r.model));
    next(r.statusCode ? sqlite3_bind_int(s, ++i, r.statusCode) : sqlite3_bind_null(s, ++i));
    next(sqlite3_bind_int(s, ++i, r.isSuccess ? 1 : 0));
    next(bindText(s, ++i, r.promptPreview));
    next(bindText(s, ++i, r.paramsJson));
    next(bindText(s, ++i, r.responseText));
    next(bindText(s, ++i, r.finishReason));
    next(bindOptional(s, ++i, r.promptTokens, 0));
    next(bindOptional(s, ++i, r.completionTokens, 0));
    next(bindOptional(s, ++i, r.totalTokens, 0));
    next(r.costUsd >= 0 ? sqlite3_bind_double(s, ++i, r.costUsd) : sqlite3_bind_null(s, ++i));
    next(sqlite3_bind_int(s, ++i, r.costEstimated ? 1 : 0));
    next(bindOptional(s, ++i, r.latencyMs, 0));
    next(bindText(s, ++i, r.mode));
    next(bindText(s, ++i, r.config));
    next(bindText(s, ++i, r.promptSlug));
    next(bindText(s, ++i, r.useCase));
    next(bindText(s, ++i, r.experimentId));
    next(bindText(s, ++i, r.metadataJson));
    next(bindText(s, ++i, r.requestUrl));
    next(bindText(s, ++i, r.conversationHash));
    next(bindText(s, ++i, r.rawJson));
    next(importId > 0 ? sqlite3_bind_int64(s, ++i, importId) : sqlite3_bind_null(s, ++i));
    next(r.cacheReadTokens > 0 ? sqlite3_bind_int64(s, ++i, r.cacheReadTokens) : sqlite3_bind_null(s, ++i));
    next(r.cacheWriteTokens > 0 ? sqlite3_bind_int64(s, ++i, r.cacheWriteTokens) : sqlite3_bind_null(s, ++i));
    next(r.reasoningTokens > 0 ? sqlite3_bind_int64(s, ++i, r.reasoningTokens) : sqlite3_bind_null(s, ++i));
    next(r.batch ? sqlite3_bind_int(s, ++i, 1) : sqlite3_bind_null(s, ++i));
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    const bool added = rc == SQLITE_DONE && sqlite3_changes(m_db) > 0;
    const QString stepError = rc == SQLITE_DONE ? QString() : lastError();
    sqlite3_reset(s);
    sqlite3_clear_bindings(s); // the bound text points into r
    if (!stepError.isEmpty()) {
        *error = tr("Cannot store log '%1': %2").arg(QString::fromUtf8(r.logId), stepError);
        return false;
    }
    *inserted = added;
    if (!added || r.conversationHash.isEmpty())
        return true;
    s = m_prompts;
    rc = sqlite3_bind_int64(s, 1, promptSeq);
    next(bindText(s, 2, r.conversationHash));
    next(bindText(s, 3, r.logId));
    next(sqlite3_bind_int64(s, 4, r.createdAtMs));
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    const QString promptError = rc == SQLITE_DONE ? QString() : lastError();
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!promptError.isEmpty()) {
        *error = tr("Cannot note the conversation of log '%1': %2").arg(QString::fromUtf8(r.logId), promptError);
        return false;
    }
    return true;
}

} // namespace ShadowOptic
