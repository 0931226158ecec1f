// SPDX-License-Identifier: MIT
#include "replay/replayoptions.h"
#include "replay/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace ShadowOptic;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    // The IMF-fixdate form of RFC 9110 (always English names and "GMT").
    static QByteArray httpDate(const QDateTime &utc)
    {
        return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }

private slots:
    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("network error") << 0 << true << true;
        QTest::newRow("no status, no error") << 0 << false << false;
        QTest::newRow("408") << 408 << false << true;
        QTest::newRow("409") << 409 << false << true;
        QTest::newRow("429") << 429 << false << true;
        QTest::newRow("500") << 500 << false << true;
        QTest::newRow("503") << 503 << false << true;
        QTest::newRow("599") << 599 << false << true;
        QTest::newRow("500 with a network error") << 500 << true << true;
        QTest::newRow("200") << 200 << false << false;
        QTest::newRow("246") << 246 << false << false;
        QTest::newRow("400") << 400 << false << false;
        QTest::newRow("401") << 401 << false << false;
        QTest::newRow("403") << 403 << false << false;
        QTest::newRow("404") << 404 << false << false;
        QTest::newRow("446 guardrail") << 446 << false << false;
        QTest::newRow("499") << 499 << false << false;
        QTest::newRow("600") << 600 << false << false;
        QTest::newRow("404 with a network error") << 404 << true << false; // an HTTP answer decides
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(bool, networkError);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryable(status, networkError), retryable);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expected");
        // 0.5 s × 2^(attempt-1), capped at 8 s; half fixed, half scaled by the jitter.
        QTest::newRow("1, no jitter") << 1 << 0.0 << 250;
        QTest::newRow("1, half jitter") << 1 << 0.5 << 375;
        QTest::newRow("1, max jitter") << 1 << 0.999 << 499;
        QTest::newRow("2") << 2 << 0.0 << 500;
        QTest::newRow("3") << 3 << 0.0 << 1000;
        QTest::newRow("4, max jitter") << 4 << 0.999 << 3998;
        QTest::newRow("5 reaches the cap") << 5 << 0.0 << 4000;
        QTest::newRow("6 stays at the cap") << 6 << 0.0 << 4000;
        QTest::newRow("30 stays at the cap") << 30 << 0.999 << 7996;
        QTest::newRow("0 counts as the first") << 0 << 0.0 << 250;
        QTest::newRow("negative counts as the first") << -3 << 0.0 << 250;
    }
    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(double, jitter);
        QFETCH(int, expected);
        QCOMPARE(RetryPolicy::delayMs(ReplayOptions(), attempt, {}, {}, jitter), expected);
    }

    void backoffFollowsTheOptions()
    {
        ReplayOptions o;
        o.backoffBaseSeconds = 1.0;
        o.backoffCapSeconds = 3.0;
        QCOMPARE(RetryPolicy::delayMs(o, 1, {}, {}, 0.0), 500);
        QCOMPARE(RetryPolicy::delayMs(o, 2, {}, {}, 0.0), 1000);
        QCOMPARE(RetryPolicy::delayMs(o, 3, {}, {}, 0.0), 1500); // 4 s capped at 3 s
        QCOMPARE(RetryPolicy::delayMs(o, 3, {}, {}, 0.999), 2998);
    }

    void backoffNeverCollapsesToZero()
    {
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const int lo = RetryPolicy::delayMs(ReplayOptions(), attempt, {}, {}, 0.0);
            const int hi = RetryPolicy::delayMs(ReplayOptions(), attempt, {}, {}, 0.999999);
            QVERIFY(lo > 0);
            QVERIFY(hi >= lo);
            QVERIFY(hi < 2 * lo + 1);
            QVERIFY(hi <= 8000);
        }
    }

    void serverHints_data()
    {
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expected");
        QTest::newRow("retry-after-ms") << QByteArray("1500") << QByteArray() << 1500;
        QTest::newRow("retry-after-ms fractional") << QByteArray("12.7") << QByteArray() << 12;
        QTest::newRow("retry-after-ms wins over retry-after") << QByteArray("200") << QByteArray("9") << 200;
        QTest::newRow("retry-after-ms zero") << QByteArray("0") << QByteArray() << 0;
        QTest::newRow("retry-after-ms capped at 60 s") << QByteArray("90000") << QByteArray() << 60000;
        QTest::newRow("retry-after-ms trimmed") << QByteArray(" 750 ") << QByteArray() << 750;
        QTest::newRow("negative retry-after-ms falls through") << QByteArray("-5") << QByteArray("2") << 2000;
        QTest::newRow("garbage retry-after-ms falls through") << QByteArray("soon") << QByteArray("3") << 3000;
        QTest::newRow("retry-after seconds") << QByteArray() << QByteArray("2") << 2000;
        QTest::newRow("retry-after fractional") << QByteArray() << QByteArray("2.5") << 2500;
        QTest::newRow("retry-after capped at 60 s") << QByteArray() << QByteArray("3600") << 60000;
        QTest::newRow("retry-after trimmed") << QByteArray() << QByteArray("\t4 ") << 4000;
        QTest::newRow("negative retry-after uses the backoff") << QByteArray() << QByteArray("-1") << 250;
        QTest::newRow("garbage retry-after uses the backoff") << QByteArray() << QByteArray("later") << 250;
        QTest::newRow("blank headers use the backoff") << QByteArray("  ") << QByteArray("  ") << 250;
    }
    void serverHints()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expected);
        QCOMPARE(RetryPolicy::delayMs(ReplayOptions(), 1, retryAfterMs, retryAfter, 0.0), expected);
    }

    void serverHintCapFollowsTheOptions()
    {
        ReplayOptions o;
        o.retryAfterCapSeconds = 5.0;
        QCOMPARE(RetryPolicy::delayMs(o, 1, "9000", {}, 0.0), 5000);
        QCOMPARE(RetryPolicy::delayMs(o, 1, {}, "10", 0.0), 5000);
        QCOMPARE(RetryPolicy::delayMs(o, 1, {}, "4", 0.0), 4000);
    }

    void retryAfterHttpDateInTheFuture()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(20);
        const QByteArray header = httpDate(when);
        const int ms = RetryPolicy::delayMs(ReplayOptions(), 1, {}, header, 0.0);
        // Whole seconds in the header, and time passes while the test runs.
        QVERIFY2(ms > 18000 && ms <= 20000,
                 qPrintable(QStringLiteral("%1 for %2").arg(ms).arg(QString::fromLatin1(header))));
    }

    void retryAfterHttpDateIsCapped()
    {
        const QByteArray header = httpDate(QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(RetryPolicy::delayMs(ReplayOptions(), 1, {}, header, 0.0), 60000);
    }

    void retryAfterHttpDateInThePastMeansNow()
    {
        QCOMPARE(RetryPolicy::delayMs(ReplayOptions(), 1, {}, "Wed, 21 Oct 2015 07:28:00 GMT", 0.0), 0);
    }

    // The obsolete forms RFC 9110 still asks recipients to accept.
    void retryAfterObsoleteHttpDates_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("RFC 850") << QStringLiteral("dddd, dd-MMM-yy hh:mm:ss 'GMT'");
        QTest::newRow("asctime") << QStringLiteral("ddd MMM d hh:mm:ss yyyy");
    }
    void retryAfterObsoleteHttpDates()
    {
        QFETCH(QString, format);
        QDateTime when = QDateTime::currentDateTimeUtc().addSecs(30);
        QString text = QLocale::c().toString(when, format);
        if (format.startsWith(QLatin1String("ddd MMM")) && when.date().day() < 10)
            text.insert(8, QLatin1Char(' ')); // asctime pads the day with a space: "Sun Nov  6 ..."
        const int ms = RetryPolicy::delayMs(ReplayOptions(), 1, {}, text.toLatin1(), 0.0);
        QVERIFY2(ms > 28000 && ms <= 30000, qPrintable(QStringLiteral("%1 for %2").arg(ms).arg(text)));
    }

    void retryAfterNumericZoneDate()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(10);
        const QByteArray header
            = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss '+0000'")).toLatin1();
        const int ms = RetryPolicy::delayMs(ReplayOptions(), 1, {}, header, 0.0);
        QVERIFY2(ms > 8000 && ms <= 10000,
                 qPrintable(QStringLiteral("%1 for %2").arg(ms).arg(QString::fromLatin1(header))));
    }

    void malformedHttpDateUsesTheBackoff_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("day 32") << QByteArray("Wed, 32 Oct 2026 07:28:00 GMT");
        QTest::newRow("hour 25") << QByteArray("Wed, 21 Oct 2026 25:28:00 GMT");
        QTest::newRow("unknown month") << QByteArray("Wed, 21 Okt 2026 07:28:00 GMT");
        QTest::newRow("no zone") << QByteArray("Wed, 21 Oct 2026 07:28:00");
        QTest::newRow("other zone name") << QByteArray("Wed, 21 Oct 2026 07:28:00 PST");
        QTest::newRow("date only") << QByteArray("Wed, 21 Oct 2026");
    }
    void malformedHttpDateUsesTheBackoff()
    {
        QFETCH(QByteArray, header);
        QCOMPARE(RetryPolicy::delayMs(ReplayOptions(), 1, {}, header, 0.0), 250);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
