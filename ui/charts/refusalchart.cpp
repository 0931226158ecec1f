// SPDX-License-Identifier: MIT
#include "refusalchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ShadowOptic {

RefusalChart::RefusalChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
{
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setTitle(tr("Refusal rate per model"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 200);
}

RefusalChart::~RefusalChart() = default;

QChart *RefusalChart::chart() const
{
    return m_chart;
}

void RefusalChart::clear()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
}

void RefusalChart::setAggregates(const QList<ModelAggregate> &aggregates)
{
    clear();
    auto *full = new QBarSet(tr("Full refusal"), m_chart);
    auto *partial = new QBarSet(tr("Partial refusal"), m_chart);
    full->setColor(QColor(0xd6, 0x27, 0x28));
    partial->setColor(QColor(0xff, 0x98, 0x96));
    double maxPercent = 0.0;
    for (const ModelAggregate &a : aggregates) {
        if (a.samples == 0)
            continue;
        // Horizontal bars draw the first category at the bottom: prepend so the list reads top-down.
        m_categories.prepend(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label());
        full->insert(0, a.refusalRate() * 100.0);
        partial->insert(0, a.partialRefusalRate() * 100.0);
        maxPercent = std::max(maxPercent, (a.refusalRate() + a.partialRefusalRate()) * 100.0);
    }
    if (m_categories.isEmpty()) {
        delete full;
        delete partial;
        m_chart->setTitle(tr("Refusal rate per model: no answers yet"));
        return;
    }
    m_chart->setTitle(tr("Refusal rate per model (% of samples)"));
    auto *series = new QHorizontalStackedBarSeries(m_chart);
    series->append(full);
    series->append(partial);
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(m_categories);
    auto *axisY = new QValueAxis;
    // A fixed floor keeps a few percent from filling the whole chart.
    axisY->setRange(0.0, std::min(100.0, std::max(10.0, maxPercent * 1.2)));
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->applyNiceNumbers();
    m_chart->addAxis(axisX, Qt::AlignLeft);
    m_chart->addAxis(axisY, Qt::AlignBottom);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace ShadowOptic
