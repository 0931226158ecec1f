// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>

namespace ShadowOptic {

struct ReplayOptions
{
    int concurrency = 8; // 1..64
    int requestsPerMinute = 0; // per model; 0 = the catalog's rate limit (or unlimited)
    int timeoutMs = 60000;
    int maxRetries = 3;
    double budgetUsd = 0.0; // 0 = no budget
    int cacheTtlSeconds = 3600;
    int networkThreads = 1; // one QNetworkAccessManager per network thread
    double backoffBaseSeconds = 0.5;
    double backoffCapSeconds = 8.0;
    double retryAfterCapSeconds = 60.0;

    static constexpr int MaxConcurrency = 64;

    /** The settings a run is stored with (for `runs` and the Replay panel). */
    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("concurrency"), concurrency },
                             { QStringLiteral("requests_per_minute"), requestsPerMinute },
                             { QStringLiteral("timeout_ms"), timeoutMs },
                             { QStringLiteral("max_retries"), maxRetries },
                             { QStringLiteral("budget_usd"), budgetUsd },
                             { QStringLiteral("cache_ttl_s"), cacheTtlSeconds } };
    }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayOptions)
