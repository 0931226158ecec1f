// SPDX-License-Identifier: MIT
#include "replayreuse.h"

#include "replay/replaytarget.h"
#include "store/projectstore.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

QString ReplayReuse::targetIdentity(const QJsonObject &t)
{
    return ReplayTarget::fromJson(t).fingerprint(); // the replay cache's definition, so both reuse alike
}

QString ReplayReuse::key(const QString &model, const QString &logId)
{
    return model + u'\x1f' + logId;
}

bool ReplayReuse::run(const ProjectStore &store, qint64 runId, Run *run, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT target_json, catalog_version FROM replay_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = tr("Replay run %1 does not exist in this project.").arg(runId);
        return false;
    }
    run->id = runId;
    run->targetIdentity = targetIdentity(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    run->catalogVersion = q.value(1).toInt();
    QSqlQuery items(store.database());
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT log_id, model FROM replay_items WHERE run_id = ? AND role = 'replay' "
                                 "ORDER BY log_id, model"));
    items.addBindValue(runId);
    if (!items.exec()) {
        *error = items.lastError().text();
        return false;
    }
    QSet<QString> logs;
    while (items.next()) {
        const QString logId = items.value(0).toString();
        const QString model = items.value(1).toString();
        if (!logs.contains(logId)) {
            logs.insert(logId);
            run->logIds.append(logId);
        }
        if (!run->models.contains(model))
            run->models.append(model);
    }
    if (run->logIds.isEmpty()) {
        *error = tr("Run %1 is not a replay run (it holds no replayed prompts).").arg(runId);
        return false;
    }
    return true;
}

bool ReplayReuse::find(const ProjectStore &store, const QString &identity, int catalogVersion,
                       const QStringList &models, const QStringList &logIds, const QString &judgeModel,
                       const QString &rubricVersion, QHash<QString, Pick> *picks, QString *error)
{
    if (models.isEmpty())
        return true;
    QStringList marks;
    for (qsizetype i = 0; i < models.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
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
    const QSet<QString> wanted(logIds.cbegin(), logIds.cend());
    QHash<QString, QString> identities; // target_json → identity, runs repeat
    while (q.next()) {
        const QString logId = q.value(1).toString();
        if (!wanted.isEmpty() && !wanted.contains(logId))
            continue;
        const QString json = q.value(3).toString();
        auto id = identities.constFind(json);
        if (id == identities.constEnd())
            id = identities.insert(json, targetIdentity(QJsonDocument::fromJson(json.toUtf8()).object()));
        if (*id != identity)
            continue;
        Pick p { q.value(0).toLongLong(), logId, q.value(2).toString(), q.value(4).toInt() != 0 };
        const QString k = key(p.model, p.logId);
        const auto it = picks->constFind(k);
        // Runs come oldest first: a newer replay replaces an older one unless only the older one is judged.
        if (it == picks->constEnd() || p.judged || !it->judged)
            picks->insert(k, p);
    }
    return true;
}

} // namespace ShadowOptic
