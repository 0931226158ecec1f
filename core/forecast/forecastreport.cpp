// SPDX-License-Identifier: MIT
#include "forecastreport.h"

#include <QDateTime>
#include <QJsonArray>

namespace ShadowOptic {

namespace {

// Unknown prices and missing figures are null in the JSON, never 0.
QJsonValue usd(bool known, double value)
{
    return known ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(double value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject calibrationJson(const TokenizerCalibration &c)
{
    return QJsonObject { { QStringLiteral("model"), c.model },
                         { QStringLiteral("encoding"), c.encoding },
                         { QStringLiteral("exact"), c.exact },
                         { QStringLiteral("ratio"), c.ratio },
                         { QStringLiteral("per_char"), c.perChar },
                         { QStringLiteral("calibrated_on"), c.source },
                         { QStringLiteral("error_percent"), optional(c.errorPercent) },
                         { QStringLiteral("rows"), c.rows } };
}

QJsonArray cellsJson(const QList<WhatIfCell> &cells, const QString &keyName, bool priced)
{
    QJsonArray out;
    for (const WhatIfCell &c : cells)
        out.append(QJsonObject { { keyName, c.key },
                                 { QStringLiteral("requests"), c.requests },
                                 { QStringLiteral("actual_usd"), c.actualUsd },
                                 { QStringLiteral("estimate_usd"), usd(priced, c.estimateUsd) },
                                 { QStringLiteral("low_usd"), usd(priced, c.lowUsd) },
                                 { QStringLiteral("high_usd"), usd(priced, c.highUsd) } });
    return out;
}

QString isoDate(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

const ForecastModelCost *ForecastReport::cost(const QString &model) const
{
    for (const ForecastModelCost &c : costs)
        if (c.model == model)
            return &c;
    return nullptr;
}

const WhatIf *ForecastReport::whatIfFor(const QString &model) const
{
    for (const WhatIf &w : whatIf)
        if (w.model == model)
            return &w;
    return nullptr;
}

QJsonObject ForecastReport::toJson() const
{
    QJsonArray predicted;
    for (const ForecastModelCost &c : costs)
        predicted.append(
            QJsonObject { { QStringLiteral("model"), c.model },
                          { QStringLiteral("priced"), c.priced },
                          { QStringLiteral("prompts"), c.prompts },
                          { QStringLiteral("expected_usd"), usd(c.priced, c.expectedUsd) },
                          { QStringLiteral("p90_usd"), usd(c.priced, c.p90Usd) },
                          { QStringLiteral("expected_per_prompt_usd"), usd(c.priced, c.expectedPerPromptUsd) },
                          { QStringLiteral("expected_input_tokens"), c.expectedInputTokens },
                          { QStringLiteral("expected_output_tokens"), c.expectedOutputTokens },
                          { QStringLiteral("cached_input_share"), c.cachedInputShare },
                          { QStringLiteral("tokenizer"), calibrationJson(c.tokenizer) } });
    QJsonArray strata;
    for (const ForecastStratum &s : sample.strata)
        strata.append(QJsonObject { { QStringLiteral("use_case"), s.useCase },
                                    { QStringLiteral("length_band"), s.lengthBand },
                                    { QStringLiteral("cluster"), s.cluster },
                                    { QStringLiteral("available"), s.available },
                                    { QStringLiteral("chosen"), s.chosen },
                                    { QStringLiteral("cost_usd"), s.costUsd } });
    const QJsonObject sampleJson { { QStringLiteral("budget_usd"), sample.budgetUsd },
                                   { QStringLiteral("priced_at"),
                                     sample.p90 ? QStringLiteral("p90") : QStringLiteral("expected") },
                                   { QStringLiteral("requested"), sample.requested },
                                   { QStringLiteral("available"), sample.available },
                                   { QStringLiteral("prompts"), sample.prompts },
                                   { QStringLiteral("predicted_usd"), sample.predictedUsd },
                                   { QStringLiteral("budget_utilization"), sample.utilization },
                                   { QStringLiteral("reason"), sample.reason },
                                   { QStringLiteral("log_ids"), QJsonArray::fromStringList(sample.logIds) },
                                   { QStringLiteral("strata"), strata } };
    QJsonArray whatIfJson;
    for (const WhatIf &w : whatIf)
        whatIfJson.append(QJsonObject {
            { QStringLiteral("model"), w.model },
            { QStringLiteral("priced"), w.priced },
            { QStringLiteral("requests"), w.requests },
            { QStringLiteral("unpriced_requests"), w.unpricedRequests },
            { QStringLiteral("sampled_rows"), w.sampledRows },
            { QStringLiteral("period_start"), isoDate(w.periodStart) },
            { QStringLiteral("period_end"), isoDate(w.periodEnd) },
            { QStringLiteral("actual_usd"), w.actualUsd },
            { QStringLiteral("estimate_usd"), usd(w.priced, w.estimateUsd) },
            { QStringLiteral("low_usd"), usd(w.priced, w.lowUsd) },
            { QStringLiteral("high_usd"), usd(w.priced, w.highUsd) },
            { QStringLiteral("by_use_case"), cellsJson(w.byUseCase, QStringLiteral("use_case"), w.priced) },
            { QStringLiteral("by_month"), cellsJson(w.byMonth, QStringLiteral("month"), w.priced) } });
    QJsonArray calibrationArray;
    for (const TokenizerCalibration &c : calibration)
        calibrationArray.append(calibrationJson(c));
    QJsonObject out { { QStringLiteral("models"), QJsonArray::fromStringList(models) },
                      { QStringLiteral("current_model"), currentModel },
                      { QStringLiteral("log_rows"), logRows },
                      { QStringLiteral("replay_rows"), replayRows },
                      { QStringLiteral("predicted"), predicted },
                      { QStringLiteral("sample"), sampleJson },
                      { QStringLiteral("budget_utilization"), sample.utilization },
                      { QStringLiteral("mae_usd"), optional(regressor.maeUsd) },
                      { QStringLiteral("naive_mae_usd"), optional(regressor.naiveMaeUsd) },
                      { QStringLiteral("regressor"),
                        QJsonObject { { QStringLiteral("method"), regressor.method },
                                      { QStringLiteral("rows"), regressor.rows },
                                      { QStringLiteral("folds"), regressor.folds },
                                      { QStringLiteral("mae_usd"), optional(regressor.maeUsd) },
                                      { QStringLiteral("naive_mae_usd"), optional(regressor.naiveMaeUsd) },
                                      { QStringLiteral("mae_tokens"), optional(regressor.maeTokens) },
                                      { QStringLiteral("naive_mae_tokens"), optional(regressor.naiveMaeTokens) },
                                      { QStringLiteral("mean_cost_usd"), regressor.meanCostUsd } } },
                      { QStringLiteral("tokenizers"), calibrationArray },
                      { QStringLiteral("what_if"), whatIfJson } };
    if (accuracy.runId > 0) {
        QJsonArray points;
        for (const ForecastAccuracyPoint &p : accuracy.points)
            points.append(QJsonObject { { QStringLiteral("log_id"), p.logId },
                                        { QStringLiteral("model"), p.model },
                                        { QStringLiteral("predicted_usd"), p.predictedUsd },
                                        { QStringLiteral("actual_usd"), p.actualUsd } });
        out.insert(QStringLiteral("accuracy"),
                   QJsonObject { { QStringLiteral("run"), accuracy.runId },
                                 { QStringLiteral("answers"), accuracy.answers },
                                 { QStringLiteral("predicted_usd"), accuracy.predictedUsd },
                                 { QStringLiteral("actual_usd"), accuracy.actualUsd },
                                 { QStringLiteral("mae_usd"), accuracy.maeUsd },
                                 { QStringLiteral("naive_mae_usd"), accuracy.naiveMaeUsd },
                                 { QStringLiteral("median_abs_percent"), accuracy.medianAbsPercent },
                                 { QStringLiteral("points"), points } });
    }
    return out;
}

} // namespace ShadowOptic
