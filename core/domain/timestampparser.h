// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QString;
class QStringView;

namespace ShadowOptic {

/** Parses the created_at forms found in Portkey exports into UTC epoch milliseconds. */
class TimestampParser
{
public:
    /** ISO 8601 with or without zone/millis, "YYYY-MM-DD HH:MM:SS", JavaScript Date.toString(),
     *  or a number (epoch seconds or milliseconds). No zone means UTC. Returns false on anything else. */
    static bool parse(QStringView text, qint64 *epochMs);
    static QString toIso(qint64 epochMs);
};

} // namespace ShadowOptic
