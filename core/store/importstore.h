// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include "domain/importreport.h"

namespace ShadowOptic {

struct LogRecord;
class ProjectStore;

/** Writes imported logs and their import reports into the ProjectStore it is given. It holds the prepared inserts
 *  and the open write transaction of one import, so one ImportStore serves a whole import; it must not outlive the
 *  store's connection (declare it after the ProjectStore). */
class ImportStore
{
public:
    explicit ImportStore(ProjectStore &store);
    ~ImportStore();
    ImportStore(const ImportStore &) = delete;
    ImportStore &operator=(const ImportStore &) = delete;

    struct InsertCounts
    {
        qint64 inserted = 0;
        qint64 duplicates = 0;
    };
    /** Inserts in one transaction; rows whose log_id already exists count as duplicates. */
    bool insertLogs(const QList<LogRecord> &records, qint64 importId, InsertCounts *counts, QString *error);

    /** The stored column values of one log record, as UTF-8 (a null QByteArray is stored as NULL). Computing
     *  them (preview, hashes, text conversions) is the costly part of an insert, so bulk importers build them
     *  with columnsOf() on worker threads. messages_json is not among them: new rows derive their messages from
     *  raw_json when read (LogRecordParser::storedMessagesJson), so a prompt is stored once, not twice. */
    struct LogColumns
    {
        QByteArray logId, traceId, provider, model, promptPreview, paramsJson, responseText, finishReason, mode, config,
            promptSlug, useCase, experimentId, metadataJson, requestUrl, conversationHash, rawJson;
        qint64 createdAtMs = 0; // 0: unknown
        qint64 promptTokens = -1, completionTokens = -1, totalTokens = -1, latencyMs = -1; // -1: absent
        qint64 cacheReadTokens = 0, cacheWriteTokens = 0, reasoningTokens = 0; // 0: stored as NULL
        bool batch = false;
        double costUsd = -1.0; // < 0: absent
        int statusCode = 0; // 0: absent
        bool isSuccess = true;
        bool costEstimated = false;
    };
    /** Pure and thread-safe. */
    static LogColumns columnsOf(const LogRecord &record);
    /** Same as insertLogs(), for rows prepared with columnsOf(). Inside beginWrite()/commitWrite() it joins that
     *  transaction; on failure the whole open transaction is rolled back. Conversations of the new rows are noted
     *  and reach the prompts table with flushPrompts() (insertLogs() does that itself). */
    bool insertLogColumns(const QList<LogColumns> &rows, qint64 importId, InsertCounts *counts, QString *error);
    /** Adds the conversations noted by insertLogColumns() to the prompts table in one sorted pass: inserting them
     *  row by row writes a random page of that table's index per row, which at a million rows cost more than
     *  the rows themselves. Inside beginWrite()/commitWrite() it joins that transaction, so the rows and their
     *  conversations are committed together. */
    bool flushPrompts(QString *error);
    /** SQLite projects bind rows through the sqlite3 C API (UTF-8, no QVariant); off, the portable QSqlQuery path
     *  is used. Tests compare the two. */
    void setNativeWriter(bool on) { m_nativeWriter = on; }
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    /** Drops the open write transaction, if any, with the conversations it noted. */
    void rollbackWrite();
    bool isWriting() const { return m_writing; }
    void setBulkLoad(bool on);

    /** Adds the import's report row; inside beginWrite() it is committed with the import's first rows, so a
     *  crash before them leaves no report at all. -1 on failure. */
    qint64 startImport(const QStringList &files);
    /** States in the report row what the open transaction will have committed (counts and the issues not yet
     *  stored), so after a crash the row is true of what the project holds. finished_at stays NULL. */
    bool recordProgress(qint64 importId, const ImportReport &report, QString *error);
    bool finishImport(qint64 importId, const ImportReport &report, QString *error);

    /** An import that never finished (the process was killed, or it is still running elsewhere), with what it
     *  had committed; only those no later finished import of the same files completed. */
    struct Unfinished
    {
        qint64 id = 0;
        qint64 startedAtMs = 0;
        ImportReport report; // the files, and the counts of what was committed
    };
    static QList<Unfinished> unfinishedImports(const ProjectStore &store, QString *error);

private:
    bool saveReport(qint64 importId, const ImportReport &report, bool finished, QString *error);

    ProjectStore &m_store;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    bool m_writing = false;
    bool m_nativeWriter = true;
    qint64 m_promptSeq = 0;
    qsizetype m_storedIssues = 0; // of the report's issues, those already in import_errors
};

} // namespace ShadowOptic
