// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastrow.h"

#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** What the cost forecast reads: the successful logged requests and replayed answers with their token counts and
 *  costs (no prompt text; LogStore reads that for the few rows that need it) and the finished replay runs. */
class ForecastStore
{
public:
    explicit ForecastStore(const ProjectStore &store);

    /** Successful logged requests with an answer length (completion tokens > 0), in row order. */
    bool loggedRows(QList<ForecastRow> *rows, QString *error) const;
    /** Successful replayed answers of every run (the newest per prompt and model), with their log's use case and
     *  max_tokens. */
    bool replayedRows(QList<ForecastRow> *rows, QString *error) const;
    /** Successful, priced answers of one replay run. */
    bool runRows(qint64 runId, QList<ForecastRow> *rows, QString *error) const;
    /** The newest replay run with at least one successful answer; 0 when none. */
    qint64 newestRunWithAnswers() const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
