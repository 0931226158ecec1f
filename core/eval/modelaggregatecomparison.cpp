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

McNemarResult mcnemarFromJson(const QJsonObject &o)
{
    McNemarResult m;
    m.b = o.value(QLatin1String("b")).toInteger();
    m.c = o.value(QLatin1String("c")).toInteger();
    m.statistic = o.value(QLatin1String("statistic")).toDouble();
    m.pValue = o.value(QLatin1String("pValue")).toDouble(m.pValue);
    m.exact = o.value(QLatin1String("exact")).toBool();
    return m;
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
        if (b->success && s.success && b->priced && s.priced) {
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

ModelAggregateComparison ModelAggregateComparison::fromJson(const QJsonObject &o)
{
    const double nan = std::nan("");
    ModelAggregateComparison c;
    c.model = o.value(QLatin1String("model")).toString();
    c.baseline = o.value(QLatin1String("baseline")).toString();
    c.pairs = o.value(QLatin1String("pairs")).toInteger();
    c.qualityPairs = o.value(QLatin1String("qualityPairs")).toInteger();
    c.baselineQuality = o.value(QLatin1String("baselineQuality")).toDouble(nan);
    c.candidateQuality = o.value(QLatin1String("candidateQuality")).toDouble(nan);
    c.qualityDelta.estimate = o.value(QLatin1String("qualityDelta")).toDouble(nan);
    c.qualityDelta.lower = o.value(QLatin1String("qualityDeltaCiLower")).toDouble(nan);
    c.qualityDelta.upper = o.value(QLatin1String("qualityDeltaCiUpper")).toDouble(nan);
    c.qualityDeltaPercent = o.value(QLatin1String("qualityDeltaPercent")).toDouble(nan);
    c.refusal = mcnemarFromJson(o.value(QLatin1String("refusalMcNemar")).toObject());
    c.baselineRefusals = o.value(QLatin1String("baselineRefusals")).toInteger();
    c.candidateRefusals = o.value(QLatin1String("candidateRefusals")).toInteger();
    c.success = mcnemarFromJson(o.value(QLatin1String("successMcNemar")).toObject());
    c.baselineSuccesses = o.value(QLatin1String("baselineSuccesses")).toInteger();
    c.candidateSuccesses = o.value(QLatin1String("candidateSuccesses")).toInteger();
    c.baselineCostPerRequest = o.value(QLatin1String("baselineCostPerRequestUsd")).toDouble();
    c.candidateCostPerRequest = o.value(QLatin1String("candidateCostPerRequestUsd")).toDouble();
    c.costSavingPercent = o.value(QLatin1String("costSavingPercent")).toDouble(nan);
    return c;
}

} // namespace ShadowOptic
