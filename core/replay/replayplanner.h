// SPDX-License-Identifier: MIT
#pragma once

#include "replayjob.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

struct ReplaySampleSpec
{
    int size = 0; // 0 = every replayable log
    quint64 seed = 1; // random sample of `size` with this seed (same seed, same sample)
    QString model; // only logs of this model (empty = all)
    QString search; // only logs whose prompt contains this text
    QStringList logIds; // exactly these logs, in this order (the budget sampler's choice); the rest is ignored
};

/** Builds replay jobs from stored logs: original messages and parameters with the candidate's model id, and a
 *  max_tokens from the logged answer lengths where the original had none (so every request has a worst-case
 *  cost the budget can reserve). Runs on the thread pool with its own ProjectStore. */
class ReplayPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayPlanner)

public:
    static bool plan(const ProjectStore &store, const PriceCatalog &catalog, const QStringList &models,
                     const ReplaySampleSpec &sample, QList<ReplayJob> *jobs, QString *error);
    /** Fills body/cache key/estimate of jobs that only carry log id, model and role (resume). */
    static bool rebuild(const ProjectStore &store, const PriceCatalog &catalog, QList<ReplayJob> *jobs, QString *error);
    /** The response cache key: the same request body to the same target identity under the same catalog. */
    static QString cacheKey(const QString &targetFingerprint, const QString &model, const QByteArray &body,
                            int catalogVersion);
};

} // namespace ShadowOptic
