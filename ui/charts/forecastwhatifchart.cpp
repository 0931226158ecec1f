// SPDX-License-Identifier: MIT
#include "forecastwhatifchart.h"

#include "chartstyle.h"

#include "models/costformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ShadowOptic {

namespace {
constexpr double BarWidth = 0.7; // of a category, shared by the two bars
}

ForecastWhatIfChart::ForecastWhatIfChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setReverseMarkers(true); // reads Logged, then the estimate, as the bars do from the top
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    connect(m_chart, &QChart::plotAreaChanged, this, &ForecastWhatIfChart::placeUnpriced);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(300, 180);
    clear();
}

ForecastWhatIfChart::~ForecastWhatIfChart() = default;

void ForecastWhatIfChart::clear()
{
    ChartStyle::clear(m_chart);
    m_rows.clear();
    m_categories.clear();
    m_whiskers = 0;
    m_series = nullptr;
    for (const auto &[text, row] : std::as_const(m_unpriced))
        delete text;
    m_unpriced.clear();
    m_chart->setTitle(tr("Logged spend vs estimate: no forecast yet"));
    setMinimumHeight(180);
    applyTheme();
}

QStringList ForecastWhatIfChart::categories() const
{
    QStringList out = m_categories;
    std::reverse(out.begin(), out.end());
    return out;
}

void ForecastWhatIfChart::setRows(const QList<WhatIfModel::Row> &all, const QString &title, const QString &estimateName)
{
    clear();
    if (all.isEmpty())
        return;
    const QList<WhatIfModel::Row> rows = all.mid(0, MaxRows);
    m_chart->setTitle(rows.size() < all.size() ? tr("%1 (%2 of %3 shown)").arg(title).arg(rows.size()).arg(all.size())
                                               : title);
    auto *logged = new QBarSet(tr("Logged spend"), m_chart);
    auto *estimate = new QBarSet(estimateName, m_chart);
    logged->setColor(QColor(0x9a, 0x9a, 0x9a));
    estimate->setColor(QColor(0x1f, 0x77, 0xb4));
    for (QBarSet *set : { logged, estimate })
        set->setBorderColor(Qt::transparent); // the default white outline glares on the dark palette
    double maxUsd = 0.0;
    // Horizontal bars draw the first category at the bottom: prepend so the list reads top-down.
    for (const WhatIfModel::Row &r : rows) {
        QString label = r.label;
        while (m_categories.contains(label))
            label += QChar(0x200B); // categories must be unique
        m_categories.prepend(label);
        m_rows.prepend(r);
        logged->insert(0, r.actualUsd);
        estimate->insert(0, r.priced ? r.estimateUsd : 0.0);
        maxUsd = std::max({ maxUsd, r.actualUsd, r.priced ? r.highUsd : 0.0 });
    }
    auto *series = new QHorizontalBarSeries(m_chart);
    series->setBarWidth(BarWidth);
    // The first set is drawn lowest in each category: the estimate below, the logged spend above it.
    series->append(estimate);
    series->append(logged);
    m_chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(m_categories);
    auto *value = new QValueAxis;
    value->setRange(0.0, std::max(0.01, maxUsd * 1.08));
    value->setLabelFormat(maxUsd >= 10 ? QStringLiteral("$%.0f") : QStringLiteral("$%.2f"));
    value->applyNiceNumbers();
    m_chart->addAxis(axis, Qt::AlignLeft);
    m_chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(value);

    // The interval across the estimate bar, whose centre sits a quarter of the bar width below the category's.
    const QColor whiskerColor(0xd6, 0x27, 0x28);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const WhatIfModel::Row &r = m_rows.at(i);
        if (!r.priced || r.highUsd <= r.lowUsd)
            continue;
        const double y = double(i) - BarWidth / 4.0;
        const double cap = BarWidth / 8.0;
        auto *whisker = new QLineSeries(m_chart);
        whisker->setName(tr("95 % interval"));
        whisker->append({ QPointF(r.lowUsd, y - cap), QPointF(r.lowUsd, y + cap), QPointF(r.lowUsd, y),
                          QPointF(r.highUsd, y), QPointF(r.highUsd, y - cap), QPointF(r.highUsd, y + cap) });
        QPen pen(whiskerColor);
        pen.setWidthF(1.6);
        whisker->setPen(pen);
        m_chart->addSeries(whisker);
        whisker->attachAxis(axis);
        whisker->attachAxis(value);
        if (m_whiskers > 0)
            for (QLegendMarker *marker : m_chart->legend()->markers(whisker))
                marker->setVisible(false);
        ++m_whiskers;
    }
    connect(series, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { showTip(status, index); });
    // "unpriced" where the bar would be, not on the axis: QtCharts elides a label that long.
    m_series = series;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).priced)
            continue;
        auto *text = new QGraphicsSimpleTextItem(tr("unpriced (no catalog price)"), m_chart);
        QFont font = text->font();
        font.setItalic(true);
        font.setPointSizeF(font.pointSizeF() * 0.85); // it shares the row with the logged spend's bar
        text->setFont(font);
        m_unpriced.append({ text, double(i) - BarWidth / 4.0 });
    }
    // Each row needs a line for its label; with less QtCharts turns every label into "…".
    setMinimumHeight(120 + 26 * int(m_rows.size()));
    applyTheme();
    placeUnpriced();
}

void ForecastWhatIfChart::placeUnpriced()
{
    if (!m_series)
        return;
    for (const auto &[text, row] : std::as_const(m_unpriced)) {
        const QPointF at = m_chart->mapToPosition(QPointF(0.0, row), m_series);
        text->setPos(at.x() + 6.0, at.y() - text->boundingRect().height() / 2.0);
    }
}

void ForecastWhatIfChart::showTip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_rows.size()) {
        QToolTip::hideText();
        return;
    }
    const WhatIfModel::Row &r = m_rows.at(index);
    QString text = QStringLiteral("<b>%1</b>").arg(r.label.toHtmlEscaped());
    text += QStringLiteral("<br/>") + tr("Logged spend: %1").arg(CostFormat::money(r.actualUsd));
    text += QStringLiteral("<br/>")
        + (r.priced ? tr("Estimate: %1 (95 % interval %2)")
                          .arg(CostFormat::money(r.estimateUsd), WhatIfModel::intervalText(true, r.lowUsd, r.highUsd))
                    : tr("unpriced: the catalog has no price for this model"));
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void ForecastWhatIfChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ForecastWhatIfChart::applyTheme()
{
    // The chart follows the application palette (light or dark) instead of QtCharts' fixed white theme.
    ChartStyle::applyPalette(m_chart, palette());
    for (const auto &[text, row] : std::as_const(m_unpriced))
        text->setBrush(palette().color(QPalette::Text));
}

} // namespace ShadowOptic
