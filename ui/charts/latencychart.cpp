// SPDX-License-Identifier: MIT
#include "latencychart.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ShadowOptic {

LatencyChart::LatencyChart(QWidget *parent)
    : ModelBarChart(tr("Latency per model"), parent)
{
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
        prependModel(a);
        p50->insert(0, a.latencyP50Ms);
        p95->insert(0, a.latencyP95Ms);
        maxMs = std::max(maxMs, a.latencyP95Ms);
    }
    if (categories().isEmpty()) {
        delete p50;
        delete p95;
        m_chart->setTitle(tr("Latency per model: no answers yet"));
        return;
    }
    m_chart->setTitle(tr("Latency per model (ms)"));
    auto *series = new QHorizontalBarSeries(m_chart);
    series->append(p95);
    series->append(p50);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, std::max(1.0, maxMs * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("ms"));
    showSeries(series, axisY);
}

} // namespace ShadowOptic
