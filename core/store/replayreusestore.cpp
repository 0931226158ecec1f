// SPDX-License-Identifier: MIT
#include "replayreusestore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ShadowOptic {

ReplayReuseStore::ReplayReuseStore(const ProjectStore &store)
    : m_store(store)
{
}

bool ReplayReuseStore::runTarget(qint64 runId, RunTarget *run, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT target_json, catalog_version FROM replay_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    run->exists = q.next();
    if (run->exists) {
        run->targetJson = q.value(0).toString();
        run->catalogVersion = q.value(1).toInt();
    }
    return true;
}

bool ReplayReuseStore::replayedPairs(qint64 runId, QList<std::pair<QString, QString>> *pairs, QString *error) const
{
    QSqlQuery items(StoreAccess::database(m_store));
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT log_id, model FROM replay_items WHERE run_id = ? AND role = 'replay' "
                                 "ORDER BY log_id, model"));
    items.addBindValue(runId);
    if (!items.exec()) {
        *error = items.lastError().text();
        return false;
    }
    while (items.next())
        pairs->append({ items.value(0).toString(), items.value(1).toString() });
    return true;
}

bool ReplayReuseStore::successfulReplays(const QStringList &models, int catalogVersion, const QString &judgeModel,
                                         const QString &rubricVersion, QList<StoredReplay> *replays,
                                         QString *error) const
{
    if (models.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < models.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT c.run_id, c.log_id, c.model, r.target_json, CASE WHEN e.judge_ok IS NULL THEN 0 ELSE 1 END "
            "FROM completions c JOIN replay_runs r ON r.id = c.run_id LEFT JOIN evaluations e ON e.run_id = "
            "c.run_id AND e.log_id = c.log_id AND e.model = c.model AND e.source = 'replay' AND e.judge_model = ? "
            "AND e.rubric_version = ? WHERE c.role = 'replay' AND c.ok = 1 AND r.catalog_version = ? AND "
            "c.model IN (%1) ORDER BY c.run_id")
            .arg(marks.join(u',')));
    q.addBindValue(judgeModel);
    q.addBindValue(rubricVersion);
    q.addBindValue(catalogVersion);
    for (const QString &m : models)
        q.addBindValue(m);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        replays->append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toInt() != 0 });
    return true;
}

} // namespace ShadowOptic
