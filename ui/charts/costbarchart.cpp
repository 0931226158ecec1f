// SPDX-License-Identifier: MIT
#include "costbarchart.h"

#include "chartstyle.h"

#include "models/costformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

CostBarChart::CostBarChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setReverseMarkers(true); // the bars read Logged, Computed, Re-priced from the top
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(300, 220);
    clear();
}

CostBarChart::~CostBarChart() = default;

void CostBarChart::clear()
{
    ChartStyle::clear(m_chart);
    m_rows.clear();
    m_categories.clear();
    m_chart->setTitle(tr("Logged vs computed cost: no costs yet"));
}

QStringList CostBarChart::categories() const
{
    QStringList out = m_categories;
    std::reverse(out.begin(), out.end());
    return out;
}

QStringList CostBarChart::keys() const
{
    QStringList out;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        out.append(it->key);
    return out;
}

int CostBarChart::labelWidth() const
{
    const QFontMetrics fm(QBarCategoryAxis().labelsFont());
    return std::clamp(width() / 2, fm.horizontalAdvance(QLatin1Char('M')) * 12, 300);
}

void CostBarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_rows.isEmpty() && labelWidth() != m_labelWidth)
        setReport(CostReport(m_report));
}

void CostBarChart::setReport(const CostReport &report)
{
    clear();
    m_report = report;
    if (report.rows.isEmpty())
        return;
    m_repricing = !report.adjustment.isEmpty();
    QList<CostRow> rows = report.rows;
    const qsizetype all = rows.size();
    if (rows.size() > MaxRows) {
        // Rows come most expensive first, months oldest first: keep the top ones, or the latest months.
        rows = report.grouping == CostReport::Grouping::Month ? rows.mid(rows.size() - MaxRows) : rows.mid(0, MaxRows);
    }
    const QString what = report.grouping == CostReport::Grouping::Model ? tr("Logged vs computed cost per model")
        : report.grouping == CostReport::Grouping::Month                ? tr("Logged vs computed cost per month")
                                                                        : tr("Logged vs computed cost per use case");
    m_chart->setTitle(rows.size() < all ? tr("%1 (%2 of %3 shown)").arg(what).arg(rows.size()).arg(all) : what);

    auto *logged = new QBarSet(tr("Logged"), m_chart);
    auto *computed = new QBarSet(tr("Computed"), m_chart);
    auto *repriced = m_repricing ? new QBarSet(tr("Re-priced"), m_chart) : nullptr;
    logged->setColor(QColor(0x1f, 0x77, 0xb4));
    computed->setColor(QColor(0xff, 0x7f, 0x0e));
    if (repriced)
        repriced->setColor(QColor(0x2c, 0xa0, 0x2c));

    auto *axis = new QBarCategoryAxis;
    const QFontMetrics fm(axis->labelsFont());
    m_labelWidth = labelWidth();
    QStringList keys; // the provider is named only where two providers log the same model
    QStringList repeated;
    for (const CostRow &r : std::as_const(rows)) {
        if (keys.contains(r.key))
            repeated.append(r.key);
        keys.append(r.key);
    }
    double maxUsd = 0.0;
    // Horizontal bars draw the first category at the bottom: prepend so the list reads top-down.
    for (const CostRow &r : std::as_const(rows)) {
        QString key = r.key.isEmpty() ? tr("(none)") : r.key;
        if (report.grouping == CostReport::Grouping::Model && !r.provider.isEmpty() && repeated.contains(r.key))
            key = tr("%1 (%2)").arg(key, r.provider);
        QString label = fm.elidedText(key, Qt::ElideRight, m_labelWidth);
        while (m_categories.contains(label))
            label += QChar(0x200B); // categories must be unique; elision can make two the same
        m_categories.prepend(label);
        m_rows.prepend(r);
        logged->insert(0, r.loggedUsd);
        computed->insert(0, r.computedUsd);
        maxUsd = std::max({ maxUsd, r.loggedUsd, r.computedUsd });
        if (repriced) {
            const double v = std::isfinite(r.repricedUsd) ? r.repricedUsd : 0.0;
            repriced->insert(0, v);
            maxUsd = std::max(maxUsd, v);
        }
    }
    auto *series = new QHorizontalBarSeries(m_chart);
    if (repriced)
        series->append(repriced);
    series->append(computed);
    series->append(logged);
    m_chart->addSeries(series);
    axis->append(m_categories);
    auto *value = new QValueAxis;
    value->setRange(0.0, std::max(0.01, maxUsd * 1.08));
    value->setLabelFormat(maxUsd >= 10 ? QStringLiteral("$%.0f") : QStringLiteral("$%.2f"));
    value->applyNiceNumbers();
    m_chart->addAxis(axis, Qt::AlignLeft);
    m_chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(value);
    connect(series, &QHorizontalBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { showTip(status, index); });
}

void CostBarChart::showTip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_rows.size()) {
        QToolTip::hideText();
        return;
    }
    const CostRow &r = m_rows.at(index);
    QString text = QStringLiteral("<b>%1</b>").arg(r.key.toHtmlEscaped());
    if (!r.provider.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.provider.toHtmlEscaped());
    text += QStringLiteral("<br/>") + tr("Logged: %1").arg(CostFormat::money(r.loggedUsd));
    text += QStringLiteral("<br/>") + tr("Computed: %1").arg(CostFormat::money(r.computedUsd));
    if (m_repricing)
        text += QStringLiteral("<br/>") + tr("Re-priced: %1").arg(CostFormat::money(r.repricedUsd));
    QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace ShadowOptic
