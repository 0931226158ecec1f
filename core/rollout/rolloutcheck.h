// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutcheckitem.h"
#include "rolloutlivemetrics.h"
#include "stats/noninferiorityresult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace ShadowOptic {

/** The promotion check of one experiment at one moment (SPEC §9): every condition with its value and threshold,
 *  the sample-ratio check, the anytime-valid non-inferiority test with its power, and the decision. */
struct RolloutCheck
{
    qint64 atMs = 0;
    QString stage;
    QString nextStage; // empty at full
    QList<RolloutCheckItem> items;
    RolloutLiveMetrics metrics;

    double hoursInStage = 0.0;
    qint64 samples = 0; // challenger requests in the stage (judged replays in shadow)

    // Sample ratio (live stages): χ² of the observed production/challenger split against the configured weight.
    bool sampleRatioTested = false;
    double expectedShare = 0.0;
    double observedShare = std::nan("");
    double sampleRatioChi2 = std::nan("");
    double sampleRatioP = std::nan("");
    bool sampleRatioMismatch = false;

    // Non-inferiority of the challenger's success rate (live stages after shadow).
    bool nonInferiorityTested = false;
    QString unit; // "request", "user", "session": what counts as independent
    double designEffect = 1.0;
    double difference = std::nan(""); // challenger − production success rate
    double lowerBound = std::nan(""); // anytime-valid interval of the difference
    double upperBound = std::nan("");
    NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive;
    NonInferiorityResult fixedSample; // the plain z-test at this look, for reference (not valid under peeking)
    double power = std::nan(""); // of the test at the samples the stage has, if both truly succeed alike
    qint64 samplesForPower = -1; // challenger samples in all for 80 % power; -1 beyond reach
    qint64 samplesStillNeeded = 0; // max(min samples, samples for power) − samples

    bool canPromote = false;
    bool hardFailure = false;
    QString summary; // one translated sentence: what holds, what blocks

    /** The items that are not Pass. */
    QList<RolloutCheckItem> blocking() const;
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RolloutCheck)
