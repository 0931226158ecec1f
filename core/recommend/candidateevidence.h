// SPDX-License-Identifier: MIT
#pragma once

#include "gateevidence.h"
#include "recommendationthresholds.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ShadowOptic {

struct EvaluatorSample;

/** The paired evidence on one candidate against the current model (SPEC §6, verification): every gate on an
 *  anytime-valid interval of the per-prompt differences (PairedDifferences), each with a three-way verdict.
 *  - quality: candidate − baseline judge score in percent of the baseline mean; passes when the lower bound is above
 *    −maxQualityDropPercent (non-inferiority);
 *  - refusal and error: the increase of the full-refusal and error rates in percentage points; passes when the upper
 *    bound is below the allowed increase;
 *  - saving: the measured cost per request (catalog price × tokens) in percent of the baseline's; passes when the
 *    lower bound reaches minSavingPercent.
 *  Prompts of one user (or session) count as one cluster when the logs say who sent them. */
struct CandidateEvidence
{
    static constexpr qint64 planCap = 20000; // the planner looks no further

    qint64 pairs = 0; // prompts both sides were replayed on
    qint64 qualityPairs = 0; // … and both have a valid judge score
    qint64 clusters = 0; // distinct users or sessions among the pairs; 0 = none known
    QString unit = QStringLiteral("prompt"); // "prompt", "user" or "session"
    double designEffect = 1.0; // of the quality differences
    qint64 newlyRefused = 0; // answered pairs the baseline answered and the candidate fully refuses
    qint64 newlyAnswered = 0; // … the baseline fully refused and the candidate answers
    double baselineQuality = std::nan("");
    double marginPoints = std::nan(""); // the quality margin in judge points
    GateEvidence quality;
    GateEvidence refusal;
    GateEvidence error;
    GateEvidence saving;

    /** Fail when any gate fails, pass when all pass, else not decisive. */
    NonInferiorityVerdict verdict() const;
    /** Pairs in all that would settle every undecided gate at the observed spread; -1 beyond planCap, 0 when decided.
     */
    qint64 pairsToSettle() const;
    bool isEmpty() const { return pairs == 0; }

    static CandidateEvidence compute(const QList<EvaluatorSample> &baseline, const QList<EvaluatorSample> &candidate,
                                     const RecommendationThresholds &thresholds);
    QJsonObject toJson() const;
    static CandidateEvidence fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic
