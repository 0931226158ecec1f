// SPDX-License-Identifier: MIT
// The Trade-off chart names every point; close models used to write their names over each other.
#include "charts/tradeoffchart.h"

#include <QChart>
#include <QTest>

using namespace ShadowOptic;

class TestTradeoffChart : public QObject
{
    Q_OBJECT

    static ModelAggregate point(const char *model, double costPer1k, double quality, bool logged = false)
    {
        ModelAggregate a;
        a.model = QString::fromLatin1(model);
        a.source = logged ? AnswerSource::Value::Baseline : AnswerSource::Value::Replay;
        a.samples = a.successes = 40;
        a.costPerRequest = costPer1k / 1000.0;
        a.quality.estimate = quality;
        a.quality.lower = quality - 2.0;
        a.quality.upper = quality + 2.0;
        return a;
    }

private slots:
    // The demo's twelve models: several within a few pixels of each other.
    void namesDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("dock at 1280x800") << QSize(470, 430);
        QTest::newRow("dock at 1600x1000") << QSize(700, 520);
    }
    void namesDoNotOverlap()
    {
        QFETCH(QSize, size);
        QList<ModelAggregate> models {
            point("gpt-4o", 6.5, 89.2),
            point("gpt-4.1-mini", 0.8, 86.3),
            point("gpt-4o-mini", 0.27, 85.4),
            point("gpt-4.1-nano", 0.13, 69.8),
            point("gpt-4o-mini", 0.26, 86.9, true),
            point("gpt-4o", 7.0, 88.0, true),
            point("claude-3-5-sonnet-20241022", 8.6, 90.5, true),
            point("claude-3-5-haiku-20241022", 1.4, 83.8, true),
            point("gpt-3.5-turbo", 0.55, 75.0, true),
            point("gpt-4-turbo", 18.0, 80.0, true),
            point("o4-mini", 9.0, 89.6, true),
            point("claude-3-5-sonnet-20241022", 8.0, 90.0),
        };
        models.first().isCurrent = true;
        TradeoffChart chart;
        chart.resize(size);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setAggregates(models);
        QTest::qWait(50); // the plot area settles after the first layout
        const QList<QRectF> labels = chart.labelRects();
        QCOMPARE(labels.size(), models.size());
        int overlapping = 0;
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                overlapping += labels.at(i).intersects(labels.at(j)) ? 1 : 0;
        QCOMPARE(overlapping, 0);
        const QRectF scene = chart.chart()->rect();
        for (const QRectF &r : labels)
            QVERIFY2(scene.contains(r),
                     qPrintable(QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
    }
};

QTEST_MAIN(TestTradeoffChart)
#include "tst_tradeoffchart.moc"
