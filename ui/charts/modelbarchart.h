// SPDX-License-Identifier: MIT
#pragma once

#include "eval/modelaggregate.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace ShadowOptic {

/** Horizontal bars with one row per model: the chart view, the category axis and clearing, shared by the
 *  latency and refusal charts. */
class ModelBarChart : public QWidget
{
    Q_OBJECT
public:
    ~ModelBarChart() override;

    void clear();
    QStringList categories() const { return m_categories; }
    QChart *chart() const { return m_chart; }

protected:
    ModelBarChart(const QString &title, QWidget *parent);
    /** Horizontal bars draw the first category at the bottom: each model is prepended so the list reads
     *  top-down (the bar values must be inserted at 0 likewise). */
    void prependModel(const ModelAggregate &aggregate);
    void prependCategory(const QString &label);
    /** Adds series with the models on the left and valueAxis at the bottom; both become the chart's. */
    void showSeries(QAbstractBarSeries *series, QValueAxis *valueAxis);

    QChart *m_chart;

private:
    QChartView *m_view;
    QStringList m_categories;
};

} // namespace ShadowOptic
