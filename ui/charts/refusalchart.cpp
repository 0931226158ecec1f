// SPDX-License-Identifier: MIT
#include "refusalchart.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ShadowOptic {

RefusalChart::RefusalChart(QWidget *parent)
    : ModelBarChart(tr("Refusal rate per model"), parent)
{
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
        prependModel(a);
        full->insert(0, a.refusalRate() * 100.0);
        partial->insert(0, a.partialRefusalRate() * 100.0);
        maxPercent = std::max(maxPercent, (a.refusalRate() + a.partialRefusalRate()) * 100.0);
    }
    if (categories().isEmpty()) {
        delete full;
        delete partial;
        m_chart->setTitle(tr("Refusal rate per model: no answers yet"));
        return;
    }
    m_chart->setTitle(tr("Refusal rate per model (% of samples)"));
    auto *series = new QHorizontalStackedBarSeries(m_chart);
    series->append(full);
    series->append(partial);
    auto *axisY = new QValueAxis;
    // A fixed floor keeps a few percent from filling the whole chart.
    axisY->setRange(0.0, std::min(100.0, std::max(10.0, maxPercent * 1.2)));
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->applyNiceNumbers();
    showSeries(series, axisY);
}

} // namespace ShadowOptic
