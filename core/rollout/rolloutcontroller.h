// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutcheck.h"
#include "rolloutevent.h"
#include "rolloutexperiment.h"

#include <QCoreApplication>

namespace ShadowOptic {

/** The moves of a rollout (SPEC §9), as pure transitions: each returns the experiment after the move and the
 *  audit event that records it, or false with a reason the user reads. The caller stores both together. */
class RolloutController
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutController)
public:
    /** A new experiment in shadow; name defaults to "<challenger>-vs-<production>". */
    static bool create(RolloutExperiment *experiment, RolloutEvent *event, qint64 nowMs, const QString &actor,
                       QString *error);
    /** Only when the check allows it (a check of the same stage). */
    static bool promote(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check, qint64 nowMs,
                        const QString &actor, const QString &reason, bool automatic, QString *error);
    /** Back to shadow from any stage; a reason is required. */
    static bool rollback(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check, qint64 nowMs,
                         const QString &actor, const QString &reason, bool automatic, QString *error);
    /** Challenger weight 0 at once, the stage kept; promote or roll back to resume. */
    static bool kill(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check, qint64 nowMs,
                     const QString &actor, const QString &reason, QString *error);
    /** The check itself, for the audit log. */
    static RolloutEvent checked(const RolloutExperiment &experiment, const RolloutCheck &check, const QString &actor);

    /** The OS user name, or "analyst". */
    static QString currentActor();
};

} // namespace ShadowOptic
