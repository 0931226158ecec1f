// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"
#include "forecastreport.h"
#include "forecastrow.h"
#include "gradientboostedtrees.h"
#include "outputtokenmodel.h"

#include <QHash>

#include <functional>

namespace ShadowOptic {

/**
 * The learned regressor of SPEC §7: gradient-boosted trees predicting a request's answer length (billed output
 * tokens) from its prompt tokens, the model's price and kind, the use case, the historical answer length and ratio
 * of that model and use case, and max_tokens. The cost follows from the catalog's price of the predicted usage.
 * Cross-validated against the naive estimate the design notes fall back to (output = 1.5 × input).
 */
class CostRegressor
{
public:
    struct Query
    {
        QString model;
        QString useCase;
        qint64 promptTokens = 0;
        qint64 maxTokens = 0; // 0: none
    };
    struct Prediction
    {
        double expectedTokens = 0.0;
        double p90Tokens = 0.0;
    };

    /** Learns from at most options.maxRows rows (a seeded random subset of larger sets). */
    struct Options
    {
        GradientBoostedTrees::Options trees;
        int maxRows = 30000;
    };

    void train(const QList<ForecastRow> &rows, const PriceCatalog &catalog, const Options &options);
    Prediction predict(const Query &query) const;
    const OutputTokenModel &history() const { return m_history; }
    bool isTrained() const { return m_trees.isTrained(); }

    /** k-fold cross-validation on rows whose cost is known and whose model the catalog prices; stop() aborts. */
    static RegressorQuality crossValidate(const QList<ForecastRow> &rows, const PriceCatalog &catalog,
                                          const Options &options, int folds, const std::function<bool()> &stop);
    /** The catalog cost of a usage: input with its cached share at the cache-read price, output at the output
     *  price (reasoning is part of output). */
    static double costUsd(const ModelInfo &model, double inputTokens, double cachedShare, double outputTokens);
    /** The design notes' fallback: output = 1.5 × input at the model's price. */
    static double naiveCostUsd(const ModelInfo &model, double inputTokens);
    static QString methodText(const Options &options);

private:
    static constexpr int Features = 8;
    void features(const Query &query, float *out) const;

    PriceCatalog m_catalog;
    OutputTokenModel m_history;
    GradientBoostedTrees m_trees;
    QHash<QString, double> m_p90Ratio; // per model: P90 of actual / predicted on the training rows
    double m_p90RatioAll = 1.0;
};

} // namespace ShadowOptic
