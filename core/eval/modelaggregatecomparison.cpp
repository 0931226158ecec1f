// SPDX-License-Identifier: MIT
#include "modelaggregatecomparison.h"

#include "evaluatorsample.h"
#include "modelaggregate.h"
#include "stats/statistics.h"

#include <QHash>

namespace ShadowOptic {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject mcnemarJson(const McNemarResult &m)
{
    return QJsonObject { { QStringLiteral("b"), m.b },
                         { QStringLiteral("c"), m.c },
                         { QStringLiteral("statistic"), m.statistic },
                         { QStringLiteral("pValue"), m.pValue },
                         { QStringLiteral("exact"), m.exact } };
}

} // namespace

double ModelAggregateComparison::qualityDeltaHalfWidthPercent() const
{
    if (!qualityDelta.isValid() || !(baselineQuality > 0))
        return std::nan("");
    return (qualityDelta.upper - qualityDelta.lower) / 2.0 / baselineQuality * 100.0;
}

ModelAggregateComparison ModelAggregateComparison::compute(const QList<EvaluatorSample> &baseline,
                                                           const QList<EvaluatorSample> &candidate, int resamples,
                                                           quint64 seed)
{
    ModelAggregateComparison c;
    if (!candidate.isEmpty())
        c.model = candidate.first().model;
    if (!baseline.isEmpty()) {
        ModelAggregate label;
        label.model = baseline.first().model;
        label.source = baseline.first().source;
        c.baseline = label.label();
    }
    QHash<QString, const EvaluatorSample *> byLog;
    for (const EvaluatorSample &s : baseline)
        byLog.insert(s.logId, &s);
    QList<double> qb, qc;
    QList<bool> rb, rc, sb, sc;
    double costB = 0.0, costC = 0.0;
    qint64 costPairs = 0;
    for (const EvaluatorSample &s : candidate) {
        const EvaluatorSample *b = byLog.value(s.logId);
        if (!b)
            continue;
        ++c.pairs;
        rb.append(b->fullRefusal());
        rc.append(s.fullRefusal());
        sb.append(b->success);
        sc.append(s.success);
        if (b->judged && s.judged) {
            qb.append(b->quality);
            qc.append(s.quality);
        }
        if (b->success && s.success) {
            costB += b->costUsd;
            costC += s.costUsd;
            ++costPairs;
        }
    }
    c.qualityPairs = qb.size();
    if (!qb.isEmpty()) {
        c.baselineQuality = Statistics::mean(qb);
        c.candidateQuality = Statistics::mean(qc);
        c.qualityDelta = Statistics::pairedBootstrapMeanDiffCi(qb, qc, resamples, 0.95, seed);
        if (c.baselineQuality > 0)
            c.qualityDeltaPercent = (c.candidateQuality - c.baselineQuality) / c.baselineQuality * 100.0;
    }
    c.refusal = Statistics::mcnemar(rb, rc);
    c.success = Statistics::mcnemar(sb, sc);
    c.baselineRefusals = std::count(rb.cbegin(), rb.cend(), true);
    c.candidateRefusals = std::count(rc.cbegin(), rc.cend(), true);
    c.baselineSuccesses = std::count(sb.cbegin(), sb.cend(), true);
    c.candidateSuccesses = std::count(sc.cbegin(), sc.cend(), true);
    if (costPairs > 0) {
        c.baselineCostPerRequest = costB / costPairs;
        c.candidateCostPerRequest = costC / costPairs;
        if (costB > 0)
            c.costSavingPercent = (1.0 - costC / costB) * 100.0;
    }
    return c;
}

QJsonObject ModelAggregateComparison::toJson() const
{
    return QJsonObject {
        { QStringLiteral("model"), model },
        { QStringLiteral("baseline"), baseline },
        { QStringLiteral("pairs"), pairs },
        { QStringLiteral("qualityPairs"), qualityPairs },
        { QStringLiteral("baselineQuality"), number(baselineQuality) },
        { QStringLiteral("candidateQuality"), number(candidateQuality) },
        { QStringLiteral("qualityDelta"), number(qualityDelta.estimate) },
        { QStringLiteral("qualityDeltaCiLower"), number(qualityDelta.lower) },
        { QStringLiteral("qualityDeltaCiUpper"), number(qualityDelta.upper) },
        { QStringLiteral("qualityDeltaPercent"), number(qualityDeltaPercent) },
        { QStringLiteral("refusalMcNemar"), mcnemarJson(refusal) },
        { QStringLiteral("baselineRefusals"), baselineRefusals },
        { QStringLiteral("candidateRefusals"), candidateRefusals },
        { QStringLiteral("successMcNemar"), mcnemarJson(success) },
        { QStringLiteral("baselineSuccesses"), baselineSuccesses },
        { QStringLiteral("candidateSuccesses"), candidateSuccesses },
        { QStringLiteral("baselineCostPerRequestUsd"), baselineCostPerRequest },
        { QStringLiteral("candidateCostPerRequestUsd"), candidateCostPerRequest },
        { QStringLiteral("costSavingPercent"), number(costSavingPercent) },
    };
}

} // namespace ShadowOptic
