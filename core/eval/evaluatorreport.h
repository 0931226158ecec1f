// SPDX-License-Identifier: MIT
#pragma once

#include "evaluatorsample.h"
#include "modelaggregate.h"
#include "modelaggregatecomparison.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace ShadowOptic {

/** The evaluation of one or more replay runs: per-model aggregates, paired comparisons against the current
 *  model and the cost/quality Pareto frontier. An immutable snapshot for the Trade-off panel and reports. */
struct EvaluatorReport
{
    QList<qint64> runIds;
    QString currentModel;
    QString judgeModel;
    QString rubricVersion;
    qint64 createdAtMs = 0;
    QList<ModelAggregate> models; // current first, then replays by cost, then logged baselines
    QList<ModelAggregateComparison> comparisons; // one per replayed model other than the current
    QList<EvaluatorSample> samples; // the per-answer rows behind the numbers (not in toJson)

    const ModelAggregate *find(const QString &model, AnswerSource::Value source = AnswerSource::Value::Replay) const;
    const ModelAggregate *current() const;
    const ModelAggregateComparison *comparison(const QString &model) const;
    /** Samples of one model and source. */
    QList<EvaluatorSample> samplesOf(const QString &model,
                                     AnswerSource::Value source = AnswerSource::Value::Replay) const;

    QJsonObject toJson() const;
    /** Everything but the samples, which toJson does not write; the frontier comes from the models. */
    static EvaluatorReport fromJson(const QJsonObject &o);
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::EvaluatorReport)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::EvaluatorReport)
