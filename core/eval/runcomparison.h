// SPDX-License-Identifier: MIT
#pragma once

#include "modelaggregate.h"
#include "replay/runsummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ShadowOptic {

struct EvaluatorReport;

/** Two replay runs side by side, per model either replayed: what each run's own answers say (requests, cost per
 *  request at catalog prices, judged quality with its 95 % CI, full-refusal rate, mean latency) and the differences
 *  B − A. A model only one run replayed has no differences. */
struct RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunComparison)

public:
    struct Row
    {
        QString model;
        bool inA = false;
        bool inB = false;
        ModelAggregate a; // empty unless inA
        ModelAggregate b;

        bool inBoth() const { return inA && inB; }
        bool hasCost() const { return inBoth() && a.priced && b.priced && a.costPerRequest > 0; }
        bool hasQuality() const { return inBoth() && a.quality.isValid() && b.quality.isValid(); }
        bool hasLatency() const { return inBoth() && a.successes > 0 && b.successes > 0; }
        double costDelta() const { return b.costPerRequest - a.costPerRequest; }
        /** (B − A) / A in percent; only with hasCost(). */
        double costDeltaPercent() const;
        double qualityDelta() const { return b.quality.estimate - a.quality.estimate; }
        /** In percentage points. */
        double refusalDeltaPoints() const { return 100.0 * (b.refusalRate() - a.refusalRate()); }
        double latencyDeltaMs() const { return b.latencyMeanMs - a.latencyMeanMs; }
    };

    RunSummary a;
    RunSummary b;
    QList<Row> rows; // by model name

    /** Rows from each run's evaluation of its own replays (logged "as logged" rows are left out). */
    static RunComparison compute(const RunSummary &a, const EvaluatorReport &reportA, const RunSummary &b,
                                 const EvaluatorReport &reportB);
    const Row *row(const QString &model) const;
    /** "Run 14 is 38 % cheaper per request than Run 12 on gpt-4o-mini, quality −1.2 points." */
    QString sentence(const Row &row) const;
    /** One sentence per model both runs replayed. */
    QStringList sentences() const;
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RunComparison)
