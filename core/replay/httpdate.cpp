// SPDX-License-Identifier: MIT
#include "httpdate.h"

#include <QRegularExpression>

namespace ShadowOptic {

namespace {

int monthNumber(QStringView name)
{
    static constexpr const char *months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (int i = 0; i < 12; ++i)
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 0;
}

QDateTime utc(int year, QStringView month, int day, const QRegularExpressionMatch &m, int firstTimeGroup)
{
    const QDate date(year, monthNumber(month), day);
    const QTime time(m.captured(firstTimeGroup).toInt(), m.captured(firstTimeGroup + 1).toInt(),
                     m.captured(firstTimeGroup + 2).toInt());
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime HttpDate::parse(const QByteArray &text, const QDateTime &nowUtc)
{
    // Day names are redundant with the date and not checked against it; case is forgiven, as it is harmless.
    constexpr auto options = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression imfFixdate(
        QStringLiteral("^[a-z]{3}, (\\d{2}) ([a-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) "
                       "(?:GMT|([+-])(\\d{2})([0-5]\\d))$"),
        options);
    static const QRegularExpression rfc850(
        QStringLiteral("^[a-z]{6,9}, (\\d{2})-([a-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"), options);
    static const QRegularExpression asctime(
        QStringLiteral("^[a-z]{3} ([a-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"), options);

    const QString s = QString::fromLatin1(text.trimmed());
    QRegularExpressionMatch m = imfFixdate.match(s);
    if (m.hasMatch()) {
        const QDateTime when = utc(m.captured(3).toInt(), m.capturedView(2), m.captured(1).toInt(), m, 4);
        if (!m.hasCaptured(7))
            return when;
        // A numeric zone instead of GMT: not an HTTP-date, but some servers send one.
        const int offset = (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60)
            * (m.capturedView(7) == QLatin1String("-") ? -1 : 1);
        return when.isValid() ? when.addSecs(-offset) : QDateTime();
    }
    m = rfc850.match(s);
    if (m.hasMatch()) {
        // RFC 9110: a two-digit year that looks more than 50 years ahead belongs to the previous century.
        const int nowYear = nowUtc.toUTC().date().year();
        int year = nowYear - nowYear % 100 + m.captured(3).toInt();
        if (year > nowYear + 50)
            year -= 100;
        return utc(year, m.capturedView(2), m.captured(1).toInt(), m, 4);
    }
    m = asctime.match(s);
    if (m.hasMatch())
        return utc(m.captured(6).toInt(), m.capturedView(1), m.captured(2).trimmed().toInt(), m, 3);
    return QDateTime();
}

} // namespace ShadowOptic
