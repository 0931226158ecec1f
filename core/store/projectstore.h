// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

namespace ShadowOptic {

struct LogRecord;
struct ImportReport;
class PriceCatalog;

/** One project database connection. Not thread-safe: each thread opens its own ProjectStore on the same
 *  file (WAL lets readers and one writer work at once). */
class ProjectStore
{
public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    /** Opens (creating if needed) a SQLite project and migrates it to the latest schema. */
    bool open(const QString &path, QString *error, int targetSchemaVersion = -1);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    static int latestSchemaVersion();
    int schemaVersion() const;

    struct InsertCounts
    {
        qint64 inserted = 0;
        qint64 duplicates = 0;
    };
    /** Inserts in one transaction; rows whose log_id already exists count as duplicates. */
    bool insertLogs(const QList<LogRecord> &records, qint64 importId, InsertCounts *counts, QString *error);

    /** The stored column values of one log record. Computing them (preview, messages JSON, text conversions) is
     *  the costly part of an insert, so bulk importers build them with columnsOf() on worker threads. */
    struct LogColumns
    {
        QString logId;
        QString conversationHash;
        qint64 createdAtMs = 0;
        QVariantList values; // in the order of the logs INSERT, without import_id
    };
    /** Pure and thread-safe. */
    static LogColumns columnsOf(const LogRecord &record);
    /** Same as insertLogs(), for rows prepared with columnsOf(). Inside beginWrite()/commitWrite() it joins that
     *  transaction; on failure the whole open transaction is rolled back. */
    bool insertLogColumns(const QList<LogColumns> &rows, qint64 importId, InsertCounts *counts, QString *error);
    /** One transaction over several inserts: a bulk import commits every few tens of MB rather than every batch,
     *  so each randomly placed index page (log_id, conversation hash) is written once per commit. */
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    bool isWriting() const { return m_writing; }
    void setBulkLoad(bool on);

    qint64 startImport(const QStringList &files);
    bool finishImport(qint64 importId, const ImportReport &report, QString *error);
    qint64 logCount() const;

    bool loadCatalog(PriceCatalog *catalog, QString *error) const;
    bool saveCatalog(const PriceCatalog &catalog, QString *error);

    QString meta(const QString &key, const QString &fallback = QString()) const;
    bool setMeta(const QString &key, const QString &value);

    QString lastError() const;

private:
    bool migrate(int target, QString *error);
    bool exec(const QString &sql, QString *error);

    QString m_connection;
    QString m_path;
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    bool m_writing = false;
};

} // namespace ShadowOptic
