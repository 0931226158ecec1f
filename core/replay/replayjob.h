// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One request to send: a historical prompt for one candidate model (or a judge call). Built on the pool. */
struct ReplayJob
{
    QString logId;
    QString model;
    QString role = QStringLiteral("replay"); // "replay" or "judge"
    QByteArray body; // the chat completion request, model already replaced
    QString cacheKey; // assigned by the engine: the same request to the same target identity
    double estimatedCostUsd = 0.0; // expected cost, from the logged usage
    qint64 promptTokenBound = 0; // no reply can bill more prompt tokens than this (0 = derive from the body)
    qint64 maxCompletionTokens = 0; // the request's max_tokens (0 = read it from the body)
    bool maxTokensAdded = false; // max_tokens was set for the replay because the original had none
    QString promptText; // for refusal typing
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayJob)
