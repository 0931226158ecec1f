// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** The Portkey configs for one row of a rollout: a stage of the plan, the kill switch or the rollback. */
struct RolloutStageConfig
{
    enum class Kind { Stage, KillSwitch, Rollback };

    Kind kind = Kind::Stage;
    QString name; // the stage's name, "kill_switch" or "rollback"
    double challengerShare = 0.0;
    QJsonObject config; // for the open-source and the hosted gateway
    QJsonObject stickyConfig; // the conditional variant keeping each user on one model; empty without a split
    QJsonObject hosted; // RolloutConfigBuilder::hostedConfig(), labelled "hosted_only"; empty when not asked for

    static QString kindKey(Kind kind); // "stage", "kill_switch", "rollback"
    /** {"kind", "name", "challenger_share", "config", ["sticky_config"], ["hosted_only_config"]} */
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutStageConfig)
