// SPDX-License-Identifier: MIT
#pragma once

#include "modelbarchart.h"

#include <QList>

namespace ShadowOptic {

/** Latency p50 and p95 per model as grouped bars. */
class LatencyChart : public ModelBarChart
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setAggregates(const QList<ModelAggregate> &aggregates);
};

} // namespace ShadowOptic
