// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

struct TokenUsage;

/** One catalog entry. Prices are USD per 1K tokens; a negative cache or batch price means "not given". */
struct ModelInfo
{
    QString modelId;
    QString displayName;
    QString provider;
    QString portkeySlug;
    int rank = 50; // 1 = most expensive/strongest; larger = cheaper
    double inputPer1k = 0.0;
    double outputPer1k = 0.0;
    double cacheReadPer1k = -1.0; // not given: cache reads cost the input price
    double cacheWritePer1k = -1.0; // not given: cache writes cost the input price
    double batchInputPer1k = -1.0; // not given: batch requests cost pay-as-you-go
    double batchOutputPer1k = -1.0;
    qint64 contextWindow = 0;
    qint64 maxOutputTokens = 0;
    QString type = QStringLiteral("chat"); // Portkey's type.primary: chat, text, embedding, image, ...
    QStringList supports; // Portkey's type.supported: tools, image, cache_control, ...
    bool jsonMode = false;
    bool functionCalling = false;
    bool vision = false;
    QStringList strengths;
    QString latencyTier = QStringLiteral("medium");
    QString reliabilityTier = QStringLiteral("medium");
    int rateLimitRpm = 0;
    QString version;
    bool active = true;
    /** Offered for replays and recommendations; the thousands of models that only price logs are not. */
    bool candidate = true;

    /** Portkey's formula: uncached input, cache reads and writes and output (reasoning included) at their rates. */
    double costUsd(const TokenUsage &usage) const;
    double costUsd(qint64 promptTokens, qint64 completionTokens) const;
    bool isPriced() const { return inputPer1k > 0.0 || outputPer1k > 0.0; }
    bool isChat() const { return type == QLatin1String("chat") || type == QLatin1String("text"); }
    /** The rates a request is billed at, after the fallbacks above. */
    double inputRate(bool batch) const { return batch && batchInputPer1k >= 0 ? batchInputPer1k : inputPer1k; }
    double outputRate(bool batch) const { return batch && batchOutputPer1k >= 0 ? batchOutputPer1k : outputPer1k; }
    double cacheReadRate(bool batch) const { return cacheReadPer1k >= 0 ? cacheReadPer1k : inputRate(batch); }
    double cacheWriteRate(bool batch) const { return cacheWritePer1k >= 0 ? cacheWritePer1k : inputRate(batch); }

    QJsonObject toJson() const;
    static ModelInfo fromJson(const QJsonObject &o);
    bool operator==(const ModelInfo &other) const = default;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ModelInfo)
