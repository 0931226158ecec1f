// SPDX-License-Identifier: MIT
#include "costforecast.h"

#include "budgetsampler.h"
#include "catalog/pricecatalog.h"
#include "prompttokenestimator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

constexpr double Z95 = 1.959964;
constexpr int MinCellSample = 5;
constexpr int MaxAccuracyPoints = 2000;

/** One prompt of the sampler's pool, with what every model is predicted to cost on it. */
struct PoolPrompt
{
    qint64 id = 0;
    QString logId;
    QString useCase;
    qint64 maxTokens = 0;
    QString cluster; // the logged answer's refusal verdict when it refused
    PromptTokenEstimator::Counts counts;
    int logged = -1; // index into Input::logged, -1 when the log did not succeed
    QList<double> inputTokens; // per model
    QList<double> outputTokens;
    QList<double> expectedUsd;
    QList<double> p90Usd;
};

/** Per model: its price, tokenizer and the cached-input shares of replays and of production. */
struct ModelContext
{
    QString model;
    const ModelInfo *price = nullptr;
    TokenizerCalibration tokenizer;
    double replayCachedShare = 0.0;
    double productionCachedShare = 0.0;
};

qint64 maxTokensOf(const QByteArray &params)
{
    const QJsonObject o = QJsonDocument::fromJson(params).object();
    qint64 v = o.value(QLatin1String("max_tokens")).toInteger(0);
    if (v <= 0)
        v = o.value(QLatin1String("max_completion_tokens")).toInteger(0);
    return qMax<qint64>(0, v);
}

QString clusterOf(const QString &refusal)
{
    return refusal.startsWith(QLatin1String("full:")) || refusal.startsWith(QLatin1String("partial:")) ? refusal
                                                                                                       : QString();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
    return v[v.size() / 2];
}

/** The ratio estimator of one what-if cell: the cell's logged spend times the sampled candidate/actual ratio. */
struct CellSample
{
    double sumCandidate = 0.0;
    double sumActual = 0.0;
    QList<QPair<double, double>> pairs; // (candidate, actual)
};

struct CellEstimate
{
    double estimate = 0.0;
    double variance = 0.0;
};

CellEstimate estimateCell(const WhatIfCell &cell, const CellSample &own, const CellSample &all, double rowVariance)
{
    const CellSample &s = own.pairs.size() >= MinCellSample && own.sumActual > 0 ? own : all;
    CellEstimate out;
    if (s.sumActual <= 0 || s.pairs.isEmpty())
        return out;
    const double ratio = s.sumCandidate / s.sumActual;
    out.estimate = ratio * cell.actualUsd;
    const double n = double(s.pairs.size());
    if (n > 1) {
        double ss = 0.0;
        for (const auto &p : s.pairs)
            ss += (p.first - ratio * p.second) * (p.first - ratio * p.second);
        const double meanActual = s.sumActual / n;
        // Var(R̂) ≈ s²_d / (n · ā²), scaled by the cell's spend; the cell's own finite population shrinks it.
        const double fpc = &s == &own ? qMax(0.0, 1.0 - n / qMax(1.0, double(cell.requests))) : 1.0;
        const double varRatio = ss / (n - 1) / (n * meanActual * meanActual) * fpc;
        out.variance = varRatio * cell.actualUsd * cell.actualUsd;
    }
    // The answer lengths are predicted, not known: each request adds its own prediction error.
    out.variance += double(cell.requests) * rowVariance;
    return out;
}

void finishCells(QList<WhatIfCell> *cells, const QHash<QString, CellSample> &samples, const CellSample &all,
                 double rowVariance, double *total, double *variance)
{
    for (WhatIfCell &cell : *cells) {
        const CellEstimate e = estimateCell(cell, samples.value(cell.key), all, rowVariance);
        cell.estimateUsd = e.estimate;
        const double half = Z95 * std::sqrt(e.variance);
        cell.lowUsd = qMax(0.0, e.estimate - half);
        cell.highUsd = e.estimate + half;
        if (total)
            *total += e.estimate;
        if (variance)
            *variance += e.variance;
    }
    std::sort(cells->begin(), cells->end(), [](const WhatIfCell &a, const WhatIfCell &b) { return a.key < b.key; });
}

} // namespace

QString CostForecast::monthOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
}

bool CostForecast::compute(const Input &input, const PriceCatalog &catalog, const Options &options, const Stop &stop,
                           const Progress &progress, ForecastReport *report)
{
    const auto stopped = [&] { return stop && stop(); };
    const auto step = [&](int permille, const QString &text) {
        if (progress)
            progress(permille, text);
    };
    *report = ForecastReport();
    report->models = input.models;
    report->currentModel = input.currentModel;
    report->logRows = input.logged.size();
    report->replayRows = input.replayed.size();

    QHash<qint64, int> loggedById;
    loggedById.reserve(input.logged.size());
    for (qsizetype i = 0; i < input.logged.size(); ++i)
        loggedById.insert(input.logged.at(i).id, int(i));

    // Which encodings to count: those of the models asked about and of the logged models being calibrated.
    bool needO200k = false;
    bool needCl100k = false;
    const auto need = [&](const QString &model) {
        if (PromptTokenEstimator::usesO200k(model))
            needO200k = true;
        else
            needCl100k = true;
    };
    for (const QString &m : input.models)
        need(m);
    QList<PoolPrompt> pool;
    pool.reserve(input.pool.size());
    for (qint64 id : input.pool) {
        const auto prompt = input.prompts.constFind(id);
        if (prompt == input.prompts.constEnd())
            continue;
        PoolPrompt p;
        p.id = id;
        p.logId = prompt->logId;
        p.useCase = prompt->useCase;
        p.maxTokens = maxTokensOf(prompt->paramsJson);
        p.logged = loggedById.value(id, -1);
        if (p.logged >= 0) {
            p.cluster = clusterOf(input.logged.at(p.logged).refusal);
            need(input.logged.at(p.logged).model);
        }
        pool.append(p);
    }

    // Prompt tokens: counted once per prompt and encoding, then calibrated on the logged ones.
    QHash<qint64, PromptTokenEstimator::Counts> counts;
    const auto countOf = [&](qint64 id) -> const PromptTokenEstimator::Counts & {
        auto it = counts.find(id);
        if (it == counts.end()) {
            const auto prompt = input.prompts.constFind(id);
            it = counts.insert(id,
                               prompt == input.prompts.constEnd()
                                   ? PromptTokenEstimator::Counts()
                                   : PromptTokenEstimator::count(prompt->messagesJson, needCl100k, needO200k));
        }
        return *it;
    };
    for (qsizetype i = 0; i < pool.size(); ++i) {
        if (i % 200 == 0) {
            if (stopped())
                return false;
            step(int(20 + 380 * i / qMax<qsizetype>(1, pool.size())),
                 tr("Counting prompt tokens (%1 of %2)…").arg(i).arg(pool.size()));
        }
        pool[i].counts = countOf(pool.at(i).id);
    }
    for (const ForecastRow &r : input.runRows)
        countOf(r.id);
    PromptTokenEstimator estimator;
    {
        QList<ForecastRow> rows;
        QList<PromptTokenEstimator::Counts> rowCounts;
        for (const PoolPrompt &p : std::as_const(pool))
            if (p.logged >= 0) {
                rows.append(input.logged.at(p.logged));
                rowCounts.append(p.counts);
            }
        estimator.calibrate(rows, rowCounts);
    }

    step(400, tr("Cross-validating the answer-length model…"));
    report->regressor = CostRegressor::crossValidate(input.logged, catalog, options.regressor, options.folds, stop);
    if (stopped())
        return false;
    step(750, tr("Learning answer lengths…"));
    QList<ForecastRow> training = input.logged + input.replayed;
    CostRegressor regressor;
    regressor.train(training, catalog, options.regressor);
    if (stopped())
        return false;

    QHash<QString, QPair<double, double>> replayCache; // model → (cache reads, prompt tokens) of its replays
    for (const ForecastRow &r : input.replayed) {
        replayCache[r.model].first += double(r.cacheReadTokens);
        replayCache[r.model].second += double(r.promptTokens);
    }
    QList<ModelContext> models;
    for (const QString &m : input.models) {
        ModelContext c;
        c.model = m;
        const ModelInfo *info = catalog.find(m);
        c.price = info && info->isPriced() ? info : nullptr;
        c.tokenizer = estimator.calibration(m, catalog);
        const auto cache = replayCache.value(m);
        c.replayCachedShare = cache.second > 0 && info && info->cacheReadPer1k >= 0 ? cache.first / cache.second : 0.0;
        c.productionCachedShare = regressor.history().cachedInputShare(m, catalog);
        models.append(c);
        report->calibration.append(c.tokenizer);
    }
    for (const TokenizerCalibration &logged : estimator.loggedCalibrations())
        if (!input.models.contains(logged.model))
            report->calibration.append(logged);

    // Every pool prompt on every model.
    step(800, tr("Predicting costs…"));
    for (PoolPrompt &p : pool) {
        for (const ModelContext &m : std::as_const(models)) {
            double in = PromptTokenEstimator::estimate(m.tokenizer, p.counts);
            if (in < 0 && p.logged >= 0)
                in = double(input.logged.at(p.logged).promptTokens);
            in = qMax(0.0, in);
            const CostRegressor::Prediction out
                = regressor.predict({ m.model, p.useCase, qint64(std::llround(in)), p.maxTokens });
            p.inputTokens.append(in);
            p.outputTokens.append(out.expectedTokens);
            p.expectedUsd.append(m.price ? CostRegressor::costUsd(*m.price, in, m.replayCachedShare, out.expectedTokens)
                                         : 0.0);
            p.p90Usd.append(m.price ? CostRegressor::costUsd(*m.price, in, m.replayCachedShare, out.p90Tokens) : 0.0);
        }
    }

    // The sample: the budget sampler's choice, else the replay planner's random prefix.
    ForecastSample &sample = report->sample;
    sample.budgetUsd = qMax(0.0, options.budgetUsd);
    sample.p90 = options.p90;
    sample.requested = options.sampleSize;
    sample.available = int(input.replayable);
    const auto promptCost = [&](const PoolPrompt &p) {
        double sum = 0.0;
        for (qsizetype m = 0; m < models.size(); ++m)
            sum += options.p90 ? p.p90Usd.at(m) : p.expectedUsd.at(m);
        return sum;
    };
    QList<int> chosen;
    if (sample.budgetUsd > 0) {
        QList<BudgetSampler::Item> items;
        items.reserve(pool.size());
        for (const PoolPrompt &p : std::as_const(pool)) {
            BudgetSampler::Item item;
            item.useCase = p.useCase;
            item.lengthBand = BudgetSampler::lengthBand(
                p.logged >= 0 ? input.logged.at(p.logged).promptTokens
                              : qint64(p.inputTokens.isEmpty() ? 0.0 : p.inputTokens.first()));
            item.cluster = p.cluster;
            item.costUsd = promptCost(p);
            item.distinguishing = !p.cluster.isEmpty();
            items.append(item);
        }
        const BudgetSampler::Result r
            = BudgetSampler::choose(items, sample.budgetUsd, options.sampleSize, options.seed);
        chosen = r.chosen;
        sample.strata = r.strata;
        sample.reason = BudgetSampler::stopText(r, sample.budgetUsd, options.sampleSize);
        if (pool.size() < input.replayable && r.stop == BudgetSampler::Stop::PoolExhausted)
            sample.reason = tr("Every prompt of the %n considered fits the budget (a seeded random %1 of the "
                               "replayable ones).",
                               nullptr, int(pool.size()))
                                .arg(QLocale().toString(input.replayable));
    } else {
        const int n = options.sampleSize > 0 ? qMin(options.sampleSize, int(pool.size())) : int(pool.size());
        for (int i = 0; i < n; ++i)
            chosen.append(i);
        sample.reason
            = tr("No budget: the replay's random sample of %n prompt(s) (seed %1).", nullptr, n).arg(options.seed);
        QHash<QString, int> strata;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const PoolPrompt &p = pool.at(i);
            const QString band = BudgetSampler::lengthBand(
                p.logged >= 0 ? input.logged.at(p.logged).promptTokens
                              : qint64(p.inputTokens.isEmpty() ? 0.0 : p.inputTokens.first()));
            const QString key = p.useCase + QLatin1Char('\n') + band + QLatin1Char('\n') + p.cluster;
            auto it = strata.find(key);
            if (it == strata.end()) {
                it = strata.insert(key, int(sample.strata.size()));
                sample.strata.append({ p.useCase, band, p.cluster, 0, 0, 0.0 });
            }
            ForecastStratum &s = sample.strata[*it];
            ++s.available;
            if (i < n) {
                ++s.chosen;
                s.costUsd += promptCost(p);
            }
        }
        std::sort(sample.strata.begin(), sample.strata.end(), [](const ForecastStratum &a, const ForecastStratum &b) {
            return std::tie(a.useCase, a.lengthBand, a.cluster) < std::tie(b.useCase, b.lengthBand, b.cluster);
        });
    }
    sample.prompts = int(chosen.size());
    for (int i : std::as_const(chosen)) {
        sample.logIds.append(pool.at(i).logId);
        sample.promptCostsUsd.append(promptCost(pool.at(i)));
        sample.predictedUsd += sample.promptCostsUsd.constLast();
    }
    sample.utilization = sample.budgetUsd > 0 ? sample.predictedUsd / sample.budgetUsd : 0.0;

    for (qsizetype m = 0; m < models.size(); ++m) {
        ForecastModelCost c;
        c.model = models.at(m).model;
        c.priced = models.at(m).price != nullptr;
        c.prompts = int(chosen.size());
        c.tokenizer = models.at(m).tokenizer;
        c.cachedInputShare = models.at(m).replayCachedShare;
        for (int i : std::as_const(chosen)) {
            c.expectedUsd += pool.at(i).expectedUsd.at(m);
            c.p90Usd += pool.at(i).p90Usd.at(m);
            c.expectedInputTokens += pool.at(i).inputTokens.at(m);
            c.expectedOutputTokens += pool.at(i).outputTokens.at(m);
        }
        if (c.prompts > 0) {
            c.expectedPerPromptUsd = c.expectedUsd / c.prompts;
            c.expectedInputTokens /= c.prompts;
            c.expectedOutputTokens /= c.prompts;
        }
        report->costs.append(c);
    }
    if (stopped())
        return false;

    // The production what-if: the imported period's spend, and the same requests on each model.
    step(900, tr("Screening the imported period on each model…"));
    QList<WhatIfCell> useCaseCells, monthCells;
    QHash<QString, int> useCaseIndex, monthIndex;
    qint64 requests = 0, unpriced = 0, periodStart = 0, periodEnd = 0;
    double actual = 0.0;
    for (const ForecastRow &r : input.logged) {
        if (r.createdAt > 0) {
            periodStart = periodStart == 0 ? r.createdAt : qMin(periodStart, r.createdAt);
            periodEnd = qMax(periodEnd, r.createdAt);
        }
        if (!r.costKnown) {
            ++unpriced;
            continue;
        }
        ++requests;
        actual += r.costUsd;
        const auto add = [&](QList<WhatIfCell> &cells, QHash<QString, int> &index, const QString &key) {
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, int(cells.size()));
                cells.append(WhatIfCell { key, 0, 0.0, 0.0, 0.0, 0.0 });
            }
            ++cells[*it].requests;
            cells[*it].actualUsd += r.costUsd;
        };
        add(useCaseCells, useCaseIndex, r.useCase);
        add(monthCells, monthIndex, monthOf(r.createdAt));
    }
    for (qsizetype m = 0; m < models.size(); ++m) {
        const ModelContext &ctx = models.at(m);
        WhatIf w;
        w.model = ctx.model;
        w.priced = ctx.price != nullptr;
        w.requests = requests;
        w.unpricedRequests = unpriced;
        w.actualUsd = actual;
        w.periodStart = periodStart;
        w.periodEnd = periodEnd;
        w.byUseCase = useCaseCells;
        w.byMonth = monthCells;
        if (w.priced) {
            CellSample all;
            QHash<QString, CellSample> byUseCase, byMonth;
            for (const PoolPrompt &p : std::as_const(pool)) {
                if (p.logged < 0)
                    continue;
                const ForecastRow &r = input.logged.at(p.logged);
                if (!r.costKnown || p.inputTokens.at(m) <= 0)
                    continue;
                // Production keeps its own prompt cache: priced at the share measured in the logs.
                const double candidate = CostRegressor::costUsd(*ctx.price, p.inputTokens.at(m),
                                                                ctx.productionCachedShare, p.outputTokens.at(m));
                for (CellSample *s : { &all, &byUseCase[r.useCase], &byMonth[monthOf(r.createdAt)] }) {
                    s->sumCandidate += candidate;
                    s->sumActual += r.costUsd;
                    s->pairs.append({ candidate, r.costUsd });
                }
                ++w.sampledRows;
            }
            const double errorTokens = report->regressor.maeTokens > 0 ? report->regressor.maeTokens : 0.0;
            const double rowSd = 1.25 * errorTokens * ctx.price->outputRate(false) / 1000.0;
            double variance = 0.0;
            finishCells(&w.byUseCase, byUseCase, all, rowSd * rowSd, &w.estimateUsd, &variance);
            finishCells(&w.byMonth, byMonth, all, rowSd * rowSd, nullptr, nullptr);
            const double half = Z95 * std::sqrt(variance);
            w.lowUsd = qMax(0.0, w.estimateUsd - half);
            w.highUsd = w.estimateUsd + half;
            if (w.sampledRows == 0)
                w.priced = false; // nothing to re-count: no figure rather than a guess
        } else {
            std::sort(w.byUseCase.begin(), w.byUseCase.end(),
                      [](const WhatIfCell &a, const WhatIfCell &b) { return a.key < b.key; });
            std::sort(w.byMonth.begin(), w.byMonth.end(),
                      [](const WhatIfCell &a, const WhatIfCell &b) { return a.key < b.key; });
        }
        report->whatIf.append(w);
    }

    // Predicted against actual for the run, with a model that has not seen the run's answers.
    if (input.runId > 0 && !input.runRows.isEmpty()) {
        step(950, tr("Comparing predicted with actual costs…"));
        const CostRegressor *accuracyModel = &regressor;
        CostRegressor withoutRun;
        bool seen = false;
        for (const ForecastRow &r : input.replayed)
            seen = seen || r.runId == input.runId;
        if (seen) {
            QList<ForecastRow> rows = input.logged;
            for (const ForecastRow &r : input.replayed)
                if (r.runId != input.runId)
                    rows.append(r);
            withoutRun.train(rows, catalog, options.regressor);
            accuracyModel = &withoutRun;
        }
        ForecastAccuracy &acc = report->accuracy;
        acc.runId = input.runId;
        std::vector<double> percent;
        QList<ForecastAccuracyPoint> points;
        QHash<QString, ModelContext> contexts;
        for (const ForecastRow &r : input.runRows) {
            if (stopped())
                return false;
            const ModelInfo *price = catalog.find(r.model);
            if (!price || !price->isPriced() || !r.costKnown)
                continue;
            auto ctx = contexts.find(r.model);
            if (ctx == contexts.end()) {
                ModelContext c;
                c.tokenizer = estimator.calibration(r.model, catalog);
                const auto cache = replayCache.value(r.model);
                c.replayCachedShare = cache.second > 0 && price->cacheReadPer1k >= 0 ? cache.first / cache.second : 0;
                ctx = contexts.insert(r.model, c);
            }
            double in = PromptTokenEstimator::estimate(ctx->tokenizer, countOf(r.id));
            if (in < 0)
                continue;
            const double out
                = accuracyModel->predict({ r.model, r.useCase, qint64(std::llround(in)), r.maxTokens }).expectedTokens;
            const double predicted = CostRegressor::costUsd(*price, in, ctx->replayCachedShare, out);
            acc.predictedUsd += predicted;
            acc.actualUsd += r.costUsd;
            acc.maeUsd += std::abs(predicted - r.costUsd);
            acc.naiveMaeUsd += std::abs(CostRegressor::naiveCostUsd(*price, in) - r.costUsd);
            if (r.costUsd > 0)
                percent.push_back(std::abs(predicted - r.costUsd) / r.costUsd * 100.0);
            points.append({ r.logId, r.model, predicted, r.costUsd });
        }
        acc.answers = int(points.size());
        if (acc.answers > 0) {
            acc.maeUsd /= acc.answers;
            acc.naiveMaeUsd /= acc.answers;
            acc.medianAbsPercent = median(percent);
        }
        const qsizetype stride = qMax<qsizetype>(1, (points.size() + MaxAccuracyPoints - 1) / MaxAccuracyPoints);
        for (qsizetype i = 0; i < points.size(); i += stride)
            acc.points.append(points.at(i));
    }
    step(1000, tr("Forecast ready"));
    return true;
}

} // namespace ShadowOptic
