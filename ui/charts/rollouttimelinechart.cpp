// SPDX-License-Identifier: MIT
#include "rollouttimelinechart.h"

#include "chartstyle.h"
#include "util/niceaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ShadowOptic {

namespace {

const QColor stageColours[] = { QColor(0x7f, 0x7f, 0x7f), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0x1f, 0x77, 0xb4), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b) };

} // namespace

RolloutTimelineChart::RolloutTimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(300, 170);
    clear();
}

RolloutTimelineChart::~RolloutTimelineChart() = default;

void RolloutTimelineChart::clear()
{
    ChartStyle::clear(m_chart);
    m_segments.clear();
    m_chart->setTitle(tr("Time to full rollout: no simulation yet"));
    ChartStyle::applyPalette(m_chart, palette());
}

void RolloutTimelineChart::setTimeline(const QList<Segment> &segments, double targetHours)
{
    clear();
    if (segments.isEmpty())
        return;
    m_segments = segments;
    double total = 0.0;
    for (const Segment &s : segments)
        total += s.hours;
    const bool days = std::max(total, targetHours) >= 72.0;
    const double unit = days ? 24.0 : 1.0;
    const QLocale locale;
    m_chart->setTitle(days ? tr("Time to full rollout: %1 days").arg(locale.toString(total / 24.0, 'f', 1))
                           : tr("Time to full rollout: %1 hours").arg(locale.toString(total, 'f', 1)));

    auto *series = new QHorizontalStackedBarSeries(m_chart);
    series->setBarWidth(0.6);
    for (int i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        auto *set = new QBarSet(s.stage, series);
        set->append(s.hours / unit);
        set->setColor(stageColours[i % std::size(stageColours)]);
        set->setBorderColor(Qt::transparent);
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, i](bool on) {
            if (!on || i >= m_segments.size()) {
                QToolTip::hideText();
                return;
            }
            const Segment &seg = m_segments.at(i);
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 h — %3").arg(seg.stage, QLocale().toString(seg.hours, 'f', 1), seg.why));
        });
    }
    m_chart->addSeries(series);
    auto *category = new QBarCategoryAxis(m_chart);
    category->append(tr("Rollout"));
    m_chart->addAxis(category, Qt::AlignLeft);
    series->attachAxis(category);

    auto *value = new QValueAxis(m_chart);
    value->setTitleText(days ? tr("days") : tr("hours"));
    const NiceAxis axis = NiceAxis::fit(0.0, std::max(total, targetHours) / unit * 1.05, 8);
    value->setRange(axis.min, axis.max);
    value->setTickType(QValueAxis::TicksDynamic);
    value->setTickAnchor(0.0);
    value->setTickInterval(axis.step);
    value->setLabelFormat(QStringLiteral("%.") + QString::number(axis.decimals()) + u'f');
    m_chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(value);

    if (targetHours > 0) {
        auto *target = new QLineSeries(m_chart);
        target->setName(tr("7-day target"));
        target->append(targetHours / unit, -0.5);
        target->append(targetHours / unit, 0.5);
        target->setPen(QPen(QColor(200, 40, 40), 2, Qt::DashLine));
        m_chart->addSeries(target);
        target->attachAxis(value);
        target->attachAxis(category);
    }
    ChartStyle::applyPalette(m_chart, palette());
}

void RolloutTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::applyPalette(m_chart, palette());
    QWidget::changeEvent(event);
}

} // namespace ShadowOptic
