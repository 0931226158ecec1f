// SPDX-License-Identifier: MIT
#include "costrow.h"

#include <QJsonArray>

namespace ShadowOptic {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

bool CostRow::flagged() const
{
    const double d = differencePercent();
    return (std::isfinite(d) && std::abs(d) > 5.0) || missingPriceUsd > 0;
}

void CostRow::add(const CostRow &o)
{
    requests += o.requests;
    loggedRequests += o.loggedRequests;
    loggedUsd += o.loggedUsd;
    estimatedRequests += o.estimatedRequests;
    estimatedUsd += o.estimatedUsd;
    unpricedRequests += o.unpricedRequests;
    for (const QString &m : o.unpricedModels)
        if (!unpricedModels.contains(m))
            unpricedModels.append(m);
    inputTokens += o.inputTokens;
    cacheReadTokens += o.cacheReadTokens;
    cacheWriteTokens += o.cacheWriteTokens;
    outputTokens += o.outputTokens;
    reasoningTokens += o.reasoningTokens;
    reconciledRequests += o.reconciledRequests;
    reconciledLoggedUsd += o.reconciledLoggedUsd;
    computedUsd += o.computedUsd;
    naiveUsd += o.naiveUsd;
    cacheUsd += o.cacheUsd;
    batchUsd += o.batchUsd;
    reasoningUsd += o.reasoningUsd;
    missingPriceUsd += o.missingPriceUsd;
    residualUsd += o.residualUsd;
    listUsd += o.listUsd;
    if (std::isfinite(o.repricedUsd))
        repricedUsd = (std::isfinite(repricedUsd) ? repricedUsd : 0.0) + o.repricedUsd;
}

QJsonObject CostRow::toJson() const
{
    QJsonObject o {
        { QStringLiteral("key"), key },
        { QStringLiteral("requests"), requests },
        { QStringLiteral("total_cost_usd"), totalUsd() },
        { QStringLiteral("logged_requests"), loggedRequests },
        { QStringLiteral("logged_cost_usd"), loggedUsd },
        { QStringLiteral("estimated_requests"), estimatedRequests },
        { QStringLiteral("estimated_cost_usd"), estimatedUsd },
        { QStringLiteral("unpriced_requests"), unpricedRequests },
        { QStringLiteral("unpriced_models"), QJsonArray::fromStringList(unpricedModels) },
        { QStringLiteral("tokens"),
          QJsonObject { { QStringLiteral("input"), inputTokens },
                        { QStringLiteral("cache_read"), cacheReadTokens },
                        { QStringLiteral("cache_write"), cacheWriteTokens },
                        { QStringLiteral("output"), outputTokens },
                        { QStringLiteral("reasoning"), reasoningTokens } } },
        { QStringLiteral("reconciliation"),
          QJsonObject { { QStringLiteral("requests"), reconciledRequests },
                        { QStringLiteral("logged_cost_usd"), reconciledLoggedUsd },
                        { QStringLiteral("computed_cost_usd"), computedUsd },
                        { QStringLiteral("naive_cost_usd"), naiveUsd },
                        { QStringLiteral("cache_usd"), cacheUsd },
                        { QStringLiteral("batch_usd"), batchUsd },
                        { QStringLiteral("reasoning_usd"), reasoningUsd },
                        { QStringLiteral("missing_price_usd"), missingPriceUsd },
                        { QStringLiteral("price_change_usd"), residualUsd },
                        { QStringLiteral("difference_percent"), number(differencePercent()) },
                        { QStringLiteral("flagged"), flagged() } } },
        { QStringLiteral("list_cost_usd"), listUsd },
        { QStringLiteral("repriced_cost_usd"), number(repricedUsd) },
    };
    if (!provider.isEmpty())
        o.insert(QStringLiteral("provider"), provider);
    return o;
}

} // namespace ShadowOptic
