// SPDX-License-Identifier: MIT
#include "charts/forestplot.h"
#include "charts/precisionchart.h"
#include "recommend/recommendation.h"

#include <QFontMetrics>
#include <QImage>
#include <QTest>

using namespace ShadowOptic;

namespace {

// Hidden widgets get their resize events only when shown: lay out for real.
void showAt(QWidget *w, int width, int height)
{
    w->resize(width, height);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCOMPARE(w->width(), width);
}

RecommendationCandidate verified(const QString &model, NonInferiorityVerdict verdict, double lower, double estimate,
                                 double upper)
{
    RecommendationCandidate c;
    c.model = model;
    c.stage = RecommendationCandidate::Stage::Verified;
    c.verdict = verdict;
    c.evidence.pairs = 80;
    c.evidence.qualityPairs = 78;
    c.evidence.quality.interval = ConfidenceInterval { estimate, lower, upper, 0.95 };
    c.evidence.quality.threshold = -5.0;
    c.evidence.quality.verdict = verdict;
    // Two rounds: the interval was twice as wide after the first.
    const double half = (upper - lower) / 2.0;
    c.history.append({ 1, 20, 0.02, ConfidenceInterval { estimate, estimate - 2 * half, estimate + 2 * half, 0.95 } });
    c.history.append({ 2, 78, 0.06, ConfidenceInterval { estimate, lower, upper, 0.95 } });
    return c;
}

} // namespace

/** The forest plot of a recommendation with three verified candidates (pass, fail, not decisive) and one excluded:
 *  names never cut off, bars inside the plot on the right side of the margin line, verdicts in their colours. */
class TestForestPlot : public QObject
{
    Q_OBJECT

private:
    static Recommendation sample()
    {
        Recommendation r;
        r.status = Recommendation::Status::NotDecisive;
        r.currentModel = QStringLiteral("gpt-4o");
        r.thresholds.maxQualityDropPercent = 5.0;
        r.candidates.append(verified(QStringLiteral("gpt-4.1-mini"), NonInferiorityVerdict::Pass, -2.0, 1.0, 4.0));
        r.candidates.append(
            verified(QStringLiteral("claude-3-5-haiku-20241022"), NonInferiorityVerdict::Fail, -19.0, -14.0, -9.0));
        RecommendationCandidate open
            = verified(QStringLiteral("gpt-4o-mini"), NonInferiorityVerdict::Inconclusive, -8.5, -4.0, 0.5);
        open.morePrompts = 733;
        open.moreCostUsd = 13.01;
        r.candidates.append(open);
        RecommendationCandidate excluded;
        excluded.model = QStringLiteral("o1-pro");
        excluded.stage = RecommendationCandidate::Stage::Excluded;
        r.candidates.append(excluded);
        return r;
    }

private slots:
    void rows()
    {
        ForestPlot plot;
        plot.setRecommendation(sample());
        QCOMPARE(plot.rowCount(), 3);
        QCOMPARE(plot.models(),
                 QStringList({ QStringLiteral("gpt-4.1-mini"), QStringLiteral("claude-3-5-haiku-20241022"),
                               QStringLiteral("gpt-4o-mini") }));
        QVERIFY(plot.minimumSizeHint().height() >= 3 * plot.fontMetrics().height());
        QVERIFY(plot.sizeHint().width() >= plot.minimumSizeHint().width());
    }

    void geometry_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("dock 1280") << 640;
        QTest::newRow("dock 1600") << 900;
        QTest::newRow("size hint") << 0;
    }

    void geometry()
    {
        QFETCH(int, width);
        ForestPlot plot;
        plot.setRecommendation(sample());
        showAt(&plot, width > 0 ? width : plot.sizeHint().width(), plot.sizeHint().height());
        QVERIFY(plot.verdictRect(0).right() > plot.width() - 20); // laid out at this width, not the default
        const QFontMetrics fm = plot.fontMetrics();
        const QRectF area = plot.plotRect();
        QVERIFY(area.width() >= 160);
        QVERIFY(area.right() <= plot.width());
        QVERIFY(area.bottom() <= plot.height());

        const double marginX = plot.xForValue(-5.0);
        const double zeroX = plot.xForValue(0.0);
        QVERIFY(marginX > area.left() && marginX < zeroX && zeroX < area.right());
        // The margin's label stands centred over its line, inside the widget.
        QVERIFY(plot.marginLabelRect().left() >= 0 && plot.marginLabelRect().right() <= plot.width());
        QVERIFY(qAbs(plot.marginLabelRect().center().x() - marginX) < 1.0);
        QVERIFY(plot.marginLabelRect().bottom() <= area.top());

        for (int row = 0; row < plot.rowCount(); ++row) {
            const QString model = plot.models().at(row);
            QCOMPARE(plot.labelText(row), model); // wide enough: never elided
            const QRectF label = plot.labelRect(row);
            QVERIFY2(label.width() >= fm.horizontalAdvance(model), qPrintable(model));
            QVERIFY(label.left() >= 0);
            QVERIFY(plot.namesBesideBars()); // both dock widths leave room beside the bars
            QVERIFY2(label.right() < area.left(), qPrintable(model));
            const QRectF bar = plot.barRect(row);
            QVERIFY2(bar.left() >= area.left() - 0.5 && bar.right() <= area.right() + 0.5, qPrintable(model));
            QVERIFY(bar.top() >= area.top() && bar.bottom() <= area.bottom());
            const QRectF verdict = plot.verdictRect(row);
            QVERIFY(verdict.left() > area.right());
            QVERIFY(verdict.right() <= plot.width());
            QFont bold = plot.font();
            bold.setBold(true);
            QVERIFY(verdict.width() >= QFontMetrics(bold).horizontalAdvance(
                        Recommendation::verdictText(row == 0       ? NonInferiorityVerdict::Pass
                                                        : row == 1 ? NonInferiorityVerdict::Fail
                                                                   : NonInferiorityVerdict::Inconclusive)));
            if (row > 0)
                QVERIFY(plot.barRect(row).top() >= plot.barRect(row - 1).bottom());
        }
        // Pass lies right of the margin, fail left of it, not decisive across it (and across zero).
        QVERIFY(plot.barRect(0).left() > marginX);
        QVERIFY(plot.barRect(1).right() < marginX);
        QVERIFY(plot.barRect(2).left() < marginX && plot.barRect(2).right() > marginX);
        QVERIFY(plot.barRect(2).right() > zeroX);
        QVERIFY(qAbs(plot.barRect(2).left() - plot.xForValue(-8.5)) < 0.5);
    }

    void narrow()
    {
        ForestPlot plot;
        plot.setRecommendation(sample());
        // At the minimum width the names move above their bars, whole.
        showAt(&plot, plot.minimumSizeHint().width(), plot.minimumSizeHint().height());
        QVERIFY(!plot.namesBesideBars());
        for (int row = 0; row < plot.rowCount(); ++row) {
            QCOMPARE(plot.labelText(row), plot.models().at(row));
            QVERIFY(plot.labelRect(row).right() <= plot.width());
            QVERIFY(plot.labelRect(row).bottom() <= plot.barRect(row).top());
            QVERIFY(plot.barRect(row).left() >= plot.plotRect().left() - 0.5);
            QVERIFY(plot.verdictRect(row).right() <= plot.width());
            if (row > 0)
                QVERIFY(plot.labelRect(row).top() >= plot.barRect(row - 1).bottom());
        }
        // Narrower than any sensible size: only then a name is elided, and the tooltip still names it.
        showAt(&plot, 140, plot.minimumSizeHint().height());
        QVERIFY(plot.labelText(1) != plot.models().at(1));
        QVERIFY(plot.labelRect(1).right() <= plot.width());
        QVERIFY(plot.toolTipText(1).contains(QStringLiteral("claude-3-5-haiku-20241022")));
        QVERIFY(plot.toolTipText(2).contains(QStringLiteral("733")));
        showAt(&plot, plot.sizeHint().width(), plot.sizeHint().height());
        QVERIFY(plot.namesBesideBars());
        QCOMPARE(plot.labelText(1), plot.models().at(1));
    }

    void paintsVerdictColours()
    {
        ForestPlot plot;
        plot.setRecommendation(sample());
        plot.resize(plot.sizeHint());
        const QImage image = plot.grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        for (int row = 0; row < plot.rowCount(); ++row) {
            const QRectF bar = plot.barRect(row);
            // A quarter into the bar, away from the estimate's dot.
            const QPointF at(bar.left() + 3, bar.center().y());
            const QColor expected = ForestPlot::verdictColor(row == 0       ? NonInferiorityVerdict::Pass
                                                                 : row == 1 ? NonInferiorityVerdict::Fail
                                                                            : NonInferiorityVerdict::Inconclusive,
                                                             plot.palette());
            QCOMPARE(image.pixelColor((at * dpr).toPoint()).rgb(), expected.rgb());
        }
    }

    void themes()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        for (const NonInferiorityVerdict v :
             { NonInferiorityVerdict::Pass, NonInferiorityVerdict::Fail, NonInferiorityVerdict::Inconclusive }) {
            // Lighter on dark, darker on light.
            QVERIFY(ForestPlot::verdictColor(v, dark).lightness() > ForestPlot::verdictColor(v, light).lightness());
        }
    }

    void empty()
    {
        ForestPlot plot;
        plot.setRecommendation(Recommendation());
        QCOMPARE(plot.rowCount(), 0);
        plot.resize(plot.sizeHint());
        QVERIFY(!plot.grab().isNull());
    }

    void precisionChart()
    {
        PrecisionChart chart;
        chart.setRecommendation(sample());
        QCOMPARE(chart.seriesCount(), 3);
        showAt(&chart, 640, 320);
        const QRectF area = chart.plotRect();
        QVERIFY(area.width() > 300 && area.height() > 100);
        // Every round's bounds inside the plot, the later round to the right and narrower.
        const Recommendation r = sample();
        for (int i = 0; i < 3; ++i) {
            const auto &h = r.candidates.at(i).history;
            for (const RecommendationCandidate::Round &round : h) {
                QVERIFY(area.adjusted(-0.5, -0.5, 0.5, 0.5)
                            .contains(chart.pointFor(round.spentUsd, round.qualityDeltaPercent.lower)));
                QVERIFY(area.adjusted(-0.5, -0.5, 0.5, 0.5)
                            .contains(chart.pointFor(round.spentUsd, round.qualityDeltaPercent.upper)));
            }
        }
        const QList<QRectF> legend = chart.legendRects();
        QCOMPARE(legend.size(), 3);
        for (int i = 0; i < legend.size(); ++i) {
            QVERIFY(legend.at(i).top() > area.bottom());
            QVERIFY(legend.at(i).right() <= chart.width() && legend.at(i).bottom() <= chart.height());
            for (int j = i + 1; j < legend.size(); ++j)
                QVERIFY(!legend.at(i).intersects(legend.at(j)));
        }
        showAt(&chart, 300, 320); // narrow: the legend wraps instead of running off
        QVERIFY(chart.legendRects().constLast().top() > chart.legendRects().constFirst().top());
        for (const QRectF &rect : chart.legendRects())
            QVERIFY(rect.right() <= chart.width());
        QVERIFY(!chart.grab().isNull());
    }
};

QTEST_MAIN(TestForestPlot)
#include "tst_forestplot.moc"
