// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace ShadowOptic {

/** HTTP-date of RFC 9110 §5.6.7 (Retry-After, Date): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" and the obsolete
 *  RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994" forms, and the IMF-fixdate
 *  shape with a numeric zone ("+0000") that some servers send. Qt 6.4's RFC2822Date rejects the zone name "GMT"
 *  and accepts dates without a zone or a time, which no server means. */
class HttpDate
{
public:
    /** The date in UTC, or an invalid QDateTime. nowUtc places RFC 850's two-digit year (no more than 50 years
     *  ahead). */
    static QDateTime parse(const QByteArray &text, const QDateTime &nowUtc);
};

} // namespace ShadowOptic
