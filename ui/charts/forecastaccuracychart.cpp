// SPDX-License-Identifier: MIT
#include "forecastaccuracychart.h"

#include "chartstyle.h"

#include "models/costformat.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

const QList<QColor> &modelColors()
{
    static const QList<QColor> colors { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf),
                                        QColor(0xbc, 0xbd, 0x22), QColor(0xe3, 0x77, 0xc2) };
    return colors;
}

} // namespace

ForecastAccuracyChart::ForecastAccuracyChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // owns the chart; QChartView(this) makes one setChart() would leak
    , m_empty(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_empty->setObjectName(QStringLiteral("forecastAccuracyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setMinimumWidth(80);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_empty);
    m_legend->setObjectName(QStringLiteral("forecastAccuracyLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setMinimumWidth(80);
    m_legend->setAlignment(Qt::AlignHCenter);
    auto *plot = new QWidget(this);
    auto *plotLayout = new QVBoxLayout(plot);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(m_view, 1);
    plotLayout->addWidget(m_legend);
    m_stack->addWidget(plot);
    setMinimumSize(300, 260);
    clear();
}

ForecastAccuracyChart::~ForecastAccuracyChart() = default;

bool ForecastAccuracyChart::isEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString ForecastAccuracyChart::emptyText() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

void ForecastAccuracyChart::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ForecastAccuracyChart::clear()
{
    ChartStyle::clear(m_chart);
    m_modelSeries = 0;
    m_points = 0;
    m_legend->clear();
    m_log = false;
    showEmpty(tr("Replay a sample to compare predicted with actual costs."));
}

void ForecastAccuracyChart::setAccuracy(const ForecastAccuracy &accuracy)
{
    clear();
    if (accuracy.runId == 0)
        return;
    QMap<QString, QList<QPointF>> byModel;
    double lo = qInf();
    double hi = 0.0;
    for (const ForecastAccuracyPoint &p : accuracy.points) {
        byModel[p.model].append(QPointF(p.predictedUsd, p.actualUsd));
        for (double v : { p.predictedUsd, p.actualUsd }) {
            if (v > 0.0)
                lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (byModel.isEmpty() || hi <= 0.0) {
        showEmpty(tr("Run %1 has no priced, successful answers to compare with the forecast.").arg(accuracy.runId));
        return;
    }
    m_log = hi / lo > 30.0;
    QAbstractAxis *axisX;
    QAbstractAxis *axisY;
    double from = 0.0;
    double to = hi * 1.08;
    if (m_log) {
        from = lo / 1.5;
        to = hi * 1.5;
        auto makeLog = [from, to](const QString &title) {
            auto *axis = new QLogValueAxis;
            axis->setBase(10.0);
            axis->setMinorTickCount(8);
            axis->setLabelFormat(QStringLiteral("$%.2g"));
            axis->setRange(from, to);
            axis->setTitleText(title);
            return axis;
        };
        axisX = makeLog(tr("Predicted cost per answer (USD, log scale)"));
        axisY = makeLog(tr("Actual cost per answer (USD, log scale)"));
    } else {
        auto makeLinear = [to](const QString &title) {
            auto *axis = new QValueAxis;
            axis->setRange(0.0, to);
            axis->setLabelFormat(to >= 1 ? QStringLiteral("$%.2f") : QStringLiteral("$%.2g"));
            axis->applyNiceNumbers();
            axis->setTitleText(title);
            return axis;
        };
        axisX = makeLinear(tr("Predicted cost per answer (USD)"));
        axisY = makeLinear(tr("Actual cost per answer (USD)"));
    }
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->setTitle(tr("Predicted vs actual cost, run %1").arg(accuracy.runId));

    auto *diagonal = new QLineSeries(m_chart);
    diagonal->setName(tr("y = x (exact forecast)"));
    diagonal->append({ QPointF(from > 0 ? from : 0.0, from > 0 ? from : 0.0), QPointF(to, to) });
    QPen pen(palette().color(QPalette::Text));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    diagonal->setPen(pen);
    m_chart->addSeries(diagonal);
    diagonal->attachAxis(axisX);
    diagonal->attachAxis(axisY);

    int colour = 0;
    QStringList legend;
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        QList<QPointF> points;
        for (const QPointF &p : it.value())
            if (!m_log || (p.x() > 0.0 && p.y() > 0.0)) // a log axis has no place for $0
                points.append(p);
        if (points.isEmpty())
            continue;
        auto *series = new QScatterSeries(m_chart);
        series->setName(it.key());
        series->setMarkerSize(7.0);
        series->setBorderColor(Qt::transparent);
        QColor c = modelColors().at(colour++ % modelColors().size());
        c.setAlpha(points.size() > 200 ? 140 : 220); // dense clouds stay readable where they overlap
        series->setColor(c);
        // Non-breaking inside an entry, so the legend wraps between models, never inside one.
        legend.append(
            QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;").arg(c.name(QColor::HexRgb))
            + tr("%1 (%2 answers)").arg(it.key().toHtmlEscaped()).arg(points.size()).replace(u' ', u'\u00a0'));
        series->replace(points);
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        const QString model = it.key();
        connect(series, &QScatterSeries::hovered, this, [this, model](const QPointF &p, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: predicted %2, actual %3").arg(model, CostFormat::money(p.x()), CostFormat::money(p.y())),
                m_view);
        });
        ++m_modelSeries;
        m_points += int(points.size());
    }
    legend.append(tr("dashed: y = x (exact forecast)").replace(u' ', u'\u00a0'));
    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    m_stack->setCurrentIndex(1);
    applyTheme();
}

void ForecastAccuracyChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ForecastAccuracyChart::applyTheme()
{
    // The chart follows the application palette (light or dark) instead of QtCharts' fixed white theme.
    ChartStyle::applyPalette(m_chart, palette());
}

} // namespace ShadowOptic
