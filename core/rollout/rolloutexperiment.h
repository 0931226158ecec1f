// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutplan.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One staged rollout of a challenger model against the production model (SPEC §9): where it stands and the stage
 *  table it follows. Several per project; at most one active per production model (the store enforces it). */
struct RolloutExperiment
{
    enum class Status { Active, Completed, Stopped };

    qint64 id = 0;
    QString name; // the id the user knows it by; also the metadata.experiment_id that live logs may carry
    QString productionModel;
    QString challengerModel;
    qint64 createdAtMs = 0;
    int stageIndex = 0; // into plan
    qint64 stageStartedAtMs = 0;
    RolloutPlan plan = RolloutPlan::defaults();
    bool automatic = false; // promote when the check passes, roll back when a gate fails hard
    bool killed = false; // kill switch pulled: challenger weight 0 until a promotion or rollback
    Status status = Status::Active;

    const RolloutStage &stage() const { return plan.at(stageIndex); }
    QString stageName() const { return stage().name; }
    bool isAtFull() const { return stageIndex == plan.size() - 1; }
    /** The share of live traffic the challenger is configured to get now (0 after the kill switch). */
    double configuredShare() const { return killed ? 0.0 : stage().challengerShare; }

    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);

    /** Everything but id, name, models, stage and status, which have columns of their own. */
    QJsonObject dataJson() const;
    void applyDataJson(const QJsonObject &o);
    /** The whole experiment for the command line and reports. */
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutExperiment)
