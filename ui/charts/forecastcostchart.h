// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;
class QChartView;
QT_END_NAMESPACE

namespace ShadowOptic {

/** Predicted replay cost of the sample per model: a bar for the expected cost with a whisker out to P90. An
 *  unpriced model keeps its row, labelled "unpriced" and without a bar, so it never reads as $0. */
class ForecastCostChart : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastCostChart(QWidget *parent = nullptr);
    ~ForecastCostChart() override;

    void setCosts(const QList<ForecastModelCost> &costs, const QString &currentModel);
    void clear();
    /** The axis labels top-down, as drawn. */
    QStringList categories() const;
    int whiskerCount() const { return m_whiskers; }
    /** Rows marked "unpriced" inside the plot (their axis label is the plain name). */
    int unpricedCount() const { return int(m_unpriced.size()); }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void showTip(bool hovered, int index);
    void placeUnpriced();

    QChart *m_chart;
    QChartView *m_view;
    QList<ForecastModelCost> m_rows; // in category order (bottom-up, as the axis counts)
    QStringList m_categories; // likewise
    int m_whiskers = 0;
    QAbstractSeries *m_series = nullptr;
    QList<std::pair<QGraphicsSimpleTextItem *, double>> m_unpriced; // the text and its row (category value)
};

} // namespace ShadowOptic
