// SPDX-License-Identifier: MIT
#include "latencychart.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ShadowOptic {

LatencyChart::LatencyChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
{
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setTitle(tr("Latency per model"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(260, 200);
}

LatencyChart::~LatencyChart() = default;

QChart *LatencyChart::chart() const
{
    return m_chart;
}

void LatencyChart::clear()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
}

void LatencyChart::setAggregates(const QList<ModelAggregate> &aggregates)
{
    clear();
    auto *p50 = new QBarSet(tr("p50"), m_chart);
    auto *p95 = new QBarSet(tr("p95"), m_chart);
    p50->setColor(QColor(0x1f, 0x77, 0xb4));
    p95->setColor(QColor(0xae, 0xc7, 0xe8));
    double maxMs = 0.0;
    for (const ModelAggregate &a : aggregates) {
        // Logged answers carry the production latency; replays the gateway's. Both are shown, labelled.
        if (a.successes == 0)
            continue;
        // Horizontal bars draw the first category at the bottom: prepend so the list reads top-down.
        m_categories.prepend(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label());
        p50->insert(0, a.latencyP50Ms);
        p95->insert(0, a.latencyP95Ms);
        maxMs = std::max(maxMs, a.latencyP95Ms);
    }
    if (m_categories.isEmpty()) {
        delete p50;
        delete p95;
        m_chart->setTitle(tr("Latency per model: no answers yet"));
        return;
    }
    m_chart->setTitle(tr("Latency per model (ms)"));
    auto *series = new QHorizontalBarSeries(m_chart);
    series->append(p95);
    series->append(p50);
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(m_categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, std::max(1.0, maxMs * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("ms"));
    m_chart->addAxis(axisX, Qt::AlignLeft);
    m_chart->addAxis(axisY, Qt::AlignBottom);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace ShadowOptic
