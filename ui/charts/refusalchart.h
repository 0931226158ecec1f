// SPDX-License-Identifier: MIT
#pragma once

#include "modelbarchart.h"
#include "refusal/refusalreport.h"

#include <QList>

namespace ShadowOptic {

/** Full and partial refusal rates per model as stacked bars, in percent of the samples. */
class RefusalChart : public ModelBarChart
{
    Q_OBJECT
public:
    explicit RefusalChart(QWidget *parent = nullptr);

    void setAggregates(const QList<ModelAggregate> &aggregates);
    /** The rates of a refusal analysis (every answer of each model, logged answers apart). */
    void setModelStats(const QList<RefusalModelStats> &models, const QString &currentModel);

private:
    /** Bars (full, partial) in percent, in the order given; false when there is nothing to show. */
    void showRates(const QStringList &labels, const QList<double> &full, const QList<double> &partial);
};

} // namespace ShadowOptic
