// SPDX-License-Identifier: MIT
#include "forestplot.h"

#include "models/costformat.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

constexpr int kPad = 8;
constexpr int kGap = 12;
constexpr int kMinPlotWidth = 160;

} // namespace

ForestPlot::ForestPlot(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setMouseTracking(true);
}

ForestPlot::~ForestPlot() = default;

QColor ForestPlot::verdictColor(NonInferiorityVerdict verdict, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (verdict) {
    case NonInferiorityVerdict::Pass:
        return dark ? QColor(0x5f, 0xd0, 0x7a) : QColor(0x1b, 0x7f, 0x3b);
    case NonInferiorityVerdict::Fail:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case NonInferiorityVerdict::Inconclusive:
        break;
    }
    return dark ? QColor(0xf2, 0xb3, 0x3d) : QColor(0xa1, 0x5c, 0x00);
}

void ForestPlot::clear()
{
    m_rows.clear();
    m_currentModel.clear();
    relayout();
    updateGeometry();
    update();
}

void ForestPlot::setRecommendation(const Recommendation &recommendation)
{
    m_rows.clear();
    m_currentModel = recommendation.currentModel;
    m_margin = recommendation.thresholds.maxQualityDropPercent;
    for (const RecommendationCandidate &c : recommendation.candidates) {
        if (c.stage != RecommendationCandidate::Stage::Verified)
            continue;
        Row row;
        row.candidate = c;
        m_rows.append(row);
    }
    relayout();
    updateGeometry();
    update();
}

QStringList ForestPlot::models() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.candidate.model);
    return out;
}

int ForestPlot::rowHeight() const
{
    // Enough for the name above its bar, the layout of a narrow widget.
    return fontMetrics().height() + std::max(22, fontMetrics().height() * 3 / 2);
}

bool ForestPlot::sideBySide() const
{
    return width() - 2 * kPad - 2 * kGap - verdictColumnWidth() - labelColumnWidth() >= kMinPlotWidth + 40;
}

int ForestPlot::headerHeight() const
{
    return fontMetrics().height() + 6;
}

int ForestPlot::axisHeight() const
{
    return 6 + fontMetrics().height() + 4 + fontMetrics().height();
}

QString ForestPlot::axisTitle() const
{
    return tr("Quality change vs %1 (% of its quality)").arg(m_currentModel);
}

int ForestPlot::labelColumnWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int w = fm.horizontalAdvance(QStringLiteral("gpt-4o")); // keeps the plot steady for short names
    for (const Row &r : m_rows)
        w = std::max(w, fm.horizontalAdvance(r.candidate.model));
    return w;
}

int ForestPlot::verdictColumnWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int w = 0;
    for (const NonInferiorityVerdict v :
         { NonInferiorityVerdict::Pass, NonInferiorityVerdict::Fail, NonInferiorityVerdict::Inconclusive })
        w = std::max(w, fm.horizontalAdvance(Recommendation::verdictText(v)));
    return w;
}

QSize ForestPlot::sizeHint() const
{
    const int rows = std::max(2, rowCount());
    return { kPad * 2 + labelColumnWidth() + kGap * 2 + 360 + verdictColumnWidth(),
             kPad * 2 + headerHeight() + rows * rowHeight() + axisHeight() };
}

QSize ForestPlot::minimumSizeHint() const
{
    const int rows = std::max(2, rowCount());
    return { kPad * 2 + kGap + kMinPlotWidth + verdictColumnWidth(),
             kPad * 2 + headerHeight() + rows * rowHeight() + axisHeight() };
}

void ForestPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ForestPlot::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        relayout();
        updateGeometry();
    }
}

double ForestPlot::xForValue(double percent) const
{
    if (m_axis.max <= m_axis.min)
        return m_plot.left();
    return m_plot.left() + (percent - m_axis.min) / (m_axis.max - m_axis.min) * m_plot.width();
}

QRectF ForestPlot::labelRect(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).labelRect : QRectF();
}

QRectF ForestPlot::barRect(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).bar : QRectF();
}

QRectF ForestPlot::verdictRect(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).verdictRect : QRectF();
}

QString ForestPlot::labelText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).label : QString();
}

void ForestPlot::relayout()
{
    const QFontMetrics fm = fontMetrics();
    const int verdictWidth = verdictColumnWidth();
    // Names left of their bars when they fit beside a useful plot, else above them; elided only when a name is wider
    // than the whole widget.
    m_sideBySide = sideBySide();
    const int labelWidth = m_sideBySide ? labelColumnWidth() : width() - 2 * kPad; // the verdict is on the bar's line
    const double top = kPad + headerHeight();
    // Rows share the height the widget got (up to twice their need), so the plot does not float in empty space.
    const int needed = rowHeight();
    const int spare = height() - 2 * kPad - headerHeight() - axisHeight();
    const int rh = rowCount() > 0 ? std::clamp(spare / rowCount(), needed, needed * 2) : needed;
    const double tickHalf = fm.horizontalAdvance(QStringLiteral("\u221220%")) / 2.0 + 2;
    const double plotLeft = m_sideBySide ? kPad + labelWidth + kGap : kPad + tickHalf;
    m_plot = QRectF(plotLeft, top, std::max(40.0, width() - kPad - verdictWidth - kGap - plotLeft), rh * rowCount());

    // Value range: every interval, the margin and zero, widened to round ticks.
    double lo = -m_margin, hi = 0.0;
    for (const Row &r : std::as_const(m_rows)) {
        const ConfidenceInterval &q = r.candidate.evidence.quality.interval;
        if (q.isValid()) {
            lo = std::min(lo, q.lower);
            hi = std::max(hi, q.upper);
        }
    }
    const double span = hi - lo;
    const int tickWidth = fm.horizontalAdvance(QStringLiteral("\u221288%")) + kGap / 2;
    const int maxTicks = std::clamp(int(m_plot.width() / tickWidth), 3, 10);
    // Ticks at round values, the range fitted to the data so that the bars use the whole plot.
    m_axis = NiceAxis::fit(lo - span * 0.04, hi + span * 0.04, maxTicks);
    m_axis.min = lo - span * 0.04;
    m_axis.max = hi + span * 0.04;

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const double rowTop = top + rh * i;
        r.label = fm.elidedText(r.candidate.model, Qt::ElideMiddle, labelWidth);
        if (m_sideBySide) {
            r.centerY = rowTop + rh / 2.0;
            r.labelRect = QRectF(kPad, rowTop, fm.horizontalAdvance(r.label), rh);
        } else {
            // The name just above its bar, the pair centred in the row.
            const double nameHeight = fm.height() + 2;
            const double blockTop = rowTop + (rh - needed) / 2.0;
            r.centerY = blockTop + nameHeight + (needed - nameHeight) / 2.0;
            r.labelRect = QRectF(kPad, blockTop + 2, fm.horizontalAdvance(r.label), fm.height());
        }
        r.verdictRect = QRectF(m_plot.right() + kGap, r.centerY - fm.height() / 2.0, verdictWidth, fm.height());
        const ConfidenceInterval &q = r.candidate.evidence.quality.interval;
        const double barHeight = std::clamp(needed * 0.3, 6.0, 12.0);
        r.bar = q.isValid() ? QRectF(QPointF(xForValue(q.lower), r.centerY - barHeight / 2),
                                     QPointF(xForValue(q.upper), r.centerY + barHeight / 2))
                            : QRectF();
    }

    const QString marginText
        = tr("margin %1").arg(CostFormat::signedPercent(-m_margin, m_margin == std::round(m_margin) ? 0 : 1));
    const double textWidth = fm.horizontalAdvance(marginText);
    const double x = std::clamp(xForValue(-m_margin) - textWidth / 2, double(kPad), width() - kPad - textWidth);
    m_marginLabel = QRectF(x, kPad, textWidth, fm.height());
}

int ForestPlot::rowAt(const QPoint &pos) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const double rowTop = m_plot.top() + i * (m_plot.height() / m_rows.size());
        if (pos.y() >= rowTop && pos.y() < rowTop + m_plot.height() / m_rows.size() && pos.x() >= kPad
            && pos.x() <= width() - kPad)
            return i;
    }
    return -1;
}

QString ForestPlot::toolTipText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const RecommendationCandidate &c = m_rows.at(row).candidate;
    const CandidateEvidence &e = c.evidence;
    const ConfidenceInterval &q = e.quality.interval;
    QStringList lines { c.model };
    if (q.isValid())
        lines.append(tr("Quality change: between %1 and %2 of %3's quality (estimate %4)")
                         .arg(CostFormat::signedPercent(q.lower, 1), CostFormat::signedPercent(q.upper, 1),
                              m_currentModel, CostFormat::signedPercent(q.estimate, 1)));
    else
        lines.append(tr("Quality change: no interval (too few judged pairs)"));
    lines.append(tr("%L1 paired prompts, %L2 with judge scores").arg(e.pairs).arg(e.qualityPairs));
    if (e.unit == QLatin1String("user"))
        lines.append(tr("Prompts of one user count together: %L1 users").arg(e.clusters));
    else if (e.unit == QLatin1String("session"))
        lines.append(tr("Prompts of one session count together: %L1 sessions").arg(e.clusters));
    lines.append(tr("Verdict: %1").arg(Recommendation::verdictText(c.verdict)));
    if (c.notDecisive()) {
        if (c.morePrompts < 0)
            lines.append(
                tr("It sits too close to the margin to settle within %L1 prompts.").arg(CandidateEvidence::planCap));
        else if (std::isfinite(c.moreCostUsd))
            lines.append(tr("About %L1 more prompts (≈ $%2) would settle it.")
                             .arg(c.morePrompts)
                             .arg(QLocale().toString(c.moreCostUsd, 'f', 2)));
    }
    return lines.join(u'\n');
}

bool ForestPlot::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipText(row), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ForestPlot::paintEvent(QPaintEvent *)
{
    relayout(); // cheap, and right after a late font or style change
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QFontMetrics fm = fontMetrics();

    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No verified candidates yet."));
        return;
    }

    // Grid and ticks
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    const int decimals = m_axis.decimals();
    const double axisY = m_plot.bottom();
    for (const double v : m_axis.ticks()) {
        const double x = xForValue(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, m_plot.top()), QPointF(x, axisY));
        p.setPen(QPen(text, 1));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        const QString label = CostFormat::signedPercent(v, decimals);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2, axisY + 6, w, fm.height()), Qt::AlignCenter, label);
    }
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(m_plot.left(), axisY), QPointF(m_plot.right(), axisY));
    // The title may use the whole width under the plot: centred on the plot when it fits there.
    const double titleWidth = std::min<double>(fm.horizontalAdvance(axisTitle()), width() - 2 * kPad);
    const double titleLeft
        = std::clamp(m_plot.center().x() - titleWidth / 2, double(kPad), width() - kPad - titleWidth);
    p.drawText(QRectF(titleLeft, axisY + 6 + fm.height() + 4, titleWidth, fm.height()), Qt::AlignCenter,
               fm.elidedText(axisTitle(), Qt::ElideRight, int(titleWidth) + 1));

    // Zero and the margin
    p.setPen(QPen(text, 1));
    p.drawLine(QPointF(xForValue(0.0), m_plot.top()), QPointF(xForValue(0.0), axisY));
    QPen dashed(text, 1.5, Qt::DashLine);
    p.setPen(dashed);
    const double marginX = xForValue(-m_margin);
    p.drawLine(QPointF(marginX, m_marginLabel.bottom() + 2), QPointF(marginX, axisY));
    p.setPen(text);
    p.drawText(m_marginLabel, Qt::AlignCenter,
               tr("margin %1").arg(CostFormat::signedPercent(-m_margin, m_margin == std::round(m_margin) ? 0 : 1)));

    QFont bold = font();
    bold.setBold(true);
    for (const Row &r : std::as_const(m_rows)) {
        const QColor color = verdictColor(r.candidate.verdict, pal);
        p.setFont(font());
        // A name above its bar may cross the margin and zero lines: keep it readable on the plot's own background.
        const QRectF ink = QFontMetricsF(font()).boundingRect(r.labelRect, Qt::AlignLeft | Qt::AlignVCenter, r.label);
        p.fillRect(ink.adjusted(-2, 0, 2, 0), pal.color(QPalette::Base));
        p.setPen(text);
        p.drawText(r.labelRect, Qt::AlignLeft | Qt::AlignVCenter, r.label);
        const ConfidenceInterval &q = r.candidate.evidence.quality.interval;
        if (q.isValid()) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(r.bar, 2, 2);
            p.setPen(QPen(pal.color(QPalette::Window), 1.5));
            p.setBrush(text);
            p.drawEllipse(QPointF(xForValue(q.estimate), r.centerY), 5, 5);
        } else {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(m_plot.left(), r.centerY - fm.height() / 2.0, m_plot.width(), fm.height()),
                       Qt::AlignCenter, tr("no interval"));
        }
        p.setFont(bold);
        p.setPen(color);
        p.drawText(r.verdictRect, Qt::AlignLeft | Qt::AlignVCenter, Recommendation::verdictText(r.candidate.verdict));
    }
}

} // namespace ShadowOptic
