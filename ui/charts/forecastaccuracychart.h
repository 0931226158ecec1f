// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QStackedLayout;
QT_END_NAMESPACE

namespace ShadowOptic {

/**
 * Predicted against actual cost of each replayed answer, one colour per model, with the y = x line a perfect
 * forecast would sit on. Both axes are logarithmic when the costs span more than a factor of 30 (a nano model's
 * answers cost a hundredth of a large one's). Without a run it shows a hint instead of an empty plot.
 */
class ForecastAccuracyChart : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastAccuracyChart(QWidget *parent = nullptr);
    ~ForecastAccuracyChart() override;

    void setAccuracy(const ForecastAccuracy &accuracy);
    void clear();
    bool isEmptyState() const;
    QString emptyText() const;
    /** Scatter series drawn, one per model (the y = x line is not counted). */
    int modelSeriesCount() const { return m_modelSeries; }
    int pointCount() const { return m_points; }
    bool isLogScale() const { return m_log; }
    QChart *chart() const { return m_chart; }
    QLabel *legendLabel() const { return m_legend; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void showEmpty(const QString &text);

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QLabel *m_legend; // below the plot and wrapping: QtCharts elides legend entries that do not fit
    QStackedLayout *m_stack;
    int m_modelSeries = 0;
    int m_points = 0;
    bool m_log = false;
};

} // namespace ShadowOptic
