// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace ShadowOptic {

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

    qint64 logCount() const;

    QString meta(const QString &key, const QString &fallback = QString()) const;
    bool setMeta(const QString &key, const QString &value);

    QString lastError() const;

private:
    friend class StoreAccess; // SQL stays in core/store
    QSqlDatabase database() const;

    QString m_connection;
    QString m_path;
};

} // namespace ShadowOptic
