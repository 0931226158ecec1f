// SPDX-License-Identifier: MIT
#include "modelbarchart.h"

#include "chartstyle.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ShadowOptic {

ModelBarChart::ModelBarChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 200);
}

ModelBarChart::~ModelBarChart() = default;

void ModelBarChart::clear()
{
    ChartStyle::clear(m_chart);
    m_categories.clear();
}

void ModelBarChart::prependModel(const ModelAggregate &a)
{
    m_categories.prepend(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label());
}

void ModelBarChart::prependCategory(const QString &label)
{
    m_categories.prepend(label);
}

void ModelBarChart::showSeries(QAbstractBarSeries *series, QValueAxis *valueAxis)
{
    m_chart->addSeries(series);
    auto *models = new QBarCategoryAxis;
    models->append(m_categories);
    m_chart->addAxis(models, Qt::AlignLeft);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(models);
    series->attachAxis(valueAxis);
}

} // namespace ShadowOptic
