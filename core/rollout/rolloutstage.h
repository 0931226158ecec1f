// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutgate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ShadowOptic {

/** One row of the stage table of SPEC §9: how much live traffic the challenger gets, and what it must show
 *  before it moves on. */
struct RolloutStage
{
    QString name; // "shadow", "canary", "graduated", "ramping", "majority", "full"
    double challengerShare = 0.0; // 0..1 of live traffic
    qint64 minSamples = 0; // challenger requests (replays for shadow) before promotion
    double minDurationHours = 0.0;
    QList<RolloutGate> gates;

    bool isShadow() const { return challengerShare <= 0.0; }
    bool isFull() const { return challengerShare >= 1.0; }
    /** Translated stage name for display ("Canary"). */
    QString displayName() const;
    /** "1 %", "10 %", "0.5 %". */
    QString shareText() const;

    QJsonObject toJson() const;
    /** Nullopt when the object is not a stage (no name, share outside 0..1, a gate that is not one). */
    static std::optional<RolloutStage> fromJson(const QJsonObject &o, QString *error = nullptr);
};

} // namespace ShadowOptic
