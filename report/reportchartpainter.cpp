// SPDX-License-Identifier: MIT
#include "reportchartpainter.h"

#include "reportmoney.h"
#include "util/niceaxis.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

const QColor Ink(0x22, 0x2b, 0x36);
const QColor Grid(0xdd, 0xe2, 0xe8);
const QColor Muted(0x6b, 0x76, 0x83);
const QColor Accent(0x1f, 0x6f, 0xb5);
const QColor Current(0xc2, 0x5b, 0x12);
const QColor Pass(0x2e, 0x7d, 0x32);
const QColor Fail(0xc6, 0x28, 0x28);
const QColor Open(0xb2, 0x6a, 0x00);
const QList<QColor> Series { QColor(0x1f, 0x6f, 0xb5), QColor(0xc2, 0x5b, 0x12), QColor(0x2e, 0x7d, 0x32),
                             QColor(0x7b, 0x1f, 0xa2), QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                             QColor(0x5d, 0x40, 0x37), QColor(0x45, 0x5a, 0x64) };

// Device units per typographic point: the same chart reads the same on a 300 dpi page and a 96 dpi image.
double pointSize(const QPainter *p)
{
    return p->device() ? p->device()->logicalDpiX() / 72.0 : 1.0;
}

QFont font(const QPainter *p, double points, bool bold = false)
{
    QFont f = p->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString moneyTick(double usd)
{
    return ReportMoney::text(usd, ReportMoney::Style::AxisTick);
}

/** A linear or log10 axis mapped onto [from, to] device coordinates. */
struct Scale
{
    double lo = 0, hi = 1;
    bool log = false;
    double from = 0, to = 1;
    QList<double> ticks;

    static Scale fit(double lo, double hi, bool allowLog)
    {
        Scale s;
        if (!(hi > lo)) {
            const double pad = std::abs(lo) > 0 ? std::abs(lo) * 0.1 : 1.0;
            lo -= pad;
            hi += pad;
        }
        s.log = allowLog && lo > 0 && hi / lo > 30.0;
        if (s.log) {
            s.lo = std::pow(10.0, std::floor(std::log10(lo)));
            s.hi = std::pow(10.0, std::ceil(std::log10(hi)));
            for (double t = s.lo; t <= s.hi * 1.0001; t *= 10.0)
                s.ticks.append(t);
        } else {
            const NiceAxis a = NiceAxis::fit(lo, hi, 6);
            s.lo = a.min;
            s.hi = a.max;
            s.ticks = a.ticks();
        }
        return s;
    }
    double map(double v) const
    {
        const double t
            = log ? (std::log10(v) - std::log10(lo)) / (std::log10(hi) - std::log10(lo)) : (v - lo) / (hi - lo);
        return from + t * (to - from);
    }
};

/** Grid, ticks and axis titles; returns nothing, the scales carry the mapping. */
void drawAxes(QPainter *p, const QRectF &plot, const Scale &x, const Scale &y, const QString &xTitle,
              const QString &yTitle, const std::function<QString(double)> &xText,
              const std::function<QString(double)> &yText)
{
    const double pt = pointSize(p);
    p->setFont(font(p, 7));
    const QFontMetricsF fm(p->font(), p->device());
    p->setPen(QPen(Grid, 0.5 * pt));
    for (double t : x.ticks)
        p->drawLine(QPointF(x.map(t), plot.top()), QPointF(x.map(t), plot.bottom()));
    for (double t : y.ticks)
        p->drawLine(QPointF(plot.left(), y.map(t)), QPointF(plot.right(), y.map(t)));
    p->setPen(QPen(Muted, 0.8 * pt));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());
    p->setPen(Ink);
    for (double t : x.ticks) {
        const QString s = xText(t);
        const double w = fm.horizontalAdvance(s);
        p->drawText(QPointF(qBound(plot.left() - w / 2, x.map(t) - w / 2, plot.right() - w / 2),
                            plot.bottom() + 3 * pt + fm.ascent()),
                    s);
    }
    for (double t : y.ticks) {
        const QString s = yText(t);
        p->drawText(QPointF(plot.left() - 4 * pt - fm.horizontalAdvance(s), y.map(t) + fm.ascent() / 2 - 1), s);
    }
    p->setFont(font(p, 7.5, true));
    const QFontMetricsF tm(p->font(), p->device());
    p->drawText(QPointF(plot.center().x() - tm.horizontalAdvance(xTitle) / 2,
                        plot.bottom() + 5 * pt + fm.height() + tm.ascent()),
                xTitle);
    p->save();
    p->translate(plot.left() - 9 * pt - fm.horizontalAdvance(QStringLiteral("0.000")) - tm.descent(),
                 plot.center().y() + tm.horizontalAdvance(yTitle) / 2);
    p->rotate(-90);
    p->drawText(QPointF(0, 0), yTitle);
    p->restore();
}

void emptyChart(QPainter *p, const QRectF &rect, const QString &text)
{
    const double pt = pointSize(p);
    p->setPen(QPen(Grid, 0.8 * pt));
    p->setBrush(Qt::NoBrush);
    p->drawRect(rect.adjusted(pt, pt, -pt, -pt));
    p->setFont(font(p, 9));
    p->setPen(Muted);
    p->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

/** Places a label near a point where it overlaps no earlier label and stays inside bounds. */
QRectF placeLabel(const QPointF &at, const QSizeF &size, double gap, const QRectF &bounds, QList<QRectF> *taken)
{
    const QList<QPointF> offsets { { gap, -size.height() / 2 },
                                   { -gap - size.width(), -size.height() / 2 },
                                   { -size.width() / 2, -gap - size.height() },
                                   { -size.width() / 2, gap },
                                   { gap, -size.height() - gap },
                                   { gap, gap },
                                   { -gap - size.width(), -size.height() - gap },
                                   { -gap - size.width(), gap } };
    QRectF best;
    for (const QPointF &o : offsets) {
        QRectF r(at + o, size);
        if (!bounds.contains(r))
            continue;
        const bool free
            = std::none_of(taken->cbegin(), taken->cend(), [&r](const QRectF &t) { return t.intersects(r); });
        if (free) {
            best = r;
            break;
        }
        if (best.isNull())
            best = r;
    }
    if (best.isNull())
        best = QRectF(at + offsets.first(), size);
    taken->append(best);
    return best;
}

} // namespace

void ReportChartPainter::tradeoff(QPainter *p, const QRectF &rect, const EvaluatorReport &report)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QList<const ModelAggregate *> points;
    for (const ModelAggregate &m : report.models)
        if (m.priced && m.costPerRequest > 0 && m.judged > 0 && m.quality.isValid())
            points.append(&m);
    if (points.isEmpty()) {
        emptyChart(p, rect, tr("No model has both a price and judged answers yet: replay and evaluate a sample."));
        p->restore();
        return;
    }
    double xLo = points.first()->costPerRequest, xHi = xLo, yLo = points.first()->quality.lower, yHi = yLo;
    for (const ModelAggregate *m : points) {
        xLo = std::min(xLo, m->costPerRequest);
        xHi = std::max(xHi, m->costPerRequest);
        yLo = std::min(yLo, m->quality.lower);
        yHi = std::max(yHi, m->quality.upper);
    }
    const double pt = pointSize(p);
    const QRectF plot = rect.adjusted(52 * pt, 8 * pt, -10 * pt, -30 * pt);
    Scale x = Scale::fit(xLo / 1.25, xHi * 1.25, true);
    Scale y = Scale::fit(std::max(0.0, yLo - 2), std::min(100.0, yHi + 2), false);
    x.from = plot.left();
    x.to = plot.right();
    y.from = plot.bottom();
    y.to = plot.top();
    drawAxes(p, plot, x, y, x.log ? tr("Cost per request (USD, log scale)") : tr("Cost per request (USD)"),
             tr("Quality (0–100, 95 % CI)"), moneyTick, [](double v) { return QLocale().toString(v, 'f', 0); });

    QList<const ModelAggregate *> frontier;
    for (const ModelAggregate *m : points)
        if (m->onParetoFrontier)
            frontier.append(m);
    std::sort(frontier.begin(), frontier.end(),
              [](const ModelAggregate *a, const ModelAggregate *b) { return a->costPerRequest < b->costPerRequest; });
    if (frontier.size() > 1) {
        QPainterPath path;
        path.moveTo(x.map(frontier.first()->costPerRequest), y.map(frontier.first()->quality.estimate));
        for (qsizetype i = 1; i < frontier.size(); ++i)
            path.lineTo(x.map(frontier.at(i)->costPerRequest), y.map(frontier.at(i)->quality.estimate));
        p->setPen(QPen(Pass, 1.2 * pt, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    }
    QList<QRectF> taken;
    for (const ModelAggregate *m : points) {
        const QPointF c(x.map(m->costPerRequest), y.map(m->quality.estimate));
        taken.append(QRectF(c - QPointF(4 * pt, 4 * pt), QSizeF(8 * pt, 8 * pt)));
    }
    p->setFont(font(p, 7.5));
    for (const ModelAggregate *m : points) {
        const QColor colour = m->isCurrent ? Current : Accent;
        const QPointF c(x.map(m->costPerRequest), y.map(m->quality.estimate));
        p->setPen(QPen(colour, 0.9 * pt));
        const double top = y.map(m->quality.upper), bottom = y.map(m->quality.lower);
        p->drawLine(QPointF(c.x(), top), QPointF(c.x(), bottom));
        p->drawLine(QPointF(c.x() - 2.5 * pt, top), QPointF(c.x() + 2.5 * pt, top));
        p->drawLine(QPointF(c.x() - 2.5 * pt, bottom), QPointF(c.x() + 2.5 * pt, bottom));
        p->setBrush(m->source == AnswerSource::Value::Baseline ? QBrush(Qt::white) : QBrush(colour));
        p->drawEllipse(c, 3.2 * pt, 3.2 * pt);
        const QString label = m->isCurrent ? tr("%1 (current)").arg(m->label()) : m->label();
        p->setFont(font(p, 7.5, m->isCurrent));
        const QFontMetricsF fm(p->font(), p->device());
        const QRectF r = placeLabel(c, QSizeF(fm.horizontalAdvance(label) + 2 * pt, fm.height()), 5 * pt,
                                    plot.adjusted(2 * pt, 2 * pt, -2 * pt, -2 * pt), &taken);
        p->setPen(m->isCurrent ? Current : Ink);
        p->drawText(r, Qt::AlignCenter, label);
    }
    p->restore();
}

QList<const RecommendationCandidate *> ReportChartPainter::plottedCandidates(const Recommendation &recommendation)
{
    QList<const RecommendationCandidate *> out;
    for (const RecommendationCandidate &c : recommendation.candidates)
        if (c.stage == RecommendationCandidate::Stage::Verified && c.evidence.quality.interval.isValid())
            out.append(&c);
    return out;
}

void ReportChartPainter::intervals(QPainter *p, const QRectF &rect, const Recommendation &recommendation)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QList<const RecommendationCandidate *> rows = plottedCandidates(recommendation);
    if (rows.isEmpty()) {
        emptyChart(p, rect, tr("No candidate has been verified yet."));
        p->restore();
        return;
    }
    const double margin = -recommendation.thresholds.maxQualityDropPercent;
    double lo = std::min(margin, 0.0), hi = 0.0;
    for (const RecommendationCandidate *c : rows) {
        lo = std::min(lo, c->evidence.quality.interval.lower);
        hi = std::max(hi, c->evidence.quality.interval.upper);
    }
    const double pt = pointSize(p);
    p->setFont(font(p, 8, true));
    const QFontMetricsF lm(p->font(), p->device());
    double labelWidth = 0;
    for (const RecommendationCandidate *c : rows)
        labelWidth = std::max(labelWidth, lm.horizontalAdvance(c->model));
    labelWidth = std::min(labelWidth + 8 * pt, rect.width() * 0.35);
    const QFontMetricsF vm(font(p, 7.5, true), p->device());
    double verdictWidth = 0;
    for (const RecommendationCandidate *c : rows)
        verdictWidth = std::max(verdictWidth, vm.horizontalAdvance(Recommendation::verdictText(c->verdict)));
    const QRectF plot = rect.adjusted(labelWidth, 6 * pt, -(verdictWidth + 10 * pt), -30 * pt);
    Scale x = Scale::fit(lo - 1, hi + 1, false);
    x.from = plot.left();
    x.to = plot.right();
    Scale y;
    y.lo = 0;
    y.hi = double(rows.size());
    y.from = plot.top();
    y.to = plot.bottom();

    // Worse than the margin: the region a candidate's lower bound must stay out of.
    p->fillRect(QRectF(QPointF(plot.left(), plot.top()), QPointF(x.map(margin), plot.bottom())),
                QColor(0xfd, 0xec, 0xea));
    drawAxes(
        p, plot, x, y,
        tr("Quality difference to %1 (% of its score, anytime-valid 95 % interval)").arg(recommendation.currentModel),
        QString(),
        [](double v) -> QString {
            return QLocale().toString(v, 'f', std::abs(v) < 10 && v != std::floor(v) ? 1 : 0) + QStringLiteral(" %");
        },
        [](double) { return QString(); });
    p->setPen(QPen(Fail, 1.0 * pt, Qt::DashLine));
    p->drawLine(QPointF(x.map(margin), plot.top()), QPointF(x.map(margin), plot.bottom()));
    p->setPen(QPen(Ink, 0.8 * pt));
    p->drawLine(QPointF(x.map(0), plot.top()), QPointF(x.map(0), plot.bottom()));
    p->setFont(font(p, 7));
    p->setPen(Fail);
    const QString marginText = tr("margin %1 %").arg(QLocale().toString(margin, 'f', 1));
    p->drawText(QPointF(x.map(margin) + 2 * pt, plot.top() + QFontMetricsF(p->font(), p->device()).ascent()),
                marginText);

    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RecommendationCandidate *c = rows.at(i);
        const GateEvidence &q = c->evidence.quality;
        const double cy = y.map(i + 0.5);
        const QColor colour = q.verdict == NonInferiorityVerdict::Pass ? Pass
            : q.verdict == NonInferiorityVerdict::Fail                 ? Fail
                                                                       : Open;
        p->setPen(QPen(colour, 1.6 * pt));
        p->drawLine(QPointF(x.map(q.interval.lower), cy), QPointF(x.map(q.interval.upper), cy));
        p->drawLine(QPointF(x.map(q.interval.lower), cy - 3 * pt), QPointF(x.map(q.interval.lower), cy + 3 * pt));
        p->drawLine(QPointF(x.map(q.interval.upper), cy - 3 * pt), QPointF(x.map(q.interval.upper), cy + 3 * pt));
        p->setBrush(colour);
        p->drawEllipse(QPointF(x.map(q.interval.estimate), cy), 3 * pt, 3 * pt);
        p->setFont(font(p, 8, true));
        p->setPen(Ink);
        p->drawText(QRectF(rect.left(), cy - lm.height(), labelWidth - 6 * pt, 2 * lm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, lm.elidedText(c->model, Qt::ElideMiddle, labelWidth - 6 * pt));
        p->setFont(font(p, 7.5, true));
        p->setPen(colour);
        p->drawText(QRectF(plot.right() + 6 * pt, cy - vm.height(), verdictWidth + 4 * pt, 2 * vm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, Recommendation::verdictText(c->verdict));
    }
    p->restore();
}

namespace {

struct Mark
{
    QPointF at;
    int series;
};

QList<Mark> accuracyMarkList(const QRectF &plot, const ForecastAccuracy &a, double dotsPerPoint, Scale *x, Scale *y,
                             QStringList *models)
{
    double lo = 0, hi = 0;
    bool first = true;
    for (const ForecastAccuracyPoint &pnt : a.points) {
        if (pnt.predictedUsd <= 0 || pnt.actualUsd <= 0)
            continue;
        const double l = std::min(pnt.predictedUsd, pnt.actualUsd), h = std::max(pnt.predictedUsd, pnt.actualUsd);
        lo = first ? l : std::min(lo, l);
        hi = first ? h : std::max(hi, h);
        first = false;
        if (!models->contains(pnt.model))
            models->append(pnt.model);
    }
    if (first)
        return {};
    *x = Scale::fit(lo / 1.1, hi * 1.1, true);
    *y = *x;
    x->from = plot.left();
    x->to = plot.right();
    y->from = plot.bottom();
    y->to = plot.top();
    // One mark per 0.35 mm cell and series: thousands of answers stay a few hundred vector marks.
    const double cell = std::max(1.0, 0.35 / 25.4 * 72.0 * dotsPerPoint);
    QSet<qint64> seen;
    QList<Mark> marks;
    for (const ForecastAccuracyPoint &pnt : a.points) {
        if (pnt.predictedUsd <= 0 || pnt.actualUsd <= 0)
            continue;
        const QPointF at(x->map(pnt.predictedUsd), y->map(pnt.actualUsd));
        const int series = int(models->indexOf(pnt.model));
        const qint64 key = (qint64(at.x() / cell) << 32) ^ (qint64(at.y() / cell) << 4) ^ series;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        marks.append({ at, series });
    }
    return marks;
}

} // namespace

int ReportChartPainter::accuracyMarks(const QRectF &rect, const ForecastAccuracy &accuracy, double dotsPerPoint)
{
    Scale x, y;
    QStringList models;
    return int(accuracyMarkList(rect, accuracy, dotsPerPoint, &x, &y, &models).size());
}

void ReportChartPainter::accuracy(QPainter *p, const QRectF &rect, const ForecastAccuracy &a)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double pt = pointSize(p);
    const QRectF plot = rect.adjusted(56 * pt, 8 * pt, -10 * pt, -30 * pt);
    Scale x, y;
    QStringList models;
    const QList<Mark> marks = accuracyMarkList(plot, a, pt, &x, &y, &models);
    if (marks.isEmpty()) {
        emptyChart(p, rect, tr("No replayed answer with a predicted and an actual cost yet."));
        p->restore();
        return;
    }
    drawAxes(p, plot, x, y,
             x.log ? tr("Predicted cost per answer (USD, log scale)") : tr("Predicted cost per answer (USD)"),
             tr("Actual cost (USD)"), moneyTick, moneyTick);
    p->setPen(QPen(Muted, 0.9 * pt, Qt::DashLine));
    p->drawLine(QPointF(x.map(x.lo), y.map(y.lo)), QPointF(x.map(x.hi), y.map(y.hi)));
    p->setPen(Qt::NoPen);
    for (const Mark &m : marks) {
        QColor c = Series.at(m.series % Series.size());
        c.setAlphaF(0.75);
        p->setBrush(c);
        p->drawEllipse(m.at, 1.6 * pt, 1.6 * pt);
    }
    // Legend, top left inside the plot.
    p->setFont(font(p, 7));
    const QFontMetricsF fm(p->font(), p->device());
    double ly = plot.top() + 4 * pt;
    for (qsizetype i = 0; i < models.size(); ++i) {
        p->setPen(Qt::NoPen);
        p->setBrush(Series.at(i % Series.size()));
        p->drawEllipse(QPointF(plot.left() + 8 * pt, ly + fm.height() / 2), 2.2 * pt, 2.2 * pt);
        p->setPen(Ink);
        p->drawText(QPointF(plot.left() + 13 * pt, ly + fm.ascent()), models.at(i));
        ly += fm.height() + pt;
    }
    // Under the diagonal, near its right end, where no legend sits.
    p->setPen(Muted);
    const QString diagonal = tr("dashed: predicted = actual");
    p->drawText(QPointF(plot.right() - fm.horizontalAdvance(diagonal) - 4 * pt, plot.bottom() - fm.descent() - 4 * pt),
                diagonal);
    p->restore();
}

} // namespace ShadowOptic
