// SPDX-License-Identifier: MIT
#pragma once

#include "forecastrow.h"

#include <QHash>
#include <QList>

namespace ShadowOptic {

class PriceCatalog;

/**
 * What the logs (and the replays) say about answer lengths and prompt caching, per model and use case: the mean
 * answer length and answer/prompt ratio, with fallbacks from (model, use case) to the model, to the use case over
 * every model, to everything — a candidate nobody has replayed yet is judged by what the traffic asks for.
 */
class OutputTokenModel
{
public:
    struct History
    {
        double meanCompletion = 0.0;
        double meanRatio = 0.0; // completion / prompt tokens
        int rows = 0;
        int level = 3; // 0: model and use case, 1: model, 2: use case, 3: everything
    };

    /** Rows with prompt and completion tokens; enough rows per group (minRows) before a group is trusted. */
    void learn(const QList<ForecastRow> &rows, int minRows = 10);
    History history(const QString &model, const QString &useCase) const;
    /** The share of input tokens billed as cache reads: the model's own when it was logged often enough, else the
     *  share over every logged row; 0 when the catalog gives the model no cache-read price. */
    double cachedInputShare(const QString &model, const PriceCatalog &catalog) const;
    /** Stable small codes for use cases (sorted), for the trees. */
    int useCaseCode(const QString &useCase) const { return m_useCaseCodes.value(useCase, -1); }

private:
    struct Sum
    {
        double completion = 0.0;
        double ratio = 0.0;
        double prompt = 0.0;
        double cacheRead = 0.0;
        int rows = 0;
    };
    static History toHistory(const Sum &s, int level);

    QHash<QString, Sum> m_byModelUseCase; // "model\nuse case"
    QHash<QString, Sum> m_byModel;
    QHash<QString, Sum> m_byUseCase;
    Sum m_all;
    QHash<QString, int> m_useCaseCodes;
    int m_minRows = 10;
};

} // namespace ShadowOptic
