// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
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
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void showTip(bool hovered, int index);

    QChart *m_chart;
    QChartView *m_view;
    QList<ForecastModelCost> m_rows; // in category order (bottom-up, as the axis counts)
    QStringList m_categories; // likewise
    int m_whiskers = 0;
};

} // namespace ShadowOptic
