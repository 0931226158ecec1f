// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

ProfileStore::ProfileStore(ProjectStore &store)
    : m_store(store)
{
}

bool ProfileStore::load(const QString &name, UserProfile *profile, qint64 *id) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT id, data_json FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return false;
    if (id)
        *id = q.value(0).toLongLong();
    *profile = UserProfile::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    profile->name = name;
    return true;
}

bool ProfileStore::save(const UserProfile &profile, qint64 *id, QString *error, bool *changed)
{
    UserProfile old;
    qint64 oldId = 0;
    const bool exists = load(profile.name, &old, &oldId);
    const bool differs = !exists || old.fingerprint() != profile.fingerprint();
    if (changed)
        *changed = differs;
    QSqlDatabase db = StoreAccess::database(m_store);
    db.transaction();
    QSqlQuery q(db);
    const QString json = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    if (exists) {
        q.prepare(QStringLiteral("UPDATE profiles SET data_json = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(json);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(oldId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO profiles (name, data_json, updated_at) VALUES (?,?,?)"));
        q.addBindValue(profile.name);
        q.addBindValue(json);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    *id = exists ? oldId : q.lastInsertId().toLongLong();
    if (exists && differs) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM recommendations WHERE profile_id = ?"));
        d.addBindValue(*id);
        d.exec();
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ProfileStore::measure(UserProfile *p, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT COUNT(*), AVG(prompt_tokens), AVG(completion_tokens), AVG(cost_usd), "
                             "MIN(created_at), MAX(created_at), MAX(prompt_tokens) FROM logs WHERE model = ? AND "
                             "COALESCE(is_success, 1) = 1 AND prompt_tokens IS NOT NULL"));
    q.addBindValue(p->currentModel);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const qint64 n = q.value(0).toLongLong();
    p->loggedRequests = n;
    if (n == 0)
        return true;
    p->avgInputTokens = q.value(1).toDouble();
    p->avgOutputTokens = q.value(2).toDouble();
    p->tokensMeasured = true;
    p->loggedCostPerRequestUsd = q.value(3).toDouble();
    p->longestPromptTokens = q.value(6).toLongLong();
    const double spanHours = (q.value(5).toDouble() - q.value(4).toDouble()) / 3600000.0;
    // Under an hour a burst would be extrapolated into a month; a volume the analyst set always wins.
    if (!p->volumeSet && spanHours >= 1.0) {
        p->monthlyVolume = n / spanHours * 24.0 * 30.0;
        p->volumeMeasured = true;
        p->volumeSpanHours = spanHours;
    } else {
        p->volumeMeasured = false;
        p->volumeSpanHours = 0.0;
    }
    return true;
}

QString ProfileStore::mostLoggedModel() const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT model, COUNT(*) AS n FROM logs WHERE model IS NOT NULL AND model <> '' "
                              "GROUP BY model ORDER BY n DESC, model LIMIT 1"))
        && q.next())
        return q.value(0).toString();
    return QString();
}

} // namespace ShadowOptic
