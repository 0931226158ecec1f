// SPDX-License-Identifier: MIT
#include "domain/timestampparser.h"

#include <QTest>

using namespace ShadowOptic;

class TestTimestampParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ms");
        const qint64 base = 1705314600000LL; // 2024-01-15T10:30:00Z
        QTest::newRow("iso Z millis") << "2024-01-15T10:30:00.000Z" << true << base;
        QTest::newRow("iso no zone") << "2024-01-15T10:30:00.000" << true << base;
        QTest::newRow("iso offset") << "2024-01-15T12:30:00+02:00" << true << base;
        QTest::newRow("iso offset no colon") << "2024-01-15T05:30:00-0500" << true << base;
        QTest::newRow("space form") << "2024-01-15 10:30:00" << true << base;
        QTest::newRow("micros") << "2024-01-15T10:30:00.123456Z" << true << base + 123;
        QTest::newRow("js Date") << "Mon Jan 15 2024 10:30:00 GMT+0000 (Coordinated Universal Time)" << true << base;
        QTest::newRow("js Date CET") << "Mon Jan 15 2024 11:30:00 GMT+0100 (Central European Standard Time)" << true
                                     << base;
        QTest::newRow("epoch s") << "1705314600" << true << base;
        QTest::newRow("epoch ms") << "1705314600000" << true << base;
        QTest::newRow("date only") << "2024-01-15" << true << base - (10 * 3600 + 30 * 60) * 1000LL;
        QTest::newRow("garbage") << "yesterday" << false << qint64(0);
        QTest::newRow("bad month") << "2024-13-15T10:30:00Z" << false << qint64(0);
        QTest::newRow("trailing junk") << "2024-01-15T10:30:00Zabc" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, ms);
        qint64 out = 0;
        QCOMPARE(TimestampParser::parse(text, &out), ok);
        if (ok)
            QCOMPARE(out, ms);
    }
};

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
