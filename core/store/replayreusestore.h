// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ShadowOptic {

class ProjectStore;

/** The stored replays ReplayReuse chooses from. Pure reads on the ProjectStore it is given (one per thread). */
class ReplayReuseStore
{
public:
    explicit ReplayReuseStore(const ProjectStore &store);

    struct RunTarget
    {
        bool exists = false;
        QString targetJson; // the stored target description
        int catalogVersion = 0;
    };

    /** A successful replayed answer, with the target of its run and whether the asked judge graded it. */
    struct StoredReplay
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        QString targetJson;
        bool judged = false;
    };

    bool runTarget(qint64 runId, RunTarget *run, QString *error) const;
    /** (log id, model) of a run's replay plan, by log id then model. */
    bool replayedPairs(qint64 runId, QList<std::pair<QString, QString>> *pairs, QString *error) const;
    /** Successful replays of these models priced with this catalog version, oldest run first; judged means
     *  graded with this judge model and rubric. */
    bool successfulReplays(const QStringList &models, int catalogVersion, const QString &judgeModel,
                           const QString &rubricVersion, QList<StoredReplay> *replays, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
