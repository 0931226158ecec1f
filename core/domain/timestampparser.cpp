// SPDX-License-Identifier: MIT
#include "timestampparser.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace ShadowOptic {

namespace {

bool digits(QStringView s, qsizetype pos, qsizetype n, int *out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const QChar c = s[i];
        if (!c.isDigit())
            return false;
        v = v * 10 + c.digitValue();
    }
    *out = v;
    return true;
}

// The times toIso() can write (four-digit years); beyond them it writes an empty string.
constexpr qint64 FirstMs = -62135596800000; // 0001-01-01T00:00:00.000Z
constexpr qint64 LastMs = 253402300799999; // 9999-12-31T23:59:59.999Z

qint64 toEpochMs(int y, int mo, int d, int h, int mi, int sec, int ms, int offsetSeconds, bool *ok)
{
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    *ok = date.isValid() && time.isValid();
    if (!*ok)
        return 0;
    const qint64 epochMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
    *ok = epochMs >= FirstMs && epochMs <= LastMs;
    return epochMs;
}

// "+02:00", "+0200", "-05", "Z"; returns consumed length or -1.
qsizetype parseOffset(QStringView s, qsizetype pos, int *offsetSeconds)
{
    *offsetSeconds = 0;
    if (pos >= s.size())
        return 0;
    if (s[pos] == u'Z' || s[pos] == u'z')
        return 1;
    if (s[pos] != u'+' && s[pos] != u'-')
        return -1;
    const int sign = s[pos] == u'-' ? -1 : 1;
    int hh = 0, mm = 0;
    if (!digits(s, pos + 1, 2, &hh))
        return -1;
    qsizetype used = 3;
    if (pos + used < s.size() && s[pos + used] == u':')
        ++used;
    if (digits(s, pos + used, 2, &mm))
        used += 2;
    if (hh > 23 || mm > 59)
        return -1;
    *offsetSeconds = sign * (hh * 3600 + mm * 60);
    return used;
}

bool parseIsoLike(QStringView s, qint64 *epochMs)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    if (!digits(s, 0, 4, &y) || s.size() < 10 || s[4] != u'-' || !digits(s, 5, 2, &mo) || s[7] != u'-'
        || !digits(s, 8, 2, &d))
        return false;
    qsizetype pos = 10;
    int offset = 0;
    if (pos < s.size()) {
        if (s[pos] != u'T' && s[pos] != u' ' && s[pos] != u't')
            return false;
        if (!digits(s, pos + 1, 2, &h) || pos + 3 >= s.size() || s[pos + 3] != u':' || !digits(s, pos + 4, 2, &mi))
            return false;
        pos += 6;
        if (pos < s.size() && s[pos] == u':') {
            if (!digits(s, pos + 1, 2, &sec))
                return false;
            pos += 3;
        }
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            int frac = 0, n = 0;
            while (pos < s.size() && s[pos].isDigit()) {
                if (n < 3)
                    frac = frac * 10 + s[pos].digitValue();
                ++n;
                ++pos;
            }
            if (n == 0)
                return false;
            for (int i = n; i < 3; ++i)
                frac *= 10;
            ms = frac;
        }
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
        if (pos < s.size() && s.mid(pos).compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0)
            pos = s.size();
        const qsizetype used = parseOffset(s, pos, &offset);
        if (used < 0)
            return false;
        pos += used;
        if (pos != s.size())
            return false;
    }
    bool ok = false;
    *epochMs = toEpochMs(y, mo, d, h, mi, sec, ms, offset, &ok);
    return ok;
}

int monthFromName(QStringView m)
{
    static const char *const names[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    for (int i = 0; i < 12; ++i)
        if (m.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

// "Sat Jan 17 2026 09:22:04 GMT+0000 (Coordinated Universal Time)"
bool parseJsDate(QStringView s, qint64 *epochMs)
{
    const auto paren = s.indexOf(u'(');
    if (paren > 0)
        s = s.left(paren).trimmed();
    const auto parts = s.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 5)
        return false;
    const int mo = monthFromName(parts[1]);
    bool okD = false, okY = false;
    const int d = parts[2].toInt(&okD);
    const int y = parts[3].toInt(&okY);
    int h, mi, sec;
    const QStringView t = parts[4];
    if (!mo || !okD || !okY || t.size() != 8 || !digits(t, 0, 2, &h) || !digits(t, 3, 2, &mi) || !digits(t, 6, 2, &sec))
        return false;
    int offset = 0;
    if (parts.size() >= 6) {
        QStringView z = parts[5];
        if (z.startsWith(QLatin1String("GMT")) || z.startsWith(QLatin1String("UTC")))
            z = z.mid(3);
        if (!z.isEmpty() && parseOffset(z, 0, &offset) != z.size())
            return false;
    }
    bool ok = false;
    *epochMs = toEpochMs(y, mo, d, h, mi, sec, 0, offset, &ok);
    return ok;
}

} // namespace

bool TimestampParser::parse(QStringView text, qint64 *epochMs)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return false;
    if (s[0].isDigit() && s.size() >= 5 && s[4] == u'-')
        return parseIsoLike(s, epochMs);
    if (s[0].isDigit()) {
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (!ok || v < 0)
            return false;
        // Heuristic by magnitude: epoch seconds stay below 1e11 until the year 5138.
        const double ms = v < 1e11 ? v * 1000.0 : v;
        if (!(ms <= double(LastMs)))
            return false; // also keeps the conversion below from overflowing
        *epochMs = qint64(ms);
        return true;
    }
    return parseJsDate(s, epochMs);
}

QString TimestampParser::toIso(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace ShadowOptic
