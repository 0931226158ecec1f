// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One entry of a rollout's audit log (SPEC §9): appended for every check, promotion, rollback and kill; the
 *  database refuses to change or delete it (RolloutStore's triggers). */
struct RolloutEvent
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutEvent)
public:
    enum class Action { Created, Check, Promote, Rollback, Kill, AutoPromote, AutoRollback, Complete };

    qint64 id = 0;
    qint64 experimentId = 0;
    qint64 atMs = 0;
    QString actor; // the OS user, or "automatic"
    QString fromStage;
    QString toStage;
    Action action = Action::Check;
    QString reason;
    QJsonObject metrics; // the check's snapshot at the time

    static QString actionKey(Action action);
    static Action actionFromKey(const QString &key);
    /** Translated: "Promoted", "Rolled back", … */
    static QString actionName(Action action);

    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutEvent)
