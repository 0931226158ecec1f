// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ShadowOptic {

struct ImportReport;
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
     *  the rows themselves. */
    bool flushPrompts(QString *error);
    /** SQLite projects bind rows through the sqlite3 C API (UTF-8, no QVariant); off, the portable QSqlQuery path
     *  is used. Tests compare the two. */
    void setNativeWriter(bool on) { m_nativeWriter = on; }
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    bool isWriting() const { return m_writing; }
    void setBulkLoad(bool on);

    qint64 startImport(const QStringList &files);
    bool finishImport(qint64 importId, const ImportReport &report, QString *error);

private:
    ProjectStore &m_store;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    bool m_writing = false;
    bool m_nativeWriter = true;
    qint64 m_promptSeq = 0;
};

} // namespace ShadowOptic
