// SPDX-License-Identifier: MIT
#include "forecastcostchart.h"

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

ForecastCostChart::ForecastCostChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    connect(m_chart, &QChart::plotAreaChanged, this, &ForecastCostChart::placeUnpriced);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(300, 200);
    clear();
}

ForecastCostChart::~ForecastCostChart() = default;

void ForecastCostChart::clear()
{
    ChartStyle::clear(m_chart);
    m_rows.clear();
    m_categories.clear();
    m_whiskers = 0;
    m_series = nullptr;
    for (const auto &[text, row] : std::as_const(m_unpriced))
        delete text;
    m_unpriced.clear();
    m_chart->setTitle(tr("Predicted cost of the sample: no forecast yet"));
    applyTheme();
}

QStringList ForecastCostChart::categories() const
{
    QStringList out = m_categories;
    std::reverse(out.begin(), out.end());
    return out;
}

void ForecastCostChart::setCosts(const QList<ForecastModelCost> &costs, const QString &currentModel)
{
    clear();
    if (costs.isEmpty())
        return;
    m_chart->setTitle(tr("Predicted cost of the sample per model (bar: expected, whisker: P90)"));
    auto *expected = new QBarSet(tr("Expected"), m_chart);
    expected->setColor(QColor(0x1f, 0x77, 0xb4));
    expected->setBorderColor(Qt::transparent); // the default white outline glares on the dark palette
    double maxUsd = 0.0;
    // Horizontal bars draw the first category at the bottom: prepend so the list reads top-down.
    for (const ForecastModelCost &c : costs) {
        QString label = c.model == currentModel ? tr("%1 (current)").arg(c.model) : c.model;
        while (m_categories.contains(label))
            label += QChar(0x200B); // categories must be unique
        m_categories.prepend(label);
        m_rows.prepend(c);
        expected->insert(0, c.priced ? c.expectedUsd : 0.0);
        if (c.priced)
            maxUsd = std::max({ maxUsd, c.expectedUsd, c.p90Usd });
    }
    auto *series = new QHorizontalBarSeries(m_chart);
    series->setBarWidth(0.55);
    series->append(expected);
    m_chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(m_categories);
    auto *value = new QValueAxis;
    value->setRange(0.0, std::max(0.0001, maxUsd * 1.08));
    value->setLabelFormat(maxUsd >= 10      ? QStringLiteral("$%.0f")
                              : maxUsd >= 1 ? QStringLiteral("$%.2f")
                                            : QStringLiteral("$%.3g"));
    value->applyNiceNumbers();
    value->setTitleText(tr("USD for the whole sample"));
    m_chart->addAxis(axis, Qt::AlignLeft);
    m_chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(value);

    // A whisker from the expected cost out to P90 with a cap, on the bar's row (categories count 0, 1, … upwards).
    const QColor whiskerColor(0xd6, 0x27, 0x28);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ForecastModelCost &c = m_rows.at(i);
        if (!c.priced || c.p90Usd <= 0.0)
            continue;
        auto *whisker = new QLineSeries(m_chart);
        whisker->setName(tr("P90 (safety)"));
        const double y = double(i);
        whisker->append({ QPointF(c.expectedUsd, y), QPointF(c.p90Usd, y), QPointF(c.p90Usd, y - 0.2),
                          QPointF(c.p90Usd, y + 0.2) });
        QPen pen(whiskerColor);
        pen.setWidthF(2.0);
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
        text->setFont(font);
        m_unpriced.append({ text, double(i) });
    }
    // Every model's label needs its line; a squeezed axis elides them to "…".
    setMinimumHeight(130 + 28 * int(m_rows.size()));
    applyTheme();
    placeUnpriced();
}

void ForecastCostChart::placeUnpriced()
{
    if (!m_series)
        return;
    for (const auto &[text, row] : std::as_const(m_unpriced)) {
        const QPointF at = m_chart->mapToPosition(QPointF(0.0, row), m_series);
        text->setPos(at.x() + 6.0, at.y() - text->boundingRect().height() / 2.0);
    }
}

void ForecastCostChart::showTip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_rows.size()) {
        QToolTip::hideText();
        return;
    }
    const ForecastModelCost &c = m_rows.at(index);
    QString text = QStringLiteral("<b>%1</b>").arg(c.model.toHtmlEscaped());
    if (!c.priced) {
        text += QStringLiteral("<br/>") + tr("unpriced: the catalog has no price for this model");
    } else {
        text += QStringLiteral("<br/>") + tr("Expected: %1").arg(CostFormat::money(c.expectedUsd));
        text += QStringLiteral("<br/>") + tr("P90: %1").arg(CostFormat::money(c.p90Usd));
        text += QStringLiteral("<br/>") + tr("Per prompt: %1").arg(CostFormat::money(c.expectedPerPromptUsd));
    }
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void ForecastCostChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ForecastCostChart::applyTheme()
{
    // The chart follows the application palette (light or dark) instead of QtCharts' fixed white theme.
    ChartStyle::applyPalette(m_chart, palette());
    for (const auto &[text, row] : std::as_const(m_unpriced))
        text->setBrush(palette().color(QPalette::Text));
}

} // namespace ShadowOptic
