// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** How long one stage of a rollout takes at a traffic level, and what holds it up. */
struct RolloutStageForecast
{
    Q_GADGET
public:
    enum class Bound {
        None, // the last stage (full): the rollout has arrived
        Duration, // the stage's minimum duration (always for shadow, whose samples are replays)
        Samples, // the stage's minimum challenger samples at its share of the traffic
        Power, // the samples its non-inferiority check needs to reach the target power
    };
    Q_ENUM(Bound)

    QString name;
    double challengerShare = 0.0;
    qint64 minSamples = 0;
    double minDurationHours = 0.0;
    double hours = 0.0; // max(min duration, hours for samples, hours for power); infinite when never
    Bound bound = Bound::None;
    double hoursForSamples = 0.0;
    qint64 samplesForPower = -1; // challenger samples for the target power; -1 without a check or beyond reach
    double hoursForPower = 0.0;
    double challengerSamples = 0.0; // expected at the end of the stage
    double productionSamples = 0.0;
    double power = -1.0; // of the check at those samples; -1 for stages without a live check (shadow, full)

    bool hasCheck() const { return power >= 0.0; }
    static QString boundKey(Bound bound); // "none", "duration", "samples", "power"
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutStageForecast)
