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
    QStringList labels;
    QList<double> full, partial;
    for (const ModelAggregate &a : aggregates) {
        if (a.samples == 0)
            continue;
        labels.append(a.isCurrent ? tr("%1 (current)").arg(a.label()) : a.label());
        full.append(a.refusalRate() * 100.0);
        partial.append(a.partialRefusalRate() * 100.0);
    }
    showRates(labels, full, partial);
}

void RefusalChart::setModelStats(const QList<RefusalModelStats> &models, const QString &currentModel)
{
    QStringList labels;
    QList<double> full, partial;
    for (const RefusalModelStats &m : models) {
        if (m.answers == 0)
            continue;
        labels.append(m.logged                      ? tr("%1 (as logged)").arg(m.model)
                          : m.model == currentModel ? tr("%1 (current)").arg(m.model)
                                                    : m.model);
        full.append(m.fullRate() * 100.0);
        partial.append(m.partialRate() * 100.0);
    }
    showRates(labels, full, partial);
}

void RefusalChart::showRates(const QStringList &labels, const QList<double> &full, const QList<double> &partial)
{
    clear();
    if (labels.isEmpty()) {
        m_chart->setTitle(tr("Refusal rate per model: no answers yet"));
        return;
    }
    auto *fullSet = new QBarSet(tr("Full refusal"), m_chart);
    auto *partialSet = new QBarSet(tr("Partial refusal"), m_chart);
    fullSet->setColor(QColor(0xd6, 0x27, 0x28));
    partialSet->setColor(QColor(0xff, 0x98, 0x96));
    double maxPercent = 0.0;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        prependCategory(labels.at(i));
        fullSet->insert(0, full.at(i));
        partialSet->insert(0, partial.at(i));
        maxPercent = std::max(maxPercent, full.at(i) + partial.at(i));
    }
    m_chart->setTitle(tr("Refusal rate per model (% of samples)"));
    auto *series = new QHorizontalStackedBarSeries(m_chart);
    series->append(fullSet);
    series->append(partialSet);
    auto *axisY = new QValueAxis;
    // A fixed floor keeps a few percent from filling the whole chart.
    axisY->setRange(0.0, std::min(100.0, std::max(10.0, maxPercent * 1.2)));
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->applyNiceNumbers();
    showSeries(series, axisY);
}

} // namespace ShadowOptic
