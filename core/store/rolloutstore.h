// SPDX-License-Identifier: MIT
#pragma once

#include "rollout/rolloutevent.h"
#include "rollout/rolloutexperiment.h"
#include "rollout/rolloutlivemetrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/**
 * Rollout experiments and their audit log (`rollout_experiments`, `rollout_events`, schema v7). The events table
 * is append-only in the database: triggers abort any UPDATE or DELETE, and an experiment with events cannot be
 * deleted (its foreign key). A move stores the experiment and its event in one transaction. Also reads the live
 * metrics of a stage from the logs and the challenger's judged replays. Works on the ProjectStore it is given
 * (one per thread).
 */
class RolloutStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutStore)
public:
    explicit RolloutStore(const ProjectStore &store);

    /** Inserts the experiment (sets its id) and its creation event. Fails with a clear message when another
     *  experiment is active for the same production model, or the name is taken. */
    bool create(RolloutExperiment *experiment, RolloutEvent event, QString *error) const;
    /** Stores the experiment's new state and appends its event, together. */
    bool apply(const RolloutExperiment &experiment, const RolloutEvent &event, QString *error) const;
    /** Appends an event without changing the experiment (a check). */
    bool append(const RolloutEvent &event, QString *error) const;

    /** All experiments, active first, then newest first. */
    bool experiments(QList<RolloutExperiment> *list, QString *error) const;
    /** By name, or by id when `key` is a number; false with *error naming the known ones. */
    bool find(const QString &key, RolloutExperiment *experiment, QString *error) const;
    /** The audit log of an experiment, oldest first. */
    bool events(qint64 experimentId, QList<RolloutEvent> *list, QString *error) const;

    /** Live traffic of both models between from and to (created_at), and the challenger's judged replays. Rows
     *  that carry a metadata.experiment_id count only when it is the experiment's name; when any row carries it,
     *  untagged rows are left out (counted). Refusals are the stored verdict, else the detector's. */
    bool liveMetrics(const RolloutExperiment &experiment, qint64 fromMs, qint64 toMs, RolloutLiveMetrics *metrics,
                     QString *error) const;
    /** Requests per hour of the production model over the logs' last 7 days (all logs when shorter); 0 without. */
    double trafficPerHour(const QString &model) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
