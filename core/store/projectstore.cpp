// SPDX-License-Identifier: MIT
#include "projectstore.h"

#include "crashpoint.h"
#include "projectschema.h"
#include "sqldialect.h"
#include "storeaccess.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

enum class FileKind {
    EmptyDatabase, // SQLite, no tables: becomes a new project
    Project,
    EarlierProject, // ours, from a build before application ids: no id, only our tables
    Foreign,
    Unreadable,
};

FileKind classify(const QSqlDatabase &db, QString *detail)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *detail = q.lastError().text();
        return FileKind::Unreadable;
    }
    const qint32 id = q.value(0).toInt();
    if (id == ProjectStore::ApplicationId)
        return FileKind::Project;
    if (id != 0) {
        *detail = ProjectStore::tr("it belongs to another application, SQLite application id %1").arg(id);
        return FileKind::Foreign;
    }
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
        *detail = q.lastError().text();
        return FileKind::Unreadable;
    }
    QSet<QString> tables;
    while (q.next())
        tables.insert(q.value(0).toString());
    if (tables.isEmpty())
        return FileKind::EmptyDatabase;
    QStringList foreign = (tables - ProjectSchema::tablesAt(-1)).values();
    if (!foreign.isEmpty()) {
        foreign.sort();
        *detail = ProjectStore::tr("it has tables of another application: %1")
                      .arg(foreign.mid(0, 3).join(QStringLiteral(", ")));
        return FileKind::Foreign;
    }
    // Our versions are 1, 2, ... n, and a project at n has every table of n.
    int n = 0;
    if (tables.contains(QStringLiteral("schema_version"))
        && q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version"))) {
        while (q.next() && n >= 0)
            n = q.value(0).toInt() == n + 1 ? n + 1 : -1;
    } else {
        n = -1;
    }
    if (n < 0 || n > ProjectSchema::latestVersion() || !(ProjectSchema::tablesAt(n) - tables).isEmpty()) {
        *detail = ProjectStore::tr("its tables are not those of a Shadow Optic project");
        return FileKind::Foreign;
    }
    return FileKind::EarlierProject;
}

// Looks at an existing SQLite file through a read-only connection: deciding whether it is ours must not change a
// byte of it (closing a read-write connection, for one, can checkpoint another application's WAL into the file).
FileKind inspect(const QString &path, QString *detail)
{
    const QString name = QStringLiteral("so-probe-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    FileKind kind = FileKind::Unreadable;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlDialect::driverName(SqlDialect::Backend::Sqlite), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            kind = classify(db, detail);
        else
            *detail = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return kind;
}

} // namespace

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore()
{
    close();
}

int ProjectStore::latestSchemaVersion()
{
    return ProjectSchema::latestVersion();
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

bool ProjectStore::open(const QString &path, QString *error, OpenMode mode, int targetSchemaVersion)
{
    close();
    CrashPoint::install();
    const QFileInfo fi(path);
    if (!fi.exists()) {
        if (mode == OpenMode::OpenExisting) {
            *error = tr("Project '%1' does not exist.").arg(path);
            return false;
        }
    } else if (fi.size() == 0) {
        if (mode == OpenMode::OpenExisting) {
            *error = tr("'%1' is not a Shadow Optic project (the file is empty).").arg(path);
            return false;
        }
    } else {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && !f.read(16).startsWith("SQLite format 3")) {
            *error = tr("'%1' is not a Shadow Optic project (not an SQLite database).").arg(path);
            return false;
        }
        QString detail;
        switch (inspect(path, &detail)) {
        case FileKind::Project:
        case FileKind::EarlierProject:
            break;
        case FileKind::EmptyDatabase:
            if (mode == OpenMode::OpenExisting) {
                *error = tr("'%1' is not a Shadow Optic project (an SQLite database without tables).").arg(path);
                return false;
            }
            break;
        case FileKind::Foreign:
            *error = tr("'%1' is not a Shadow Optic project (%2). It was left unchanged.").arg(path, detail);
            return false;
        case FileKind::Unreadable:
            *error = tr("Cannot open project '%1': %2.").arg(path, detail);
            return false;
        }
    }
    if (fi.exists() && !fi.isWritable()) {
        *error = tr("Project '%1' is read-only.").arg(path);
        return false;
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
            if (!StoreAccess::exec(*this, s, error)) {
                close();
                return false;
            }
    }
    const int target = targetSchemaVersion < 0 ? latestSchemaVersion() : targetSchemaVersion;
    if (!ProjectSchema(*this).migrate(target, error)) {
        close();
        return false;
    }
    return true;
}

void ProjectStore::close()
{
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
    return ProjectSchema(*this).version();
}

qint64 ProjectStore::logCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM logs")) && q.next())
        return q.value(0).toLongLong();
    return 0;
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
