// SPDX-License-Identifier: MIT
#pragma once

#include "costs/costreport.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace ShadowOptic {

/** Horizontal bars per model, month or use case: what Portkey logged against what the catalog computes, and the
 *  re-priced cost when an adjustment is set. Long keys are elided on the axis; hovering a bar shows the full key
 *  and its amounts. */
class CostBarChart : public QWidget
{
    Q_OBJECT
public:
    explicit CostBarChart(QWidget *parent = nullptr);
    ~CostBarChart() override;

    /** At most this many rows are drawn: the most expensive (the latest months). */
    static constexpr int MaxRows = 12;

    void setReport(const CostReport &report);
    void clear();
    /** The axis labels top-down, as drawn (elided). */
    QStringList categories() const;
    /** The full keys of the drawn rows, top-down. */
    QStringList keys() const;
    QChart *chart() const { return m_chart; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showTip(bool hovered, int index);
    int labelWidth() const;

    QChart *m_chart;
    QChartView *m_view;
    QList<CostRow> m_rows; // in category order (bottom-up, as the axis counts)
    QStringList m_categories; // likewise
    bool m_repricing = false;
    CostReport m_report; // drawn again when a resize changes how much of the keys fits
    int m_labelWidth = 0;
};

} // namespace ShadowOptic
