// SPDX-License-Identifier: MIT
#include "replayreuse.h"

#include "replay/replaytarget.h"
#include "store/replayreusestore.h"

#include <QJsonDocument>
#include <QSet>

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
    const ReplayReuseStore replays(store);
    ReplayReuseStore::RunTarget target;
    if (!replays.runTarget(runId, &target, error))
        return false;
    if (!target.exists) {
        *error = tr("Replay run %1 does not exist in this project.").arg(runId);
        return false;
    }
    run->id = runId;
    run->targetIdentity = targetIdentity(QJsonDocument::fromJson(target.targetJson.toUtf8()).object());
    run->catalogVersion = target.catalogVersion;
    QList<std::pair<QString, QString>> pairs;
    if (!replays.replayedPairs(runId, &pairs, error))
        return false;
    QSet<QString> logs;
    for (const auto &[logId, model] : std::as_const(pairs)) {
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
    QList<ReplayReuseStore::StoredReplay> replays;
    if (!ReplayReuseStore(store).successfulReplays(models, catalogVersion, judgeModel, rubricVersion, &replays, error))
        return false;
    const QSet<QString> wanted(logIds.cbegin(), logIds.cend());
    QHash<QString, QString> identities; // target_json → identity, runs repeat
    for (const ReplayReuseStore::StoredReplay &r : std::as_const(replays)) {
        if (!wanted.isEmpty() && !wanted.contains(r.logId))
            continue;
        auto id = identities.constFind(r.targetJson);
        if (id == identities.constEnd()) {
            const QJsonObject target = QJsonDocument::fromJson(r.targetJson.toUtf8()).object();
            id = identities.insert(r.targetJson, targetIdentity(target));
        }
        if (*id != identity)
            continue;
        Pick p { r.runId, r.logId, r.model, r.judged };
        const QString k = key(p.model, p.logId);
        const auto it = picks->constFind(k);
        // Runs come oldest first: a newer replay replaces an older one unless only the older one is judged.
        if (it == picks->constEnd() || p.judged || !it->judged)
            picks->insert(k, p);
    }
    return true;
}

} // namespace ShadowOptic
