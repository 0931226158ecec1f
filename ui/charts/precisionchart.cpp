// SPDX-License-Identifier: MIT
#include "precisionchart.h"

#include "forestplot.h"
#include "models/costformat.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

constexpr int kPad = 8;
constexpr int kGap = 10;
constexpr int kSwatch = 12;

QColor seriesColor(int index, bool dark)
{
    static const QList<QColor> colors { QColor(0x1f, 0x77, 0xb4), QColor(0x94, 0x67, 0xbd), QColor(0xd6, 0x5f, 0xb0),
                                        QColor(0x17, 0x9f, 0xaf), QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f) };
    const QColor c = colors.at(index % colors.size());
    return dark ? c.lighter(150) : c;
}

} // namespace

PrecisionChart::PrecisionChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
}

PrecisionChart::~PrecisionChart() = default;

void PrecisionChart::clear()
{
    m_series.clear();
    relayout();
    update();
}

void PrecisionChart::setRecommendation(const Recommendation &recommendation)
{
    m_series.clear();
    m_margin = recommendation.thresholds.maxQualityDropPercent;
    for (const RecommendationCandidate &c : recommendation.candidates) {
        if (c.stage != RecommendationCandidate::Stage::Verified)
            continue;
        Series s;
        s.model = c.model;
        s.verdict = c.verdict;
        for (const RecommendationCandidate::Round &r : c.history) {
            if (r.qualityDeltaPercent.isValid())
                s.rounds.append(r);
        }
        if (!s.rounds.isEmpty())
            m_series.append(s);
    }
    relayout();
    updateGeometry();
    update();
}

QStringList PrecisionChart::models() const
{
    QStringList out;
    for (const Series &s : m_series)
        out.append(s.model);
    return out;
}

QList<QRectF> PrecisionChart::legendRects() const
{
    QList<QRectF> out;
    for (const Series &s : m_series)
        out.append(s.legendRect);
    return out;
}

QSize PrecisionChart::sizeHint() const
{
    return { 560, 300 };
}

QSize PrecisionChart::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { 280, fm.height() * 6 + 120 };
}

void PrecisionChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PrecisionChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange)
        relayout();
}

QString PrecisionChart::moneyText(double usd) const
{
    return u'$' + QLocale().toString(usd, 'f', std::max(2, m_x.decimals()));
}

QPointF PrecisionChart::pointFor(double spentUsd, double percent) const
{
    const double x = m_x.max > m_x.min ? (spentUsd - m_x.min) / (m_x.max - m_x.min) : 0.0;
    const double y = m_y.max > m_y.min ? (percent - m_y.min) / (m_y.max - m_y.min) : 0.0;
    return { m_plot.left() + x * m_plot.width(), m_plot.bottom() - y * m_plot.height() };
}

void PrecisionChart::relayout()
{
    const QFontMetrics fm = fontMetrics();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;

    double maxSpend = 0.0, lo = -m_margin, hi = 0.0;
    for (const Series &s : std::as_const(m_series)) {
        for (const RecommendationCandidate::Round &r : s.rounds) {
            maxSpend = std::max(maxSpend, r.spentUsd);
            lo = std::min(lo, r.qualityDeltaPercent.lower);
            hi = std::max(hi, r.qualityDeltaPercent.upper);
        }
    }
    const double span = hi - lo;
    m_y = NiceAxis::fit(lo - span * 0.04, hi + span * 0.04, 6);
    m_x = NiceAxis::fit(0.0, maxSpend > 0 ? maxSpend * 1.05 : 0.01, 6);

    // The legend flows in rows under the axis title, the margin's entry last; an entry wider than the chart wraps
    // onto a second line instead of being cut.
    const int legendWidth = width() - 2 * kPad;
    double x = kPad, rowTop = 0, lineHeight = 0;
    auto place = [&](const QString &entry) {
        const double w = kSwatch + 6 + fm.horizontalAdvance(entry) + 1;
        const bool wraps = w > legendWidth;
        if (x > kPad && x + w > kPad + legendWidth) {
            x = kPad;
            rowTop += lineHeight + 4;
            lineHeight = 0;
        }
        const QRectF rect(x, rowTop, wraps ? legendWidth : w, fm.height() * (wraps ? 2 : 1));
        lineHeight = std::max(lineHeight, rect.height());
        x += rect.width() + 2 * kGap;
        return rect;
    };
    for (int i = 0; i < m_series.size(); ++i) {
        Series &s = m_series[i];
        s.color = seriesColor(i, dark);
        s.legend = tr("%1 (%2)").arg(s.model, Recommendation::verdictText(s.verdict));
        s.legendRect = place(s.legend);
    }
    m_marginLegend = m_series.isEmpty() ? QRectF() : place(marginText());
    m_legendHeight = m_series.isEmpty() ? 0 : int(rowTop + lineHeight);

    int yLabelWidth = 0;
    for (const double v : m_y.ticks())
        yLabelWidth = std::max(yLabelWidth, fm.horizontalAdvance(CostFormat::signedPercent(v, m_y.decimals())));
    const double left = kPad + fm.height() + 4 + yLabelWidth + 6;
    const double lastXLabel = fm.horizontalAdvance(moneyText(m_x.max)) / 2.0;
    const double right = width() - kPad - std::max<double>(lastXLabel, fm.height() / 2.0);
    const double top = kPad + fm.height() / 2.0;
    const double bottom
        = height() - kPad - m_legendHeight - (m_legendHeight ? kGap : 0) - fm.height() - 4 - fm.height() - 6;
    m_plot = QRectF(QPointF(left, top), QPointF(std::max(left + 20, right), std::max(top + 20, bottom)));
    const double legendTop = height() - kPad - m_legendHeight;
    for (Series &s : m_series)
        s.legendRect.translate(0, legendTop);
    m_marginLegend.translate(0, legendTop);
}

QString PrecisionChart::marginText() const
{
    return tr("margin %1").arg(CostFormat::signedPercent(-m_margin, m_margin == std::round(m_margin) ? 0 : 1));
}

QString PrecisionChart::toolTipAt(const QPoint &pos) const
{
    for (const Series &s : m_series) {
        for (const RecommendationCandidate::Round &r : s.rounds) {
            const ConfidenceInterval &q = r.qualityDeltaPercent;
            const QPointF a = pointFor(r.spentUsd, q.upper), b = pointFor(r.spentUsd, q.lower);
            if (std::abs(pos.x() - a.x()) <= 6 && pos.y() >= a.y() - 6 && pos.y() <= b.y() + 6)
                return tr("%1, round %2: %L3 judged pairs, %4 spent so far\nQuality change between %5 and %6")
                    .arg(s.model)
                    .arg(r.round)
                    .arg(r.pairs)
                    .arg(moneyText(r.spentUsd), CostFormat::signedPercent(q.lower, 1),
                         CostFormat::signedPercent(q.upper, 1));
        }
    }
    for (const Series &s : m_series) {
        if (s.legendRect.contains(pos))
            return s.legend;
    }
    return {};
}

bool PrecisionChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void PrecisionChart::paintEvent(QPaintEvent *)
{
    relayout(); // cheap, and right after a late font or style change
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QFontMetrics fm = fontMetrics();
    if (m_series.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No verification rounds to show yet."));
        return;
    }

    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    for (const double v : m_y.ticks()) {
        const double y = pointFor(m_x.min, v).y();
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        p.setPen(text);
        const QString label = CostFormat::signedPercent(v, m_y.decimals());
        p.drawText(QRectF(kPad, y - fm.height() / 2.0, m_plot.left() - 6 - kPad, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    for (const double v : m_x.ticks()) {
        const double x = pointFor(v, m_y.min).x();
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        p.setPen(text);
        const QString label = moneyText(v);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2, m_plot.bottom() + 6, w, fm.height()), Qt::AlignCenter, label);
    }
    p.setPen(QPen(text, 1));
    p.drawRect(m_plot);
    const QString xTitle = tr("Verification spend so far (USD)");
    p.drawText(QRectF(m_plot.left(), m_plot.bottom() + 6 + fm.height() + 4, m_plot.width(), fm.height()),
               Qt::AlignCenter, fm.elidedText(xTitle, Qt::ElideRight, int(m_plot.width())));
    p.save();
    p.translate(kPad, m_plot.center().y());
    p.rotate(-90);
    const QString yTitle = tr("Quality change (%)");
    p.drawText(QRectF(-m_plot.height() / 2, 0, m_plot.height(), fm.height()), Qt::AlignCenter,
               fm.elidedText(yTitle, Qt::ElideRight, int(m_plot.height())));
    p.restore();

    p.setClipRect(m_plot.adjusted(-6, -6, 6, 6));
    p.setPen(QPen(text, 1));
    p.drawLine(pointFor(m_x.min, 0.0), pointFor(m_x.max, 0.0));
    p.setPen(QPen(text, 1.5, Qt::DashLine));
    p.drawLine(pointFor(m_x.min, -m_margin), pointFor(m_x.max, -m_margin));

    for (const Series &s : std::as_const(m_series)) {
        QPolygonF upper, lower;
        for (const RecommendationCandidate::Round &r : s.rounds) {
            upper.append(pointFor(r.spentUsd, r.qualityDeltaPercent.upper));
            lower.prepend(pointFor(r.spentUsd, r.qualityDeltaPercent.lower));
        }
        QColor fill = s.color;
        fill.setAlpha(50);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(upper + lower);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(s.color, 2));
        p.drawPolyline(upper);
        p.drawPolyline(lower);
        for (int i = 0; i < upper.size(); ++i) {
            p.setPen(QPen(s.color, 1));
            p.drawLine(upper.at(i), lower.at(lower.size() - 1 - i)); // the round's interval as a whisker
            p.setPen(QPen(pal.color(QPalette::Window), 1));
            p.setBrush(s.color);
            p.drawEllipse(upper.at(i), 4, 4);
            p.drawEllipse(lower.at(lower.size() - 1 - i), 4, 4);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.setClipping(false);

    // The margin is named in the legend: a label on its line would cover the bands that approach it.
    const double swatchY = m_marginLegend.top() + fm.height() / 2.0;
    p.setPen(QPen(text, 1.5, Qt::DashLine));
    p.drawLine(QPointF(m_marginLegend.left(), swatchY), QPointF(m_marginLegend.left() + kSwatch, swatchY));
    p.setPen(text);
    p.drawText(m_marginLegend.adjusted(kSwatch + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, marginText());

    for (const Series &s : std::as_const(m_series)) {
        const QRectF swatch(s.legendRect.left(), s.legendRect.top() + (fm.height() - kSwatch) / 2.0, kSwatch, kSwatch);
        QColor fill = s.color;
        fill.setAlpha(110);
        p.fillRect(swatch, fill);
        p.setPen(QPen(s.color, 2));
        p.drawRect(swatch);
        const QRectF textRect = s.legendRect.adjusted(kSwatch + 6, 0, 0, 0);
        p.setPen(text);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s.legend);
    }
}

} // namespace ShadowOptic
