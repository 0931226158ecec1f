// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace ShadowOptic {

struct ReplayOptions;

/** SPEC §4: retry 408, 409, 429, 5xx and network errors; 0.5 s × 2^n capped at 8 s with jitter, honouring
 *  retry-after-ms / retry-after up to 60 s. Other 4xx are final. */
class RetryPolicy
{
public:
    static bool isRetryable(int httpStatus, bool networkError);
    /** attempt is 1-based (the attempt that just failed). jitter01 in [0,1). */
    static int delayMs(const ReplayOptions &options, int attempt, const QByteArray &retryAfterMs,
                       const QByteArray &retryAfter, double jitter01);
};

} // namespace ShadowOptic
