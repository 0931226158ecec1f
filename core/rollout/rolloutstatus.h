// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutcheck.h"
#include "rolloutevent.h"
#include "rolloutexperiment.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace ShadowOptic {

/** What the Rollout panel and `rollout status` show: every experiment, the selected one with its check and audit
 *  log, the production model's measured traffic, and what the last action did. */
struct RolloutStatus
{
    QList<RolloutExperiment> experiments;
    bool hasExperiment = false;
    RolloutExperiment experiment;
    RolloutCheck check;
    QList<RolloutEvent> events;
    double trafficPerHour = 0.0; // the production model's logged requests per hour (last 7 days of logs)
    QString message; // what the action did: "Promoted to canary."

    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutStatus)
