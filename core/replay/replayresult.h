// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** The outcome of one replay: what the store keeps and the live counters show. */
struct ReplayResult
{
    QString logId;
    QString model;
    QString role;
    int statusCode = 0; // 0 = no HTTP response (network error, timeout)
    bool ok = false; // a usable answer (2xx/246) or a guardrail denial (446, counted as a refusal)
    QString responseText;
    QString finishReason;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0; // parts of promptTokens billed at the cache rates
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0; // part of completionTokens
    double costUsd = 0.0;
    bool priced = false; // false: the model has no catalog price and costUsd means nothing
    qint64 latencyMs = 0;
    int attempts = 0;
    bool cacheHit = false;
    QString error;
    QString gatewayTarget; // x-portkey-last-used-option-index
    QString refusalKind; // none / partial / full
    QString refusalType;
    QString refusalRule;
    QByteArray requestJson;
    QByteArray responseJson;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayResult)
