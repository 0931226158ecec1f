// SPDX-License-Identifier: MIT
#pragma once

#include "recommend/recommendation.h"
#include "util/niceaxis.h"

#include <QList>
#include <QWidget>

namespace ShadowOptic {

/**
 * The verified candidates of a recommendation as a forest plot: one row per candidate with its quality-change
 * interval (percent of the current model's quality) as a bar, a dot at the estimate, the non-inferiority margin as a
 * dashed line, zero as a thin line, and the verdict (passes, fails, not decisive) at the right in its colour.
 * Hovering a row shows its interval, prompts and the planner's estimate.
 */
class ForestPlot : public QWidget
{
    Q_OBJECT
public:
    explicit ForestPlot(QWidget *parent = nullptr);
    ~ForestPlot() override;

    void setRecommendation(const Recommendation &recommendation);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    QStringList models() const;
    double marginPercent() const { return m_margin; }
    /** Geometry in widget coordinates, for tests: where the values are drawn, and each row's parts. */
    QRectF plotRect() const { return m_plot; }
    double xForValue(double percent) const;
    QRectF labelRect(int row) const;
    QRectF barRect(int row) const;
    QRectF verdictRect(int row) const;
    QRectF marginLabelRect() const { return m_marginLabel; }
    /** The text drawn as the row's name: the model, elided only when the widget is too narrow. */
    QString labelText(int row) const;
    QString toolTipText(int row) const;
    /** Names left of the bars (true), or above them when the widget is too narrow for that. */
    bool namesBesideBars() const { return m_sideBySide; }

    /** The verdict's colour, readable on the palette's window colour (light or dark theme). */
    static QColor verdictColor(NonInferiorityVerdict verdict, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        RecommendationCandidate candidate;
        QString label;
        QRectF labelRect;
        QRectF bar;
        QRectF verdictRect;
        double centerY = 0.0;
    };

    void relayout();
    int rowHeight() const;
    bool sideBySide() const;
    QString axisTitle() const;
    int labelColumnWidth() const;
    int verdictColumnWidth() const;
    int headerHeight() const;
    int axisHeight() const;
    int rowAt(const QPoint &pos) const;

    QList<Row> m_rows;
    QString m_currentModel;
    double m_margin = 5.0;
    NiceAxis m_axis;
    QRectF m_plot;
    QRectF m_marginLabel;
    bool m_sideBySide = true;
};

} // namespace ShadowOptic
