// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"

#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One graded answer (a replay or a logged baseline) as the aggregates see it. */
struct EvaluatorSample
{
    QString logId;
    QString model;
    AnswerSource::Value source = AnswerSource::Value::Replay; // or Baseline (the logged answer)
    QString useCase; // logs.use_case (metadata.use_case)
    QString cluster; // metadata._user, else metadata.session_id: prompts of one user are correlated
    qint64 runId = 0;
    bool success = false; // a usable answer (or a guardrail denial, which is a refusal, not an error)
    bool error = false;
    int statusCode = 0;
    QString refusalKind; // none, partial, full
    QString refusalType;
    bool judged = false; // a valid judge score with the current rubric
    bool judgeFailed = false; // invalid twice: a format failure
    double quality = 0.0; // equal-weight mean of the four criteria
    double overall = 0.0; // the judge's own overall
    double costUsd = 0.0; // tokens × catalog price (what the request costs in production, even on a cache hit)
    double spentUsd = 0.0; // what this replay actually cost (0 on a cache hit)
    bool priced = true; // false: no catalog price and no logged cost; costUsd is 0 and means nothing
    qint64 latencyMs = -1; // -1 when unknown; a cache hit carries the latency of the replay that filled the cache
    bool cacheHit = false;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;

    bool fullRefusal() const { return refusalKind == QLatin1String("full"); }
    bool partialRefusal() const { return refusalKind == QLatin1String("partial"); }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::EvaluatorSample)
