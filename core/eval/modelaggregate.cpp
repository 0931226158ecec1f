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
    return source == QLatin1String("baseline")
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
        if (s.success)
            cost.append(s.costUsd);
        a.spentUsd += s.spentUsd;
        a.cacheHits += s.cacheHit ? 1 : 0;
        if (s.success && s.latencyMs >= 0)
            latency.append(double(s.latencyMs));
    }
    a.quality = Statistics::bootstrapMeanCi(quality, resamples, 0.95, seed);
    a.meanOverall = overall.isEmpty() ? 0.0 : Statistics::mean(overall);
    a.costPerRequest = cost.isEmpty() ? 0.0 : Statistics::mean(cost);
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
        { QStringLiteral("source"), source },
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
        { QStringLiteral("costPerRequestUsd"), costPerRequest },
        { QStringLiteral("costPer1kRequestsUsd"), costPer1kRequests() },
        { QStringLiteral("spentUsd"), spentUsd },
        { QStringLiteral("latencyMeanMs"), latencyMeanMs },
        { QStringLiteral("latencyP50Ms"), latencyP50Ms },
        { QStringLiteral("latencyP95Ms"), latencyP95Ms },
        { QStringLiteral("latencyP99Ms"), latencyP99Ms },
        { QStringLiteral("cacheHits"), cacheHits },
        { QStringLiteral("onParetoFrontier"), onParetoFrontier },
    };
}

} // namespace ShadowOptic
