// SPDX-License-Identifier: MIT
#include "recommendationstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

RecommendationStore::RecommendationStore(ProjectStore &store)
    : m_store(store)
{
}

bool RecommendationStore::save(qint64 profileId, int catalogVersion, const QJsonObject &data, qint64 *id,
                               QString *error)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("INSERT INTO recommendations (profile_id, created_at, catalog_version, data_json) "
                             "VALUES (?,?,?,?)"));
    q.addBindValue(profileId);
    q.addBindValue(data.value(QLatin1String("createdAt")).toInteger(QDateTime::currentMSecsSinceEpoch()));
    q.addBindValue(catalogVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}

QJsonObject RecommendationStore::latestValid(qint64 profileId, int catalogVersion, const QString &rubricVersion,
                                             const QString &profileFingerprint) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT data_json FROM recommendations WHERE profile_id = ? AND catalog_version = ? "
                             "ORDER BY id DESC"));
    q.addBindValue(profileId);
    q.addBindValue(catalogVersion);
    if (!q.exec())
        return {};
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (o.value(QLatin1String("rubricVersion")).toString() == rubricVersion
            && o.value(QLatin1String("profileFingerprint")).toString() == profileFingerprint)
            return o;
    }
    return {};
}

QJsonObject RecommendationStore::latest(qint64 profileId) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT data_json FROM recommendations WHERE profile_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(profileId);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return {};
}

int RecommendationStore::invalidateCatalog(int catalogVersion)
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("DELETE FROM recommendations WHERE catalog_version <> ?"));
    q.addBindValue(catalogVersion);
    return q.exec() ? q.numRowsAffected() : 0;
}

} // namespace ShadowOptic
