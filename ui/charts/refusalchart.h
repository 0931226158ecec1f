// SPDX-License-Identifier: MIT
#pragma once

#include "modelbarchart.h"

#include <QList>

namespace ShadowOptic {

/** Full and partial refusal rates per model as stacked bars, in percent of the samples. */
class RefusalChart : public ModelBarChart
{
    Q_OBJECT
public:
    explicit RefusalChart(QWidget *parent = nullptr);

    void setAggregates(const QList<ModelAggregate> &aggregates);
};

} // namespace ShadowOptic
