// SPDX-License-Identifier: MIT
#pragma once

#include "costregressor.h"
#include "forecastreport.h"
#include "forecastrow.h"
#include "store/logstore.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace ShadowOptic {

class PriceCatalog;

/**
 * SPEC §7 on what the job read: prompt tokens counted per model and calibrated on the logs, answer lengths from
 * the cross-validated regressor, each model's predicted cost on the sample the budget sampler chooses (or on the
 * plain random sample), the production what-if per model, and predicted against actual for a replay run.
 */
class CostForecast
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CostForecast)

public:
    struct Input
    {
        QStringList models;
        QString currentModel;
        QList<ForecastRow> logged; // every successful logged request
        QList<ForecastRow> replayed; // the newest replayed answer of each prompt and model
        qint64 replayable = 0; // logs with messages
        QList<qint64> pool; // replayable row ids in the replay planner's seeded order (its sample is a prefix)
        QHash<qint64, LogStore::Prompt> prompts; // of the pool's rows and the run's
        qint64 runId = 0;
        QList<ForecastRow> runRows; // the run's priced, successful answers
    };
    struct Options
    {
        double budgetUsd = 0.0;
        int sampleSize = 100;
        bool p90 = false;
        quint64 seed = 1;
        int folds = 5;
        CostRegressor::Options regressor;
    };
    using Stop = std::function<bool()>;
    using Progress = std::function<void(int permille, const QString &text)>;

    /** Returns false (and an empty report) only when stopped. */
    static bool compute(const Input &input, const PriceCatalog &catalog, const Options &options, const Stop &stop,
                        const Progress &progress, ForecastReport *report);
    /** "2026-11" of a time in ms (UTC). */
    static QString monthOf(qint64 ms);
};

} // namespace ShadowOptic
