// SPDX-License-Identifier: MIT
#pragma once

#include "refusalclusterer.h"
#include "refusalverdict.h"
#include "stats/mcnemarresult.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

/** One answer as refusal analysis sees it: replayed or logged, with the verdict it carries. */
struct RefusalAnswer
{
    QString logId;
    QString model;
    bool logged = false; // the production answer from the logs, not a replay
    QString prompt;
    QString answer;
    RefusalVerdict verdict;
};

/** How often one model refused, over every answer of it the project holds. */
struct RefusalModelStats
{
    QString model;
    bool logged = false; // production's own answers from the logs, not replays
    qint64 answers = 0;
    qint64 full = 0;
    qint64 partial = 0;
    QMap<RefusalType, qint64> types; // full and partial refusals by type
    double fullRate() const { return answers > 0 ? double(full) / double(answers) : 0.0; }
    double partialRate() const { return answers > 0 ? double(partial) / double(answers) : 0.0; }
};

/** A candidate's refusals against the current model's on the same prompts (refused = a full refusal). */
struct RefusalDelta
{
    QString baseline;
    QString candidate;
    qint64 pairs = 0; // prompts both answered (or refused)
    qint64 baselineRefused = 0;
    qint64 candidateRefused = 0;
    QStringList newlyRefused; // log ids the baseline answered and the candidate refuses
    QStringList newlyAnswered; // log ids the baseline refused and the candidate answers
    QMap<int, qint64> newlyRefusedByCluster; // cluster id (0 = unclustered) → prompts
    QMap<int, qint64> newlyAnsweredByCluster;
    McNemarResult test; // b = newly answered, c = newly refused
    /** Candidate rate minus baseline rate, in points. */
    double deltaPoints() const
    {
        return pairs > 0 ? 100.0 * double(candidateRefused - baselineRefused) / double(pairs) : 0.0;
    }
};

/** What the Refusals panel and `refusals` show: per-model rates, clusters of refused prompts, and deltas. */
struct RefusalReport
{
    QString baselineModel; // empty when the current model is not known
    QList<RefusalModelStats> models; // baseline first, then by name
    QList<RefusalAnswer> refusals; // the clustered answers (full and partial refusals), item i ↔ clustering
    RefusalClustering clustering;
    QList<RefusalDelta> deltas; // one per candidate with paired answers, by name
    qint64 answers = 0;

    bool isEmpty() const { return answers == 0; }
    const RefusalDelta *deltaFor(const QString &candidate) const;
    /** The cluster an answer of refusals[] fell in (0 = unclustered). */
    int clusterOf(int refusalIndex) const;
    /** `refusals --json`: models, clusters (with representatives), deltas. */
    QJsonObject toJson() const;
};

} // namespace ShadowOptic
