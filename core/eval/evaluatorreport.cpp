// SPDX-License-Identifier: MIT
#include "evaluatorreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ShadowOptic {

namespace {

QString fmt(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString pct(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

const ModelAggregate *EvaluatorReport::find(const QString &model, AnswerSource::Value source) const
{
    for (const ModelAggregate &a : models)
        if (a.model == model && a.source == source)
            return &a;
    return nullptr;
}

const ModelAggregate *EvaluatorReport::current() const
{
    for (const ModelAggregate &a : models)
        if (a.isCurrent)
            return &a;
    return nullptr;
}

const ModelAggregateComparison *EvaluatorReport::comparison(const QString &model) const
{
    for (const ModelAggregateComparison &c : comparisons)
        if (c.model == model)
            return &c;
    return nullptr;
}

QList<EvaluatorSample> EvaluatorReport::samplesOf(const QString &model, AnswerSource::Value source) const
{
    QList<EvaluatorSample> out;
    for (const EvaluatorSample &s : samples)
        if (s.model == model && s.source == source)
            out.append(s);
    return out;
}

QJsonObject EvaluatorReport::toJson() const
{
    QJsonArray runs;
    for (qint64 id : runIds)
        runs.append(id);
    QJsonArray aggregates;
    QJsonArray frontier;
    for (const ModelAggregate &a : models) {
        aggregates.append(a.toJson());
        if (a.onParetoFrontier)
            frontier.append(a.label());
    }
    QJsonArray paired;
    for (const ModelAggregateComparison &c : comparisons)
        paired.append(c.toJson());
    return QJsonObject {
        { QStringLiteral("runIds"), runs },           { QStringLiteral("currentModel"), currentModel },
        { QStringLiteral("judgeModel"), judgeModel }, { QStringLiteral("rubricVersion"), rubricVersion },
        { QStringLiteral("createdAt"), createdAtMs }, { QStringLiteral("models"), aggregates },
        { QStringLiteral("comparisons"), paired },    { QStringLiteral("paretoFrontier"), frontier }
    };
}

EvaluatorReport EvaluatorReport::fromJson(const QJsonObject &o)
{
    EvaluatorReport r;
    for (const QJsonValue &v : o.value(QLatin1String("runIds")).toArray())
        r.runIds.append(v.toInteger());
    r.currentModel = o.value(QLatin1String("currentModel")).toString();
    r.judgeModel = o.value(QLatin1String("judgeModel")).toString();
    r.rubricVersion = o.value(QLatin1String("rubricVersion")).toString();
    r.createdAtMs = o.value(QLatin1String("createdAt")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("models")).toArray())
        r.models.append(ModelAggregate::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("comparisons")).toArray())
        r.comparisons.append(ModelAggregateComparison::fromJson(v.toObject()));
    return r;
}

QString EvaluatorReport::toText() const
{
    QString out = tr("Evaluation of run(s) %1, judge %2 (rubric %3), current model %4\n")
                      .arg(
                          [this] {
                              QStringList s;
                              for (qint64 id : runIds)
                                  s.append(QString::number(id));
                              return s.join(QStringLiteral(", "));
                          }(),
                          judgeModel, rubricVersion, currentModel.isEmpty() ? tr("(none)") : currentModel);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
               .arg(tr("model"), -30)
               .arg(tr("n"), 4)
               .arg(tr("ok"), 6)
               .arg(tr("refused"), 8)
               .arg(tr("partial"), 8)
               .arg(tr("fmt-fail"), 8)
               .arg(tr("quality [95% CI]"), 20)
               .arg(tr("$/req"), 10)
               .arg(tr("$/1K req"), 9)
               .arg(tr("p50/p95/p99 ms"), 16)
               .arg(tr("cache"), 5);
    for (const ModelAggregate &a : models) {
        QString name = a.label();
        if (a.isCurrent)
            name += QLatin1Char('*');
        if (a.onParetoFrontier)
            name += QLatin1Char('^');
        const QString quality = a.quality.isValid()
            ? QStringLiteral("%1 [%2, %3]")
                  .arg(fmt(a.quality.estimate, 1), fmt(a.quality.lower, 1), fmt(a.quality.upper, 1))
            : QStringLiteral("–");
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                   .arg(name, -30)
                   .arg(a.samples, 4)
                   .arg(pct(a.successRate()), 6)
                   .arg(pct(a.refusalRate()), 8)
                   .arg(pct(a.partialRefusalRate()), 8)
                   .arg(pct(a.formatFailureRate()), 8)
                   .arg(quality, 20)
                   .arg(a.priced ? fmt(a.costPerRequest, 6) : tr("unpriced"), 10)
                   .arg(a.priced ? fmt(a.costPer1kRequests(), 3) : tr("unpriced"), 9)
                   .arg(QStringLiteral("%1/%2/%3")
                            .arg(a.latencyP50Ms, 0, 'f', 0)
                            .arg(a.latencyP95Ms, 0, 'f', 0)
                            .arg(a.latencyP99Ms, 0, 'f', 0),
                        16)
                   .arg(a.cacheHits, 5);
    }
    out += tr("* current model replayed on the same prompts (the paired baseline), ^ on the cost/quality Pareto "
              "frontier; \"as logged\" rows are the production answers, a reference only\n");
    if (!current() && !currentModel.isEmpty())
        out += tr("No replay of %1 on these prompts: no paired comparison (the logged answers are never the "
                  "baseline).\n")
                   .arg(currentModel);
    if (!comparisons.isEmpty()) {
        out += tr("\nPaired against %1 (same prompts):\n").arg(comparisons.first().baseline);
        for (const ModelAggregateComparison &c : comparisons) {
            out += tr("  %1: quality %2 points [%3, %4] (%5%) on %6 pairs; cost %7% cheaper; refusals %8→%9 "
                      "(McNemar p=%10); successes %11→%12 (p=%13)\n")
                       .arg(c.model, fmt(c.qualityDelta.estimate, 1), fmt(c.qualityDelta.lower, 1),
                            fmt(c.qualityDelta.upper, 1), fmt(c.qualityDeltaPercent, 1))
                       .arg(c.qualityPairs)
                       .arg(fmt(c.costSavingPercent, 1))
                       .arg(c.baselineRefusals)
                       .arg(c.candidateRefusals)
                       .arg(fmt(c.refusal.pValue, 3))
                       .arg(c.baselineSuccesses)
                       .arg(c.candidateSuccesses)
                       .arg(fmt(c.success.pValue, 3));
        }
    }
    return out;
}

} // namespace ShadowOptic
