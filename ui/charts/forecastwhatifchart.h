// SPDX-License-Identifier: MIT
#pragma once

#include "models/whatifmodel.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;
class QChartView;
QT_END_NAMESPACE

namespace ShadowOptic {

/** The production what-if as bars: per row (model, use case or month) the logged spend beside the estimate, with
 *  the estimate's 95 % interval as a whisker. An unpriced row has no estimate bar and says so in its label. */
class ForecastWhatIfChart : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastWhatIfChart(QWidget *parent = nullptr);
    ~ForecastWhatIfChart() override;

    /** At most this many rows are drawn: the first ones, as the table lists them. */
    static constexpr int MaxRows = 12;

    /** estimateName names the estimate bars ("On gpt-4.1-mini", "Estimate"). */
    void setRows(const QList<WhatIfModel::Row> &rows, const QString &title, const QString &estimateName);
    void clear();
    QStringList categories() const;
    int whiskerCount() const { return m_whiskers; }
    /** Rows marked "unpriced" inside the plot (their axis label is the plain name). */
    int unpricedCount() const { return int(m_unpriced.size()); }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void showTip(bool hovered, int index);
    void placeUnpriced();

    QChart *m_chart;
    QChartView *m_view;
    QList<WhatIfModel::Row> m_rows; // in category order (bottom-up, as the axis counts)
    QStringList m_categories;
    int m_whiskers = 0;
    QAbstractSeries *m_series = nullptr;
    QList<std::pair<QGraphicsSimpleTextItem *, double>> m_unpriced; // the text and its row (category value)
};

} // namespace ShadowOptic
