// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/** One successful request the forecast learns from or predicts: a logged one, or a replayed answer. */
struct ForecastRow
{
    qint64 id = 0; // logs.id (the row of the prompt)
    QString logId;
    QString model; // as logged or replayed
    QString provider;
    QString useCase; // empty: none
    qint64 createdAt = 0; // ms since epoch
    qint64 promptTokens = 0; // every prompt token, cached ones included
    qint64 completionTokens = 0; // billed output, reasoning included
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 maxTokens = 0; // the request's max_tokens, 0: none
    bool costKnown = false; // false: the logged cost is unknown (unpriced)
    double costUsd = 0.0;
    bool replayed = false; // a replayed answer, not a logged one
    qint64 runId = 0; // the replay run of a replayed answer
    QString refusal; // the stored verdict ("none", "full:…", "partial:…"), empty when not classified
};

} // namespace ShadowOptic
