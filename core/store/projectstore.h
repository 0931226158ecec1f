// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ShadowOptic {

struct LogRecord;
struct ImportReport;

/** One project database connection. Not thread-safe: each thread opens its own ProjectStore on the same
 *  file (WAL lets readers and one writer work at once). */
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ProjectStore)

public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /** "ShOp": PRAGMA application_id of every project, so that other SQLite files are told apart and left alone. */
    static constexpr qint32 ApplicationId = 0x53684F70;

    enum class OpenMode {
        CreateOrOpen, // a missing file (or an empty one) becomes a new project
        OpenExisting, // for readers: a missing file is an error and nothing is created
    };

    /** Opens a SQLite project and migrates it to the latest schema. Refuses, without changing a byte, any file that
     *  is not a Shadow Optic project: another application's SQLite database, or one without our schema. Projects of
     *  earlier builds (application id 0, our tables) are marked with ApplicationId. */
    bool open(const QString &path, QString *error, OpenMode mode, int targetSchemaVersion = -1);
    bool open(const QString &path, QString *error, int targetSchemaVersion = -1)
    {
        return open(path, error, OpenMode::CreateOrOpen, targetSchemaVersion);
    }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    static int latestSchemaVersion();
    int schemaVersion() const;

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
    qint64 logCount() const;

    QString meta(const QString &key, const QString &fallback = QString()) const;
    bool setMeta(const QString &key, const QString &value);

    QString lastError() const;

private:
    friend class StoreAccess; // SQL stays in core/store
    QSqlDatabase database() const;

    QString m_connection;
    QString m_path;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    bool m_writing = false;
    bool m_nativeWriter = true;
    qint64 m_promptSeq = 0;
};

} // namespace ShadowOptic
