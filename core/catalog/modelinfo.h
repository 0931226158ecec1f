// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

/** One catalog entry. Prices are USD per 1K tokens. */
struct ModelInfo
{
    QString modelId;
    QString displayName;
    QString provider;
    QString portkeySlug;
    int rank = 50; // 1 = most expensive/strongest; larger = cheaper
    double inputPer1k = 0.0;
    double outputPer1k = 0.0;
    qint64 contextWindow = 0;
    bool jsonMode = false;
    bool functionCalling = false;
    bool vision = false;
    QStringList strengths;
    QString latencyTier = QStringLiteral("medium");
    QString reliabilityTier = QStringLiteral("medium");
    int rateLimitRpm = 0;
    QString version;
    bool active = true;

    double costUsd(qint64 promptTokens, qint64 completionTokens) const
    {
        return promptTokens / 1000.0 * inputPer1k + completionTokens / 1000.0 * outputPer1k;
    }
    bool isPriced() const { return inputPer1k > 0.0 || outputPer1k > 0.0; }

    QJsonObject toJson() const;
    static ModelInfo fromJson(const QJsonObject &o);
    bool operator==(const ModelInfo &other) const = default;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ModelInfo)
