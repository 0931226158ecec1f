// SPDX-License-Identifier: MIT
#include "pulloptions.h"

#include "domain/timestampparser.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ShadowOptic {

bool PullOptions::parseTime(const QString &text, qint64 nowMs, qint64 *epochMs)
{
    const QString t = text.trimmed();
    static const QRegularExpression age(QStringLiteral("^(\\d+)\\s*([mhd])$"));
    if (const QRegularExpressionMatch m = age.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 unitMs = unit == u'm' ? 60000 : unit == u'h' ? 3600000 : 86400000;
        *epochMs = nowMs - n * unitMs;
        return true;
    }
    for (const QString &format :
         { QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd'T'HH:mm") }) {
        const QDateTime d = QDateTime::fromString(t, format);
        if (d.isValid()) {
            *epochMs = QDateTime(d.date(), d.time(), QTimeZone::utc()).toMSecsSinceEpoch();
            return true;
        }
    }
    return TimestampParser::parse(t, epochMs);
}

QString PullOptions::timeText(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace ShadowOptic
