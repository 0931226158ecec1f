// SPDX-License-Identifier: MIT
#include "modelaggregate.h"

#include "evaluatorsample.h"
#include "stats/statistics.h"

#include <QCoreApplication>

namespace ShadowOptic {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString ModelAggregate::label() const
{
    return source == AnswerSource::Value::Baseline
        ? QCoreApplication::translate("ModelAggregate", "%1 (as logged)").arg(model)
        : model;
}

ModelAggregate ModelAggregate::compute(const QList<EvaluatorSample> &samples, int resamples, quint64 seed)
{
    ModelAggregate a;
    if (samples.isEmpty())
        return a;
    a.model = samples.first().model;
    a.source = samples.first().source;
    QList<double> quality;
    QList<double> overall;
    QList<double> cost;
    QList<double> latency;
    for (const EvaluatorSample &s : samples) {
        ++a.samples;
        a.successes += s.success ? 1 : 0;
        a.errors += s.error ? 1 : 0;
        a.fullRefusals += s.fullRefusal() ? 1 : 0;
        a.partialRefusals += s.partialRefusal() ? 1 : 0;
        if ((s.fullRefusal() || s.partialRefusal()) && !s.refusalType.isEmpty())
            a.refusalsByType[s.refusalType]++;
        if (s.judged) {
            ++a.judged;
            quality.append(s.quality);
            overall.append(s.overall);
        } else if (s.judgeFailed) {
            ++a.judgeFailures;
        }
        if (s.success && s.priced)
            cost.append(s.costUsd);
        a.unpricedRequests += s.success && !s.priced ? 1 : 0;
        a.spentUsd += s.spentUsd;
        a.cacheHits += s.cacheHit ? 1 : 0;
        if (s.success && s.latencyMs >= 0)
            latency.append(double(s.latencyMs));
    }
    a.quality = Statistics::bootstrapMeanCi(quality, resamples, 0.95, seed);
    a.meanOverall = overall.isEmpty() ? 0.0 : Statistics::mean(overall);
    a.costPerRequest = cost.isEmpty() ? 0.0 : Statistics::mean(cost);
    a.priced = !cost.isEmpty() || a.unpricedRequests == 0;
    if (!latency.isEmpty()) {
        std::sort(latency.begin(), latency.end());
        a.latencyMeanMs = Statistics::mean(latency);
        a.latencyP50Ms = Statistics::percentileSorted(latency, 50);
        a.latencyP95Ms = Statistics::percentileSorted(latency, 95);
        a.latencyP99Ms = Statistics::percentileSorted(latency, 99);
    }
    return a;
}

QJsonObject ModelAggregate::toJson() const
{
    QJsonObject byType;
    for (auto it = refusalsByType.constBegin(); it != refusalsByType.constEnd(); ++it)
        byType.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("model"), model },
        { QStringLiteral("source"), AnswerSource::name(source) },
        { QStringLiteral("label"), label() },
        { QStringLiteral("isCurrent"), isCurrent },
        { QStringLiteral("samples"), samples },
        { QStringLiteral("successRate"), successRate() },
        { QStringLiteral("errorRate"), errorRate() },
        { QStringLiteral("refusalRate"), refusalRate() },
        { QStringLiteral("partialRefusalRate"), partialRefusalRate() },
        { QStringLiteral("refusalsByType"), byType },
        { QStringLiteral("judged"), judged },
        { QStringLiteral("judgeFailures"), judgeFailures },
        { QStringLiteral("formatFailureRate"), formatFailureRate() },
        { QStringLiteral("qualityMean"), number(quality.estimate) },
        { QStringLiteral("qualityCiLower"), number(quality.lower) },
        { QStringLiteral("qualityCiUpper"), number(quality.upper) },
        { QStringLiteral("meanOverall"), meanOverall },
        { QStringLiteral("costPerRequestUsd"), priced ? QJsonValue(costPerRequest) : QJsonValue() },
        { QStringLiteral("costPer1kRequestsUsd"), priced ? QJsonValue(costPer1kRequests()) : QJsonValue() },
        { QStringLiteral("unpricedRequests"), unpricedRequests },
        { QStringLiteral("spentUsd"), spentUsd },
        { QStringLiteral("latencyMeanMs"), latencyMeanMs },
        { QStringLiteral("latencyP50Ms"), latencyP50Ms },
        { QStringLiteral("latencyP95Ms"), latencyP95Ms },
        { QStringLiteral("latencyP99Ms"), latencyP99Ms },
        { QStringLiteral("cacheHits"), cacheHits },
        { QStringLiteral("onParetoFrontier"), onParetoFrontier },
    };
}

ModelAggregate ModelAggregate::fromJson(const QJsonObject &o)
{
    const double nan = std::nan("");
    ModelAggregate a;
    a.model = o.value(QLatin1String("model")).toString();
    a.source = AnswerSource::fromName(o.value(QLatin1String("source")).toString(AnswerSource::name(a.source)));
    a.isCurrent = o.value(QLatin1String("isCurrent")).toBool();
    a.samples = o.value(QLatin1String("samples")).toInteger();
    // toJson stores rates; the counts are exact integers, so rounding rate × samples restores them.
    const auto count
        = [&](const char *rateKey) { return qRound64(o.value(QLatin1String(rateKey)).toDouble() * double(a.samples)); };
    a.successes = count("successRate");
    a.errors = count("errorRate");
    a.fullRefusals = count("refusalRate");
    a.partialRefusals = count("partialRefusalRate");
    const QJsonObject byType = o.value(QLatin1String("refusalsByType")).toObject();
    for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
        a.refusalsByType.insert(it.key(), it.value().toInteger());
    a.judged = o.value(QLatin1String("judged")).toInteger();
    a.judgeFailures = o.value(QLatin1String("judgeFailures")).toInteger();
    a.quality.estimate = o.value(QLatin1String("qualityMean")).toDouble(nan);
    a.quality.lower = o.value(QLatin1String("qualityCiLower")).toDouble(nan);
    a.quality.upper = o.value(QLatin1String("qualityCiUpper")).toDouble(nan);
    a.meanOverall = o.value(QLatin1String("meanOverall")).toDouble();
    a.costPerRequest = o.value(QLatin1String("costPerRequestUsd")).toDouble();
    a.priced = !o.value(QLatin1String("costPerRequestUsd")).isNull();
    a.unpricedRequests = o.value(QLatin1String("unpricedRequests")).toInteger();
    a.spentUsd = o.value(QLatin1String("spentUsd")).toDouble();
    a.latencyMeanMs = o.value(QLatin1String("latencyMeanMs")).toDouble();
    a.latencyP50Ms = o.value(QLatin1String("latencyP50Ms")).toDouble();
    a.latencyP95Ms = o.value(QLatin1String("latencyP95Ms")).toDouble();
    a.latencyP99Ms = o.value(QLatin1String("latencyP99Ms")).toDouble();
    a.cacheHits = o.value(QLatin1String("cacheHits")).toInteger();
    a.onParetoFrontier = o.value(QLatin1String("onParetoFrontier")).toBool();
    return a;
}

} // namespace ShadowOptic
