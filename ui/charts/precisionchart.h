// SPDX-License-Identifier: MIT
#pragma once

#include "recommend/recommendation.h"
#include "util/niceaxis.h"

#include <QList>
#include <QWidget>

namespace ShadowOptic {

/**
 * Precision over spend: how each verified candidate's quality-change interval narrowed round by round of the
 * verification, against the cumulative verification spend. One band per candidate (its lower and upper bounds with a
 * marker per round), the non-inferiority margin dashed and zero as a thin line, and a legend with the verdicts.
 */
class PrecisionChart : public QWidget
{
    Q_OBJECT
public:
    explicit PrecisionChart(QWidget *parent = nullptr);
    ~PrecisionChart() override;

    void setRecommendation(const Recommendation &recommendation);
    void clear();

    int seriesCount() const { return int(m_series.size()); }
    QStringList models() const;
    /** Geometry in widget coordinates, for tests. */
    QRectF plotRect() const { return m_plot; }
    QList<QRectF> legendRects() const;
    QPointF pointFor(double spentUsd, double percent) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Series
    {
        QString model;
        NonInferiorityVerdict verdict = NonInferiorityVerdict::Inconclusive;
        QList<RecommendationCandidate::Round> rounds; // with a valid interval
        QColor color;
        QString legend;
        QRectF legendRect;
    };

    void relayout();
    QString moneyText(double usd) const;
    QString marginText() const;
    QString toolTipAt(const QPoint &pos) const;

    QList<Series> m_series;
    double m_margin = 5.0;
    NiceAxis m_x;
    NiceAxis m_y;
    QRectF m_plot;
    QRectF m_marginLegend;
    int m_legendHeight = 0;
};

} // namespace ShadowOptic
