// SPDX-License-Identifier: MIT
#include "exportdataset.h"

#include "util/enumtext.h"

namespace ShadowOptic {

namespace {

QList<ExportDataset::Column> keys(std::initializer_list<const char *> plain, std::initializer_list<const char *> text)
{
    QList<ExportDataset::Column> out;
    for (const char *k : plain)
        out.append({ QString::fromLatin1(k), false });
    for (const char *k : text)
        out.append({ QString::fromLatin1(k), true });
    return out;
}

} // namespace

QList<ExportDataset::Value> ExportDataset::all()
{
    return { Value::Models, Value::Replays, Value::Recommendations, Value::Clusters, Value::Audit };
}

QString ExportDataset::name(Value dataset)
{
    return EnumText::name(dataset);
}

ExportDataset::Value ExportDataset::fromName(const QString &name, bool *ok)
{
    return EnumText::fromName(name.trimmed().toLower(), Value::Models, ok);
}

QString ExportDataset::title(Value dataset)
{
    switch (dataset) {
    case Value::Models:
        return tr("Per-model results of a run");
    case Value::Replays:
        return tr("Replayed answers");
    case Value::Recommendations:
        return tr("Recommendations");
    case Value::Clusters:
        return tr("Refusal clusters");
    case Value::Audit:
        return tr("Rollout audit log");
    }
    return QString();
}

bool ExportDataset::takesRun(Value dataset)
{
    return dataset == Value::Models || dataset == Value::Replays;
}

QList<ExportDataset::Column> ExportDataset::columns(Value dataset)
{
    switch (dataset) {
    case Value::Models:
        return keys({ "run_id",
                      "model",
                      "source",
                      "is_current",
                      "samples",
                      "success_rate",
                      "error_rate",
                      "refusal_rate",
                      "partial_refusal_rate",
                      "format_failure_rate",
                      "judged",
                      "quality",
                      "quality_ci_lower",
                      "quality_ci_upper",
                      "quality_delta_points",
                      "quality_delta_ci_lower",
                      "quality_delta_ci_upper",
                      "quality_delta_percent",
                      "cost_per_request_usd",
                      "cost_per_1k_usd",
                      "unpriced_requests",
                      "cost_saving_percent",
                      "spent_usd",
                      "latency_mean_ms",
                      "latency_p50_ms",
                      "latency_p95_ms",
                      "latency_p99_ms",
                      "cache_hits",
                      "pareto",
                      "judge_model" },
                    {});
    case Value::Replays:
        return keys({ "run_id",
                      "log_id",
                      "model",
                      "role",
                      "created_at",
                      "status_code",
                      "ok",
                      "error",
                      "cost_usd",
                      "prompt_tokens",
                      "completion_tokens",
                      "cache_read_tokens",
                      "reasoning_tokens",
                      "latency_ms",
                      "attempts",
                      "cache_hit",
                      "refusal",
                      "refusal_type",
                      "judge_ok",
                      "accuracy",
                      "helpfulness",
                      "clarity",
                      "completeness",
                      "overall",
                      "judge_model" },
                    { "prompt", "answer" });
    case Value::Recommendations:
        return keys({ "recommendation_id",
                      "created_at",
                      "profile",
                      "verdict",
                      "current_model",
                      "recommended_model",
                      "sentence",
                      "candidate",
                      "stage",
                      "candidate_verdict",
                      "passed",
                      "samples",
                      "quality",
                      "baseline_quality",
                      "quality_delta_points",
                      "quality_delta_ci_lower",
                      "quality_delta_ci_upper",
                      "quality_delta_percent",
                      "quality_delta_percent_ci_lower",
                      "quality_delta_percent_ci_upper",
                      "cost_per_request_usd",
                      "estimated_cost_per_request_usd",
                      "saving_percent",
                      "saving_percent_ci_lower",
                      "saving_percent_ci_upper",
                      "refusal_rate",
                      "error_rate",
                      "latency_p95_ms",
                      "spent_usd" },
                    {});
    case Value::Clusters:
        return keys({ "cluster_id", "size", "models", "dominant_type", "overcautious_share" },
                    { "label", "trigger_phrases", "representative_prompt", "representative_answer" });
    case Value::Audit:
        return keys({ "event_id", "experiment_id", "experiment", "production_model", "challenger_model", "at", "actor",
                      "action", "from_stage", "to_stage", "metrics" },
                    { "reason" });
    }
    return {};
}

} // namespace ShadowOptic
