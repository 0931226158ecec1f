// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayjob.h"
#include "replay/replayresult.h"
#include "replay/replayruninfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace ShadowOptic {

class ProjectStore;

/** Replay runs, their plans, completions and the response cache in the project database. Each instance
 *  works on the ProjectStore it is given (one per thread). */
class ReplayStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayStore)

public:
    explicit ReplayStore(ProjectStore &store);

    bool createRun(const ReplayTarget &target, const QStringList &models, double budgetUsd, int catalogVersion,
                   const QList<ReplayJob> &plan, ReplayRunInfo *run, QString *error);
    bool setRunStatus(qint64 runId, RunStatus::Value status, double spentUsd);
    bool loadRun(qint64 runId, ReplayRunInfo *run, QString *error);
    QList<ReplayRunInfo> runs();
    /** Runs left "running" by a process that died are marked interrupted; returns them. */
    QList<ReplayRunInfo> markInterruptedRuns();
    /** (log_id, model, role) of the plan that have no stored completion yet. */
    bool pendingItems(qint64 runId, QList<ReplayJob> *items, QString *error);

    /** Writes results and the run's spend so far (spentUsd, these results included) in one transaction; a
     *  result already stored for the same item is left as it is. */
    bool storeResults(qint64 runId, const QList<ReplayResult> &results, const QString &targetFingerprint,
                      double spentUsd, QString *error);
    /** Successful answers under their cache keys; the key already names the target identity, which is stored
     *  beside it so the cache can be inspected. */
    bool storeCache(const QList<ReplayResult> &results, const QHash<QString, QString> &cacheKeys,
                    const QString &targetFingerprint);
    /** Cached response bodies newer than ttl for these keys. */
    QHash<QString, QByteArray> cachedResponses(const QStringList &keys, int ttlSeconds);

    QList<ReplayResult> completions(qint64 runId, const QString &role = QStringLiteral("replay"));

private:
    ProjectStore &m_store;
};

} // namespace ShadowOptic
