// SPDX-License-Identifier: MIT
#include "replay/httpdate.h"

#include <QTest>

using namespace ShadowOptic;

class TestHttpDate : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: rejected
        const QDateTime rfcExample = utc(1994, 11, 6, 8, 49, 37);
        // The three forms of RFC 9110 §5.6.7, with its own example.
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
        QTest::newRow("asctime, two-digit day")
            << QByteArray("Fri Nov 25 08:49:37 1994") << utc(1994, 11, 25, 8, 49, 37);
        QTest::newRow("surrounding spaces") << QByteArray(" Sun, 06 Nov 1994 08:49:37 GMT\t") << rfcExample;
        QTest::newRow("lower case") << QByteArray("sun, 06 nov 1994 08:49:37 gmt") << rfcExample;
        QTest::newRow("end of a year") << QByteArray("Wed, 31 Dec 2025 23:59:59 GMT") << utc(2025, 12, 31, 23, 59, 59);
        QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 00:00:00 GMT") << utc(2024, 2, 29, 0, 0, 0);
        QTest::newRow("numeric zone") << QByteArray("Sun, 06 Nov 1994 09:49:37 +0100") << rfcExample;
        QTest::newRow("negative numeric zone") << QByteArray("Sun, 06 Nov 1994 03:19:37 -0530") << rfcExample;
        QTest::newRow("RFC 850, this century")
            << QByteArray("Wednesday, 21-Oct-26 07:28:00 GMT") << utc(2026, 10, 21, 7, 28, 0);
        QTest::newRow("RFC 850, 50 years ahead stays")
            << QByteArray("Monday, 01-Jan-76 00:00:00 GMT") << utc(2076, 1, 1, 0, 0, 0);
        QTest::newRow("RFC 850, further ahead is the last century")
            << QByteArray("Monday, 01-Jan-77 00:00:00 GMT") << utc(1977, 1, 1, 0, 0, 0);

        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("seconds") << QByteArray("120") << QDateTime();
        QTest::newRow("day 32") << QByteArray("Wed, 32 Oct 2026 07:28:00 GMT") << QDateTime();
        QTest::newRow("30 February") << QByteArray("Mon, 30 Feb 2026 07:28:00 GMT") << QDateTime();
        QTest::newRow("hour 24") << QByteArray("Wed, 21 Oct 2026 24:00:00 GMT") << QDateTime();
        QTest::newRow("unknown month") << QByteArray("Wed, 21 Okt 2026 07:28:00 GMT") << QDateTime();
        QTest::newRow("two-digit year in IMF-fixdate") << QByteArray("Wed, 21 Oct 26 07:28:00 GMT") << QDateTime();
        QTest::newRow("trailing text") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT later") << QDateTime();
        QTest::newRow("ISO 8601") << QByteArray("2026-10-21T07:28:00Z") << QDateTime();
        // Qt's RFC2822Date takes these; no server means them.
        QTest::newRow("no zone") << QByteArray("Wed, 21 Oct 2026 07:28:00") << QDateTime();
        QTest::newRow("no time") << QByteArray("Wed, 21 Oct 2026") << QDateTime();
        QTest::newRow("zone name other than GMT") << QByteArray("Wed, 21 Oct 2026 07:28:00 PST") << QDateTime();
        QTest::newRow("numeric zone, 60 minutes") << QByteArray("Wed, 21 Oct 2026 07:28:00 +0060") << QDateTime();
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const QDateTime now = utc(2026, 12, 3, 12, 0, 0);
        const QDateTime parsed = HttpDate::parse(text, now);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_httpdate.moc"
