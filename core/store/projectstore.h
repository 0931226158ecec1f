// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

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
};

} // namespace ShadowOptic
