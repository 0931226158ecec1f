// SPDX-License-Identifier: MIT
#pragma once

#include "costs/costreport.h"
#include "eval/evaluatorreport.h"
#include "forecast/forecastreport.h"
#include "recommend/recommendation.h"
#include "refusal/refusalreport.h"
#include "reportstamp.h"
#include "rollout/rolloutstatus.h"

#include <QMetaType>

namespace ShadowOptic {

/** Everything a decision report shows, gathered by ReportJob from the same use cases the panels run: a value
 *  snapshot the PDF writer lays out without reading the project again. A part that could not be read carries its
 *  error instead, and the report says so rather than leaving it out silently. */
struct ReportData
{
    QString projectPath;
    ReportStamp stamp; // evidence, fingerprint, creation time
    qint64 logCount = 0;
    qint64 periodFromMs = 0;
    qint64 periodToMs = 0;
    QString target; // the gateway target the session would replay through
    QString judgeModel;

    bool hasRecommendation = false;
    Recommendation recommendation; // the newest stored for the profile
    EvaluatorReport evaluation; // the recommendation's, else the newest run's judged so far
    QString evaluationError;

    RefusalReport refusals;
    QString refusalsError;
    ForecastReport forecast;
    QString forecastError;
    CostReport costs;
    QString costsError;
    bool hasRollout = false;
    RolloutStatus rollout;
    QString rolloutError;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReportData)
