// SPDX-License-Identifier: MIT
#pragma once

#include "eval/modelaggregate.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace ShadowOptic {

/**
 * Cost per request against mean quality, one point per model (replayed and logged), with the 95 % CI of the
 * quality as error bars, the cost/quality Pareto frontier as a line and the current model highlighted.
 * Hovering a point shows its numbers; clicking it emits modelClicked() with the model's label.
 */
class TradeoffChart : public QWidget
{
    Q_OBJECT
public:
    explicit TradeoffChart(QWidget *parent = nullptr);
    ~TradeoffChart() override;

    void setAggregates(const QList<ModelAggregate> &aggregates);
    void clear();

    /** Plotted models (labels, in plot order) and the number of Pareto line points, for tests and reports. */
    QStringList models() const;
    int pointCount() const;
    int paretoPointCount() const;
    QChart *chart() const;
    /** Where the model names stand, in scene coordinates (tests check they do not overlap). */
    QList<QRectF> labelRects() const;

signals:
    void modelClicked(const QString &label);

private:
    void showTip(const ModelAggregate &a, bool hovered);
    void placeLabels();
    static QString tipText(const ModelAggregate &a);

    QChart *m_chart;
    QChartView *m_view; // owns m_chart
    QList<ModelAggregate> m_plotted;
    QLineSeries *m_pareto = nullptr;
    struct Label
    {
        QScatterSeries *point;
        QGraphicsSimpleTextItem *text;
        QPointF value;
        bool current;
    };
    QList<Label> m_labels;
};

} // namespace ShadowOptic
