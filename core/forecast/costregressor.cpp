// SPDX-License-Identifier: MIT
#include "costregressor.h"

#include "domain/tokenusage.h"

#include <QRandomGenerator64>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

constexpr float NoLimit = 1e7f; // max_tokens absent: above every real limit, so a split on it stays meaningful
constexpr int MinGroupRows = 20;

bool isReasoningModel(const QString &model, const ModelInfo *info)
{
    static const QRegularExpression pattern(QStringLiteral("(^|/)(o[1-9]|gpt-5|deepseek-reasoner|.*-thinking)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(model).hasMatch() || (info && info->supports.contains(QLatin1String("reasoning")));
}

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 1.0;
    const std::size_t k = std::min(values.size() - 1, std::size_t(q * double(values.size())));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

QList<ForecastRow> subset(const QList<ForecastRow> &rows, int maxRows, quint64 seed)
{
    if (maxRows <= 0 || rows.size() <= maxRows)
        return rows;
    QList<ForecastRow> out = rows;
    QRandomGenerator64 rng(seed);
    std::shuffle(out.begin(), out.end(), rng);
    out.resize(maxRows);
    return out;
}

} // namespace

QString CostRegressor::methodText(const Options &options)
{
    return QStringLiteral("gradient-boosted trees (%1 × depth %2, learning rate %3)")
        .arg(options.trees.trees)
        .arg(options.trees.maxDepth)
        .arg(options.trees.learningRate);
}

double CostRegressor::costUsd(const ModelInfo &model, double inputTokens, double cachedShare, double outputTokens)
{
    TokenUsage usage;
    usage.input = std::llround(inputTokens);
    usage.cacheRead = std::llround(inputTokens * std::clamp(cachedShare, 0.0, 1.0));
    usage.output = std::llround(outputTokens);
    return model.costUsd(usage);
}

double CostRegressor::naiveCostUsd(const ModelInfo &model, double inputTokens)
{
    return model.costUsd(qint64(inputTokens), qint64(std::llround(1.5 * inputTokens)));
}

void CostRegressor::features(const Query &query, float *out) const
{
    const OutputTokenModel::History h = m_history.history(query.model, query.useCase);
    const ModelInfo *info = m_catalog.find(query.model);
    out[0] = float(std::log1p(double(qMax<qint64>(0, query.promptTokens))));
    out[1] = float(h.meanCompletion);
    out[2] = float(h.meanRatio);
    out[3] = float(m_history.useCaseCode(query.useCase));
    out[4] = query.maxTokens > 0 ? float(query.maxTokens) : NoLimit;
    out[5] = info && info->isPriced() ? float(info->outputPer1k) : -1.0f;
    out[6] = isReasoningModel(query.model, info) ? 1.0f : 0.0f;
    out[7] = float(h.level);
}

void CostRegressor::train(const QList<ForecastRow> &all, const PriceCatalog &catalog, const Options &options)
{
    m_catalog = catalog;
    const QList<ForecastRow> rows = subset(all, options.maxRows, options.trees.seed);
    m_history.learn(rows);
    std::vector<float> x(std::size_t(rows.size()) * Features);
    std::vector<double> y(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ForecastRow &r = rows.at(i);
        features({ r.model, r.useCase, r.promptTokens, r.maxTokens }, &x[std::size_t(i) * Features]);
        y[std::size_t(i)] = double(r.completionTokens);
    }
    m_trees.fit(x, Features, y, options.trees);
    // P90 as a multiple of the expected length, per model where it has enough rows: answer lengths are skewed, and
    // the spread differs between a terse and a verbose model.
    QHash<QString, std::vector<double>> ratios;
    std::vector<double> allRatios;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double predicted = qMax(1.0, m_trees.predict(&x[std::size_t(i) * Features]));
        const double ratio = y[std::size_t(i)] / predicted;
        ratios[rows.at(i).model].push_back(ratio);
        allRatios.push_back(ratio);
    }
    m_p90RatioAll = qMax(1.0, quantile(allRatios, 0.9));
    m_p90Ratio.clear();
    for (auto it = ratios.cbegin(); it != ratios.cend(); ++it)
        if (int(it.value().size()) >= MinGroupRows)
            m_p90Ratio.insert(it.key(), qMax(1.0, quantile(it.value(), 0.9)));
}

CostRegressor::Prediction CostRegressor::predict(const Query &query) const
{
    float x[Features];
    features(query, x);
    Prediction p;
    p.expectedTokens = qMax(1.0, m_trees.predict(x));
    p.p90Tokens = p.expectedTokens * m_p90Ratio.value(query.model, m_p90RatioAll);
    if (query.maxTokens > 0) {
        p.expectedTokens = qMin(p.expectedTokens, double(query.maxTokens));
        p.p90Tokens = qMin(p.p90Tokens, double(query.maxTokens));
    }
    return p;
}

RegressorQuality CostRegressor::crossValidate(const QList<ForecastRow> &all, const PriceCatalog &catalog,
                                              const Options &options, int folds, const std::function<bool()> &stop)
{
    RegressorQuality q;
    q.method = methodText(options);
    q.folds = qMax(2, folds);
    QList<ForecastRow> rows;
    QList<const ModelInfo *> prices;
    for (const ForecastRow &r : subset(all, options.maxRows, options.trees.seed ^ 0x5eed)) {
        const ModelInfo *info = r.costKnown ? catalog.find(r.provider, r.model) : nullptr;
        if (info && info->isPriced()) {
            rows.append(r);
            prices.append(info);
        }
    }
    if (rows.size() < q.folds * MinGroupRows)
        return q; // too few priced rows to say anything: the figures stay unknown (-1)
    std::vector<int> fold(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        fold[std::size_t(i)] = int(i % q.folds);
    QRandomGenerator64 rng(options.trees.seed);
    std::shuffle(fold.begin(), fold.end(), rng);
    double errorUsd = 0.0, naiveUsd = 0.0, errorTokens = 0.0, naiveTokens = 0.0, cost = 0.0;
    for (int k = 0; k < q.folds; ++k) {
        if (stop && stop())
            return RegressorQuality();
        QList<ForecastRow> training;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (fold[std::size_t(i)] != k)
                training.append(rows.at(i));
        CostRegressor model;
        model.train(training, catalog, options);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (fold[std::size_t(i)] != k)
                continue;
            const ForecastRow &r = rows.at(i);
            const ModelInfo &price = *prices.at(i);
            const double predicted = model.predict({ r.model, r.useCase, r.promptTokens, r.maxTokens }).expectedTokens;
            // The row's own input and cache reads are known; only the answer is predicted.
            TokenUsage usage;
            usage.input = r.promptTokens;
            usage.cacheRead = r.cacheReadTokens;
            usage.cacheWrite = r.cacheWriteTokens;
            usage.output = std::llround(predicted);
            errorUsd += std::abs(price.costUsd(usage) - r.costUsd);
            naiveUsd += std::abs(naiveCostUsd(price, double(r.promptTokens)) - r.costUsd);
            errorTokens += std::abs(predicted - double(r.completionTokens));
            naiveTokens += std::abs(1.5 * double(r.promptTokens) - double(r.completionTokens));
            cost += r.costUsd;
        }
    }
    const double n = double(rows.size());
    q.rows = int(rows.size());
    q.maeUsd = errorUsd / n;
    q.naiveMaeUsd = naiveUsd / n;
    q.maeTokens = errorTokens / n;
    q.naiveMaeTokens = naiveTokens / n;
    q.meanCostUsd = cost / n;
    return q;
}

} // namespace ShadowOptic
