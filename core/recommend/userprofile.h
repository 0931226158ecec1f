// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

/** The analyst's profile of SPEC §6: current model, use case, constraints, token mix and volume. */
struct UserProfile
{
    QString name = QStringLiteral("default");
    QString currentModel;
    QString useCase = QStringLiteral("general"); // general, coding, reasoning, summarization, creative, support
    double maxCostPerRequestUsd = 0.10;
    int maxLatencyMs = 5000;
    double minQuality = 70.0;
    QStringList requiredCapabilities; // json_mode, function_calling, vision
    QStringList blockedProviders;
    double avgInputTokens = 500.0;
    double avgOutputTokens = 200.0;
    bool tokensMeasured = false; // averages measured from the current model's logs
    double monthlyVolume = 10000.0;
    bool volumeMeasured = false;
    bool volumeSet = false; // the analyst set monthlyVolume: it overrides the measured rate
    double volumeSpanHours = 0.0; // the span of the current model's logs the volume was measured over
    qint64 longestPromptTokens = 0; // candidates need at least this context window
    double loggedCostPerRequestUsd = 0.0; // mean logged cost of the current model; 0 = unknown
    qint64 loggedRequests = 0;

    QJsonObject toJson() const;
    static UserProfile fromJson(const QJsonObject &o);
    /** Hash of what the analyst set (not the measured values): a change invalidates recommendations. */
    QString fingerprint() const;
    bool operator==(const UserProfile &) const = default;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::UserProfile)
