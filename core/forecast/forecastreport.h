// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ShadowOptic {

/** How a model's prompt tokens are counted: its own BPE encoding, or a ratio to cl100k calibrated on the logs. */
struct TokenizerCalibration
{
    QString model;
    QString encoding; // "o200k_base", "cl100k_base"
    bool exact = false; // the model's own encoding (OpenAI); else a calibrated ratio
    double ratio = 1.0; // logged prompt tokens per BPE token (least squares over the calibration rows)
    double perChar = 0.0; // plus tokens per character of text, where the provider counts by length too
    double errorPercent = -1.0; // median |predicted − logged| / logged over those rows, -1: none to calibrate on
    int rows = 0; // logged rows it was calibrated on
    QString source; // the logged model(s) it was calibrated on when not its own, e.g. "gpt-4o, gpt-4o-mini"
};

/** The learned output-token regressor's 5-fold cross-validated error, beside the naive estimate on the same rows
 *  (output = 1.5 × input at the model's price). */
struct RegressorQuality
{
    QString method; // "gradient-boosted trees (150 × depth 4)"
    int rows = 0; // priced rows cross-validated
    int folds = 0;
    double maeUsd = -1.0;
    double naiveMaeUsd = -1.0;
    double maeTokens = -1.0; // output tokens
    double naiveMaeTokens = -1.0;
    double meanCostUsd = 0.0; // mean logged cost of those rows, for scale
};

/** Predicted replay cost of one model on the chosen sample. */
struct ForecastModelCost
{
    QString model;
    bool priced = false; // false: "unpriced", never $0
    int prompts = 0;
    double expectedUsd = 0.0;
    double p90Usd = 0.0;
    double expectedPerPromptUsd = 0.0;
    double expectedOutputTokens = 0.0; // mean per prompt
    double expectedInputTokens = 0.0; // mean per prompt, on this model's tokenizer
    double cachedInputShare = 0.0; // share of input billed as cache reads (measured in the logs)
    TokenizerCalibration tokenizer;
};

/** One stratum of the budget sampler: use case × prompt-length band (× refusal cluster when known). */
struct ForecastStratum
{
    QString useCase;
    QString lengthBand; // "short (< 500)", "medium (500–2,000)", "long (≥ 2,000)"
    QString cluster; // refusal cluster label, empty when none
    int available = 0; // replayable prompts in the stratum
    int chosen = 0;
    double costUsd = 0.0; // predicted cost of the chosen prompts on every model
};

/** The sample the budget sampler chose (or the plain random sample when no budget was given). */
struct ForecastSample
{
    double budgetUsd = 0.0; // 0: no budget, a random sample of `requested` prompts
    bool p90 = false; // priced at P90 (safety) instead of the expected cost
    int requested = 0;
    int available = 0; // replayable prompts
    int prompts = 0; // chosen
    double predictedUsd = 0.0; // on every model together (expected, or P90 when p90)
    double utilization = 0.0; // predictedUsd / budgetUsd (0–1), 0 without a budget
    QString reason; // why it stopped: budget reached, every prompt chosen, …
    QStringList logIds; // the chosen prompts, in choice order
    QList<double> promptCostsUsd; // predicted cost of each chosen prompt on every model together (as priced)
    QList<ForecastStratum> strata;
};

/** One cell of the production what-if: the imported requests of a use case or a month. */
struct WhatIfCell
{
    QString key; // use case or "2026-11"
    qint64 requests = 0;
    double actualUsd = 0.0; // logged spend
    double estimateUsd = 0.0; // the same requests on the candidate
    double lowUsd = 0.0; // 95 % interval
    double highUsd = 0.0;
};

/** The imported period's actual spend against the same requests on one model, before any replay. */
struct WhatIf
{
    QString model;
    bool priced = false;
    qint64 requests = 0; // imported requests with a known cost
    qint64 unpricedRequests = 0; // imported requests whose logged cost is unknown (left out of actualUsd)
    int sampledRows = 0; // rows whose prompts were re-counted
    double actualUsd = 0.0;
    double estimateUsd = 0.0;
    double lowUsd = 0.0;
    double highUsd = 0.0;
    qint64 periodStart = 0; // ms since epoch
    qint64 periodEnd = 0;
    QList<WhatIfCell> byUseCase;
    QList<WhatIfCell> byMonth;
};

/** Predicted against actual cost of one replayed answer. */
struct ForecastAccuracyPoint
{
    QString logId;
    QString model;
    double predictedUsd = 0.0;
    double actualUsd = 0.0;
};

/** Predicted vs actual for a finished replay run. */
struct ForecastAccuracy
{
    qint64 runId = 0; // 0: no run to compare with
    int answers = 0; // priced, successful answers compared
    double predictedUsd = 0.0; // total
    double actualUsd = 0.0;
    double maeUsd = 0.0; // per answer
    double naiveMaeUsd = 0.0;
    double medianAbsPercent = 0.0;
    QList<ForecastAccuracyPoint> points; // at most 2,000 (evenly thinned), for the scatter
};

/** Everything the Cost forecast panel and `shadow-optic forecast` show. */
struct ForecastReport
{
    QStringList models;
    QString currentModel; // the profile's, else the most logged
    qint64 logRows = 0; // successful logged requests learned from
    qint64 replayRows = 0; // replayed answers learned from
    RegressorQuality regressor;
    QList<TokenizerCalibration> calibration; // every model asked about
    QList<ForecastModelCost> costs; // per model, on the chosen sample
    ForecastSample sample;
    QList<WhatIf> whatIf; // per model
    ForecastAccuracy accuracy;

    const ForecastModelCost *cost(const QString &model) const;
    const WhatIf *whatIfFor(const QString &model) const;
    QJsonObject toJson() const;
};

} // namespace ShadowOptic
