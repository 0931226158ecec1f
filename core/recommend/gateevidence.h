// SPDX-License-Identifier: MIT
#pragma once

#include "stats/confidenceinterval.h"
#include "stats/noninferiorityresult.h"

#include <QJsonObject>

namespace ShadowOptic {

/** One threshold judged on an interval (SPEC §6, verification): decisive only when the whole interval lies on one
 *  side of the threshold. */
struct GateEvidence
{
    enum class Side {
        LowerAbove, // quality delta, saving: passes when the lower bound is above the threshold
        UpperBelow, // refusal and error increase: passes when the upper bound is below it
    };

    Side side = Side::LowerAbove;
    ConfidenceInterval interval; // in the gate's unit: percent of the baseline, or percentage points
    double threshold = std::nan("");
    NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive;
    qint64 pairsToSettle = -1; // pairs in all that would make it decisive at the observed spread; -1 = beyond the cap

    static GateEvidence judge(Side side, const ConfidenceInterval &interval, double threshold, qint64 pairsToSettle);
    bool decisive() const { return verdict != NonInferiorityVerdict::Inconclusive; }

    /** "pass", "fail", "not_decisive": the words of `recommend --json`. */
    static QString verdictName(NonInferiorityVerdict v);
    static NonInferiorityVerdict verdictFromName(const QString &name);
    QJsonObject toJson() const;
    static GateEvidence fromJson(const QJsonObject &o, Side side);
};

} // namespace ShadowOptic
