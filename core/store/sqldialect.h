// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QSqlDatabase;

namespace ShadowOptic {

/** The one place that knows SQLite vs PostgreSQL differences; everything else writes portable SQL. */
class SqlDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    static Backend backendOf(const QSqlDatabase &db);
    static QString driverName(Backend b);
    /** Statements run once per new connection (pragmas on SQLite, nothing on PostgreSQL). */
    static QStringList connectionSetup(Backend b);
    /** Faster, less durable settings for the length of a bulk import. */
    static QStringList bulkLoadBegin(Backend b);
    static QStringList bulkLoadEnd(Backend b);
    static QString autoIdColumn(Backend b);
    static QString blobType(Backend b);
    /** Who sent a logged request, the unit correlated requests cluster by: "user:<metadata._user>", else
     *  "session:<metadata.session_id>", else NULL (also for metadata that is not JSON). metadataColumn names the
     *  logs' metadata_json column as the query sees it ("l.metadata_json"). */
    static QString senderExpression(const QString &metadataColumn);
};

} // namespace ShadowOptic
