// SPDX-License-Identifier: MIT
#include "exportrows.h"

#include "eval/evaluatorreport.h"
#include "recommend/recommendation.h"
#include "refusal/refusalreport.h"
#include "rollout/rolloutevent.h"
#include "rollout/rolloutexperiment.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

namespace ShadowOptic {

namespace {

// NaN (no data) reads as null in both formats.
QVariant num(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QVariant ExportRows::timestamp(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QList<QVariantList> ExportRows::models(const EvaluatorReport &report, qint64 runId)
{
    QList<QVariantList> rows;
    for (const ModelAggregate &a : report.models) {
        const ModelAggregateComparison *c
            = a.source == AnswerSource::Value::Replay ? report.comparison(a.model) : nullptr;
        const bool judged = a.judged > 0;
        rows.append({
            runId,
            a.model,
            AnswerSource::name(a.source),
            a.isCurrent,
            a.samples,
            a.samples ? QVariant(a.successRate()) : QVariant(),
            a.samples ? QVariant(a.errorRate()) : QVariant(),
            a.samples ? QVariant(a.refusalRate()) : QVariant(),
            a.samples ? QVariant(a.partialRefusalRate()) : QVariant(),
            a.judged + a.judgeFailures ? QVariant(a.formatFailureRate()) : QVariant(),
            a.judged,
            judged ? num(a.quality.estimate) : QVariant(),
            judged ? num(a.quality.lower) : QVariant(),
            judged ? num(a.quality.upper) : QVariant(),
            c ? num(c->qualityDelta.estimate) : QVariant(),
            c ? num(c->qualityDelta.lower) : QVariant(),
            c ? num(c->qualityDelta.upper) : QVariant(),
            c ? num(c->qualityDeltaPercent) : QVariant(),
            a.priced ? num(a.costPerRequest) : QVariant(),
            a.priced ? num(a.costPer1kRequests()) : QVariant(),
            a.unpricedRequests,
            c ? num(c->costSavingPercent) : QVariant(),
            a.priced && a.source == AnswerSource::Value::Replay ? num(a.spentUsd) : QVariant(), // logged: not ours
            a.samples ? num(a.latencyMeanMs) : QVariant(),
            a.samples ? num(a.latencyP50Ms) : QVariant(),
            a.samples ? num(a.latencyP95Ms) : QVariant(),
            a.samples ? num(a.latencyP99Ms) : QVariant(),
            a.cacheHits,
            a.onParetoFrontier,
            text(report.judgeModel),
        });
    }
    return rows;
}

QVariantList ExportRows::replay(const ExportStore::ReplayRow &r)
{
    return {
        r.runId,
        r.logId,
        r.model,
        r.role,
        timestamp(r.createdAtMs),
        r.statusCode,
        r.ok,
        text(r.error),
        r.costUsd,
        r.promptTokens,
        r.completionTokens,
        r.cacheReadTokens,
        r.reasoningTokens,
        r.latencyMs,
        r.attempts,
        r.cacheHit,
        text(r.refusalKind),
        text(r.refusalType),
        r.judgeOk.isNull() ? QVariant() : QVariant(r.judgeOk.toInt() == 1),
        r.accuracy,
        r.helpfulness,
        r.clarity,
        r.completeness,
        r.overall,
        text(r.judgeModel),
        r.prompt,
        r.answer,
    };
}

QList<QVariantList> ExportRows::recommendation(const ExportStore::StoredRecommendation &stored)
{
    const Recommendation rec = Recommendation::fromJson(stored.data);
    const QVariantList head {
        stored.id,
        timestamp(stored.createdAtMs > 0 ? stored.createdAtMs : rec.createdAtMs),
        text(rec.profile.name),
        Recommendation::verdictName(rec.status),
        text(rec.currentModel),
        rec.recommended ? QVariant(rec.recommended->model) : QVariant(),
        text(rec.sentence.isEmpty() ? rec.reason : rec.sentence),
    };
    QList<QVariantList> rows;
    for (const RecommendationCandidate &c : rec.candidates) {
        const bool verified = c.stage == RecommendationCandidate::Stage::Verified;
        QVariantList row = head;
        row << c.model << RecommendationCandidate::stageName(c.stage)
            << (verified ? QVariant(GateEvidence::verdictName(c.verdict)) : QVariant()) << c.passed
            << (verified ? QVariant(c.samples) : QVariant()) << num(c.quality) << num(c.baselineQuality)
            << num(c.qualityDelta.estimate) << num(c.qualityDelta.lower) << num(c.qualityDelta.upper)
            << num(c.qualityDeltaPercent) << num(c.evidence.quality.interval.lower)
            << num(c.evidence.quality.interval.upper) << num(c.costPerRequest) << num(c.estimatedCostPerRequest)
            << num(c.savingPercent()) << num(c.evidence.saving.interval.lower) << num(c.evidence.saving.interval.upper)
            << (verified ? num(c.refusalRate) : QVariant()) << (verified ? num(c.errorRate) : QVariant())
            << (verified ? num(c.latencyP95Ms) : QVariant()) << (verified ? num(c.spentUsd) : QVariant());
        rows.append(row);
    }
    if (rows.isEmpty())
        rows.append(head);
    return rows;
}

QList<QVariantList> ExportRows::clusters(const RefusalReport &report)
{
    QList<QVariantList> rows;
    for (const RefusalCluster &c : report.clustering.clusters) {
        RefusalType dominant = RefusalType::Ambiguous;
        int most = -1;
        for (auto it = c.types.cbegin(); it != c.types.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                dominant = it.key();
            }
        const int rep
            = c.representatives.isEmpty() ? (c.members.isEmpty() ? -1 : c.members.first()) : c.representatives.first();
        const bool hasRep = rep >= 0 && rep < report.refusals.size();
        rows.append({
            c.id,
            qint64(c.members.size()),
            c.models.join(QStringLiteral("; ")),
            most >= 0 ? QVariant(RefusalVerdict::typeToString(dominant)) : QVariant(),
            c.overcautiousShare,
            c.topTerms.join(QStringLiteral(", ")),
            c.triggerPhrases.join(QStringLiteral("; ")),
            hasRep ? QVariant(report.refusals.at(rep).prompt) : QVariant(),
            hasRep ? QVariant(report.refusals.at(rep).answer) : QVariant(),
        });
    }
    return rows;
}

QVariantList ExportRows::auditEvent(const RolloutExperiment &experiment, const RolloutEvent &event)
{
    return {
        event.id,
        experiment.id,
        experiment.name,
        text(experiment.productionModel),
        text(experiment.challengerModel),
        timestamp(event.atMs),
        text(event.actor),
        RolloutEvent::actionKey(event.action),
        text(event.fromStage),
        text(event.toStage),
        event.metrics.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(event.metrics).toJson(QJsonDocument::Compact))),
        text(event.reason),
    };
}

} // namespace ShadowOptic
