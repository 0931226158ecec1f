// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutarmmetrics.h"

#include <QJsonObject>

namespace ShadowOptic {

/** The evidence a rollout check reads: live traffic of the current stage split by model (only the rows tagged
 *  with the experiment's metadata.experiment_id when any row in the window is), and the challenger's judged
 *  shadow replays. */
struct RolloutLiveMetrics
{
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    bool taggedOnly = false; // rows carried metadata.experiment_id = the experiment's name; others were left out
    qint64 untaggedLeftOut = 0;
    QString unit = QStringLiteral("request"); // "user" or "session" when the rows name them
    RolloutArmMetrics production;
    RolloutArmMetrics challenger;

    // Shadow evidence: the challenger's replays judged so far (all runs), means over 100.
    qint64 shadowReplays = 0;
    qint64 shadowJudged = 0;
    double shadowQuality = std::nan("");
    double shadowFaithfulness = std::nan("");

    QJsonObject toJson() const;
};

} // namespace ShadowOptic
