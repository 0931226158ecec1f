// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace ShadowOptic {

class ProjectStore;

/**
 * Finds stored replays that stand in for new ones, so a comparison pays only for what is missing: the same
 * prompt (log id) and model, answered successfully on a target with the same identity and priced with the same
 * catalog version. Among several, one judged with the given judge model and rubric wins, then the newest.
 * Pure reads; call it with the calling thread's ProjectStore.
 */
class ReplayReuse
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayReuse)
public:
    struct Pick
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        bool judged = false; // scored with the requested judge model and rubric
    };

    struct Run
    {
        qint64 id = 0;
        QString targetIdentity;
        int catalogVersion = 0;
        QStringList logIds; // prompts replayed in the run, in run order
        QStringList models; // models replayed in the run
    };

    /** What makes two targets answer alike: ReplayTarget::fingerprint() of a stored target description. */
    static QString targetIdentity(const QJsonObject &targetJson);
    static QString key(const QString &model, const QString &logId);

    /** A replay run's prompts, models and target; false with "Replay run N does not exist" when it does not. */
    static bool run(const ProjectStore &store, qint64 runId, Run *run, QString *error);
    /** Reusable replays of models on logIds (all logs when logIds is empty), keyed by key(model, logId). */
    static bool find(const ProjectStore &store, const QString &targetIdentity, int catalogVersion,
                     const QStringList &models, const QStringList &logIds, const QString &judgeModel,
                     const QString &rubricVersion, QHash<QString, Pick> *picks, QString *error);
};

} // namespace ShadowOptic
