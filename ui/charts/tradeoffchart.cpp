// SPDX-License-Identifier: MIT
#include "tradeoffchart.h"

#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ShadowOptic {

namespace {

// Cost is plotted per 1K requests: per-request prices of small models are fractions of a cent.
double costAxisValue(const ModelAggregate &a)
{
    return a.costPer1kRequests();
}

bool plottable(const ModelAggregate &a)
{
    return a.quality.isValid() && a.successes > 0 && a.priced && costAxisValue(a) > 0.0;
}

const QList<QColor> &modelColors()
{
    static const QList<QColor> colors { QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                        QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
                                        QColor(0x7f, 0x7f, 0x7f), QColor(0xe3, 0x77, 0xc2) };
    return colors;
}

} // namespace

TradeoffChart::TradeoffChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setTitle(tr("Cost vs quality"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(360, 260);
    connect(m_chart, &QChart::plotAreaChanged, this, &TradeoffChart::placeLabels);
}

TradeoffChart::~TradeoffChart() = default;

QChart *TradeoffChart::chart() const
{
    return m_chart;
}

void TradeoffChart::clear()
{
    ChartStyle::clear(m_chart);
    m_plotted.clear();
    m_pareto = nullptr;
    for (const Label &l : std::as_const(m_labels))
        delete l.text;
    m_labels.clear();
}

void TradeoffChart::setAggregates(const QList<ModelAggregate> &aggregates)
{
    clear();
    for (const ModelAggregate &a : aggregates) {
        if (plottable(a))
            m_plotted.append(a);
    }
    if (m_plotted.isEmpty()) {
        m_chart->setTitle(tr("Cost vs quality: no judged answers yet"));
        return;
    }
    m_chart->setTitle(tr("Cost vs quality (95% CI bars, Pareto frontier dashed)"));

    double minX = costAxisValue(m_plotted.first());
    double maxX = minX;
    double minY = 100.0;
    double maxY = 0.0;
    for (const ModelAggregate &a : std::as_const(m_plotted)) {
        minX = std::min(minX, costAxisValue(a));
        maxX = std::max(maxX, costAxisValue(a));
        minY = std::min(minY, a.quality.lower);
        maxY = std::max(maxY, a.quality.upper);
    }
    const bool logScale = maxX / minX > 8.0;
    QAbstractAxis *axisX;
    if (logScale) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10.0);
        axis->setMinorTickCount(8);
        axis->setLabelFormat(QStringLiteral("$%.3g"));
        axis->setRange(minX / 1.6, maxX * 1.6);
        axis->setTitleText(tr("Cost per 1K requests (USD, log scale)"));
        axisX = axis;
    } else {
        auto *axis = new QValueAxis;
        const double pad = std::max((maxX - minX) * 0.15, maxX * 0.05);
        axis->setRange(std::max(0.0, minX - pad), maxX + pad);
        axis->setLabelFormat(QStringLiteral("$%.3g"));
        axis->applyNiceNumbers();
        axis->setTitleText(tr("Cost per 1K requests (USD)"));
        axisX = axis;
    }
    auto *axisY = new QValueAxis;
    axisY->setRange(std::max(0.0, std::floor(minY - 4.0)), std::min(100.0, std::ceil(maxY + 4.0)));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("Mean quality (judge, 0–100)"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);

    auto attach = [this, axisX, axisY](QAbstractSeries *series, bool inLegend) {
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        if (!inLegend) {
            for (QLegendMarker *marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        }
    };

    // Pareto frontier first, so the points sit on top of it.
    QList<QPointF> frontier;
    for (const ModelAggregate &a : std::as_const(m_plotted)) {
        if (a.onParetoFrontier)
            frontier.append({ costAxisValue(a), a.quality.estimate });
    }
    std::sort(frontier.begin(), frontier.end(), [](const QPointF &l, const QPointF &r) { return l.x() < r.x(); });
    m_pareto = new QLineSeries(m_chart);
    m_pareto->setName(tr("Pareto frontier"));
    QPen paretoPen(QColor(0xd6, 0x27, 0x28));
    paretoPen.setWidthF(2.0);
    paretoPen.setStyle(Qt::DashLine);
    m_pareto->setPen(paretoPen);
    m_pareto->replace(frontier);
    attach(m_pareto, true);

    const double capFactor = logScale ? 1.06 : 1.0;
    const double capWidth = logScale ? 0.0 : (maxX - minX + maxX * 0.1) * 0.012;
    int colorIndex = 0;
    for (int i = 0; i < m_plotted.size(); ++i) {
        const ModelAggregate &a = m_plotted.at(i);
        const double x = costAxisValue(a);
        const QColor color
            = a.isCurrent ? QColor(0xff, 0x7f, 0x0e) : modelColors().at(colorIndex++ % modelColors().size());
        const double left = logScale ? x / capFactor : x - capWidth;
        const double right = logScale ? x * capFactor : x + capWidth;

        auto *bar = new QLineSeries(m_chart);
        bar->setPen(QPen(color, 1.5));
        bar->replace({ { left, a.quality.lower },
                       { right, a.quality.lower },
                       { x, a.quality.lower },
                       { x, a.quality.upper },
                       { left, a.quality.upper },
                       { right, a.quality.upper } });
        attach(bar, false);

        auto *point = new QScatterSeries(m_chart);
        point->setName(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label());
        point->setColor(color);
        if (a.isCurrent) {
            point->setMarkerShape(QScatterSeries::MarkerShapeStar);
            point->setMarkerSize(22.0);
            point->setBorderColor(QColor(0x60, 0x30, 0x00));
        } else if (a.source != AnswerSource::Value::Replay) {
            point->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            point->setMarkerSize(11.0);
            point->setBorderColor(color.darker(150));
        } else {
            point->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            point->setMarkerSize(13.0);
            point->setBorderColor(color.darker(150));
        }
        point->append(x, a.quality.estimate);
        attach(point, false); // every point carries its name; a legend of ten elided names said nothing
        // Qt Charts puts every point label above its point, so close models wrote over each other; the names are
        // placed by placeLabels() instead, each where it collides with nothing.
        auto *text = new QGraphicsSimpleTextItem(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label(), m_chart);
        QFont labelFont = text->font();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
        labelFont.setBold(a.isCurrent);
        text->setFont(labelFont);
        text->setBrush(palette().color(QPalette::WindowText));
        text->setZValue(10);
        m_labels.append({ point, text, QPointF(x, a.quality.estimate), a.isCurrent });

        connect(point, &QScatterSeries::hovered, this,
                [this, i](const QPointF &, bool state) { showTip(m_plotted.at(i), state); });
        connect(point, &QScatterSeries::clicked, this,
                [this, i](const QPointF &) { emit modelClicked(m_plotted.at(i).label()); });
    }
    placeLabels();
}

void TradeoffChart::placeLabels()
{
    const QRectF area = m_chart->plotArea();
    if (m_labels.isEmpty() || area.isEmpty())
        return;
    // Markers are obstacles too; the current model is placed first, then the rest from the top of the plot down.
    QList<QRectF> taken;
    for (const Label &l : std::as_const(m_labels)) {
        const QPointF p = m_chart->mapToPosition(l.value, l.point);
        taken.append(QRectF(p - QPointF(7, 7), QSizeF(14, 14)));
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const Label &l = m_labels.at(a), &r = m_labels.at(b);
        return l.current != r.current ? l.current : l.value.y() > r.value.y();
    });
    // Names may run into the margins around the plot, not off the chart.
    const QRectF bounds = m_chart->rect().adjusted(2, 2, -2, -2);
    for (qsizetype i : std::as_const(order)) {
        const Label &l = m_labels.at(i);
        const QPointF p = m_chart->mapToPosition(l.value, l.point);
        const QSizeF size = l.text->boundingRect().size();
        const qreal w = size.width(), h = size.height();
        // Nearest first: beside the point, then above or below it, then further out in steps of a line.
        QList<QPointF> candidates { { p.x() + 9, p.y() - h - 1 },     { p.x() + 9, p.y() + 1 },
                                    { p.x() - 9 - w, p.y() - h - 1 }, { p.x() - 9 - w, p.y() + 1 },
                                    { p.x() - w / 2, p.y() - h - 9 }, { p.x() - w / 2, p.y() + 9 },
                                    { p.x() + 9, p.y() - h / 2 },     { p.x() - 9 - w, p.y() - h / 2 } };
        for (int step = 1; step <= 3; ++step) {
            const qreal dy = step * h;
            candidates.append({ { p.x() + 9, p.y() - h - 1 - dy },
                                { p.x() + 9, p.y() + 1 + dy },
                                { p.x() - 9 - w, p.y() - h - 1 - dy },
                                { p.x() - 9 - w, p.y() + 1 + dy },
                                { p.x() - w / 2, p.y() - h - 9 - dy },
                                { p.x() - w / 2, p.y() + 9 + dy } });
        }
        QRectF best;
        qreal bestCost = std::numeric_limits<qreal>::max();
        for (const QPointF &c : candidates) {
            const QRectF r(c, size);
            qreal cost = 0;
            for (const QRectF &t : std::as_const(taken))
                if (const QRectF o = r.intersected(t); !o.isEmpty())
                    cost += o.width() * o.height();
            if (!bounds.contains(r))
                cost += w * h; // outside the plot: acceptable only when everything else collides more
            if (cost < bestCost) {
                bestCost = cost;
                best = r;
            }
            if (cost == 0)
                break;
        }
        l.text->setPos(best.topLeft());
        taken.append(best);
    }
}

QList<QRectF> TradeoffChart::labelRects() const
{
    QList<QRectF> out;
    for (const Label &l : m_labels)
        out.append(l.text->mapRectToScene(l.text->boundingRect()));
    return out;
}

QString TradeoffChart::tipText(const ModelAggregate &a)
{
    const QLocale l;
    QString text = QStringLiteral("<b>%1</b>").arg(a.label().toHtmlEscaped());
    if (a.isCurrent)
        text += tr(" (current)");
    text += QStringLiteral("<br/>")
        + tr("Quality %1, 95% CI [%2, %3]")
              .arg(l.toString(a.quality.estimate, 'f', 1), l.toString(a.quality.lower, 'f', 1),
                   l.toString(a.quality.upper, 'f', 1));
    text += QStringLiteral("<br/>")
        + tr("Cost $%1 per request, $%2 per 1K")
              .arg(l.toString(a.costPerRequest, 'f', 6), l.toString(a.costPer1kRequests(), 'f', 3));
    text += QStringLiteral("<br/>")
        + tr("Latency p50 %1 ms, p95 %2 ms")
              .arg(l.toString(a.latencyP50Ms, 'f', 0), l.toString(a.latencyP95Ms, 'f', 0));
    text += QStringLiteral("<br/>")
        + tr("Refusals %1% full, %2% partial; %3 samples")
              .arg(l.toString(a.refusalRate() * 100.0, 'f', 1), l.toString(a.partialRefusalRate() * 100.0, 'f', 1))
              .arg(a.samples);
    if (a.onParetoFrontier)
        text += QStringLiteral("<br/>") + tr("On the Pareto frontier");
    return text;
}

void TradeoffChart::showTip(const ModelAggregate &a, bool hovered)
{
    if (hovered)
        QToolTip::showText(QCursor::pos(), tipText(a), m_view);
    else
        QToolTip::hideText();
}

QStringList TradeoffChart::models() const
{
    QStringList out;
    for (const ModelAggregate &a : m_plotted)
        out.append(a.label());
    return out;
}

int TradeoffChart::pointCount() const
{
    int n = 0;
    for (QAbstractSeries *s : m_chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            n += scatter->count();
    }
    return n;
}

int TradeoffChart::paretoPointCount() const
{
    return m_pareto ? m_pareto->count() : 0;
}

} // namespace ShadowOptic
