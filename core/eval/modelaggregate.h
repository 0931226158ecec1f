// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"
#include "stats/confidenceinterval.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

struct EvaluatorSample;

/** Per-model aggregates of SPEC §5, a value snapshot for tables, charts and reports. */
struct ModelAggregate
{
    QString model;
    AnswerSource::Value source = AnswerSource::Value::Replay; // Baseline: the model's logged answers
    qint64 samples = 0;
    qint64 successes = 0;
    qint64 errors = 0;
    qint64 fullRefusals = 0;
    qint64 partialRefusals = 0;
    QMap<QString, qint64> refusalsByType; // SAFETY, OVERCAUTIOUS, ... (full and partial)
    qint64 judged = 0; // valid scores
    qint64 judgeFailures = 0; // format failures
    ConfidenceInterval quality; // mean quality with a 95 % bootstrap CI
    double meanOverall = 0.0;
    double costPerRequest = 0.0; // mean priced cost of successful requests
    qint64 unpricedRequests = 0; // successful requests without a price, left out of costPerRequest
    bool priced = true; // false: no successful request had a price, so there is no cost to show
    double spentUsd = 0.0;
    double latencyMeanMs = 0.0;
    double latencyP50Ms = 0.0;
    double latencyP95Ms = 0.0;
    double latencyP99Ms = 0.0;
    qint64 cacheHits = 0;
    bool onParetoFrontier = false;
    bool isCurrent = false;

    QString label() const; // "gpt-4o" or "gpt-4o (as logged)"
    double successRate() const { return samples ? double(successes) / samples : 0.0; }
    double errorRate() const { return samples ? double(errors) / samples : 0.0; }
    double refusalRate() const { return samples ? double(fullRefusals) / samples : 0.0; }
    double partialRefusalRate() const { return samples ? double(partialRefusals) / samples : 0.0; }
    double formatFailureRate() const
    {
        return judged + judgeFailures ? double(judgeFailures) / double(judged + judgeFailures) : 0.0;
    }
    double costPer1kRequests() const { return costPerRequest * 1000.0; }

    /** Aggregates samples of one model and source; resamples/seed feed the bootstrap. */
    static ModelAggregate compute(const QList<EvaluatorSample> &samples, int resamples, quint64 seed);
    QJsonObject toJson() const;
    /** The counts behind the rates come back from rate × samples; quality.level is not stored (0.95). */
    static ModelAggregate fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ModelAggregate)
