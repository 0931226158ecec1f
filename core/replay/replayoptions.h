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
    /** What toJson stored; the rest keeps its defaults. */
    static ReplayOptions fromJson(const QJsonObject &o)
    {
        ReplayOptions r;
        r.concurrency = o.value(QLatin1String("concurrency")).toInt(r.concurrency);
        r.requestsPerMinute = o.value(QLatin1String("requests_per_minute")).toInt(r.requestsPerMinute);
        r.timeoutMs = o.value(QLatin1String("timeout_ms")).toInt(r.timeoutMs);
        r.maxRetries = o.value(QLatin1String("max_retries")).toInt(r.maxRetries);
        r.budgetUsd = o.value(QLatin1String("budget_usd")).toDouble(r.budgetUsd);
        r.cacheTtlSeconds = o.value(QLatin1String("cache_ttl_s")).toInt(r.cacheTtlSeconds);
        return r;
    }
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayOptions)
