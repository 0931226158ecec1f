// SPDX-License-Identifier: MIT
#pragma once

#include "eval/modelaggregate.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace ShadowOptic {

/** Latency p50 and p95 per model as grouped bars. */
class LatencyChart : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);
    ~LatencyChart() override;

    void setAggregates(const QList<ModelAggregate> &aggregates);
    void clear();
    QStringList categories() const { return m_categories; }
    QChart *chart() const;

private:
    QChartView *m_view;
    QChart *m_chart;
    QStringList m_categories;
};

} // namespace ShadowOptic
