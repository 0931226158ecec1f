// SPDX-License-Identifier: MIT
#pragma once

#include "store/exportstore.h"

#include <QList>
#include <QVariantList>

namespace ShadowOptic {

struct EvaluatorReport;
struct RefusalReport;
struct RolloutEvent;
struct RolloutExperiment;

/** Turns the product's own values into the rows of ExportDataset's columns (same order). Cells the project does
 *  not know (unpriced cost, a missing interval, an unjudged answer) are null, never 0. Pure. */
class ExportRows
{
public:
    /** One row per model and source of the evaluation, as the Trade-off panel's table shows them. */
    static QList<QVariantList> models(const EvaluatorReport &report, qint64 runId);
    static QVariantList replay(const ExportStore::ReplayRow &row);
    /** One row per candidate of a stored recommendation (one row with empty candidate cells when it has none). */
    static QList<QVariantList> recommendation(const ExportStore::StoredRecommendation &stored);
    static QList<QVariantList> clusters(const RefusalReport &report);
    static QVariantList auditEvent(const RolloutExperiment &experiment, const RolloutEvent &event);

    /** ISO 8601 in UTC with milliseconds; null for 0 (unknown). */
    static QVariant timestamp(qint64 ms);
};

} // namespace ShadowOptic
