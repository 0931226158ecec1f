// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include "httpdate.h"
#include "replayoptions.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

bool RetryPolicy::isRetryable(int httpStatus, bool networkError)
{
    if (httpStatus == 0)
        return networkError;
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

int RetryPolicy::delayMs(const ReplayOptions &o, int attempt, const QByteArray &retryAfterMs,
                         const QByteArray &retryAfter, double jitter01)
{
    const double capMs = o.retryAfterCapSeconds * 1000.0;
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0)
        return int(std::min(ms, capMs));
    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok && seconds >= 0)
        return int(std::min(seconds * 1000.0, capMs));
    if (!retryAfter.trimmed().isEmpty()) { // HTTP-date form; a date already past means "now"
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime when = HttpDate::parse(retryAfter, now);
        if (when.isValid())
            return int(std::clamp(double(now.msecsTo(when)), 0.0, capMs));
    }
    const double base = o.backoffBaseSeconds * 1000.0 * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(base, o.backoffCapSeconds * 1000.0);
    // "Equal jitter": half fixed, half random, so retries spread out but never collapse to zero.
    return int(capped / 2.0 + capped / 2.0 * jitter01);
}

} // namespace ShadowOptic
