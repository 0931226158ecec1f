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

/** Full and partial refusal rates per model as stacked bars, in percent of the samples. */
class RefusalChart : public QWidget
{
    Q_OBJECT
public:
    explicit RefusalChart(QWidget *parent = nullptr);
    ~RefusalChart() override;

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
