// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evaluatorreport.h"
#include "forecast/forecastreport.h"
#include "recommend/recommendation.h"

#include <QCoreApplication>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ShadowOptic {

/**
 * The report's charts, painted as vectors on any QPainter (the PDF at print resolution, an image in tests): the
 * cost/quality trade-off, each candidate's quality interval against the margin, and predicted against actual
 * cost. Sizes are in points scaled to the device, so a chart reads the same on paper at any resolution; a scatter
 * draws one mark per occupied 0.35 mm cell, so thousands of points do not make a large file.
 */
class ReportChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportChartPainter)
public:
    static void tradeoff(QPainter *painter, const QRectF &rect, const EvaluatorReport &report);
    static void intervals(QPainter *painter, const QRectF &rect, const Recommendation &recommendation);
    static void accuracy(QPainter *painter, const QRectF &rect, const ForecastAccuracy &accuracy);
    /** Marks a scatter of n points would draw (after merging points that share a cell), for tests. */
    static int accuracyMarks(const QRectF &rect, const ForecastAccuracy &accuracy, double dotsPerPoint);
    /** Verified candidates the interval chart shows. */
    static QList<const RecommendationCandidate *> plottedCandidates(const Recommendation &recommendation);
};

} // namespace ShadowOptic
