// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace ShadowOptic {

/** The cost of one model, month or use case: what Portkey logged, what the catalog computes, and why they differ. */
struct CostRow
{
    QString key; // model id, "2026-11" or the use case
    QString provider; // model rows: the logged provider
    qint64 requests = 0;
    qint64 loggedRequests = 0; // with a cost Portkey logged
    double loggedUsd = 0.0;
    qint64 estimatedRequests = 0; // no logged cost: priced from the catalog
    double estimatedUsd = 0.0;
    qint64 unpricedRequests = 0; // neither: left out of every total
    QStringList unpricedModels;
    qint64 inputTokens = 0, cacheReadTokens = 0, cacheWriteTokens = 0, outputTokens = 0, reasoningTokens = 0;

    // Reconciliation of the logged requests the catalog prices: logged − computed = residual.
    qint64 reconciledRequests = 0;
    double reconciledLoggedUsd = 0.0;
    double computedUsd = 0.0; // Portkey's formula with the catalog's rates
    double naiveUsd = 0.0; // prompt × input + completion × output: what ignoring cache and batch would say
    double cacheUsd = 0.0; // computed − naive due to cache read and write rates (negative: saved)
    double batchUsd = 0.0; // due to batch rates
    double reasoningUsd = 0.0; // part of computed paid for reasoning tokens (billed as output)
    double missingPriceUsd = 0.0; // logged cost of requests the catalog cannot price
    double residualUsd = 0.0; // logged − computed: price changes over time and billing the catalog does not know

    double listUsd = 0.0; // catalog price of every priced request (computed + estimated)
    double repricedUsd = std::nan(""); // the same requests under the price adjustment; NaN without one

    double totalUsd() const { return loggedUsd + estimatedUsd; }
    bool isPriced() const { return unpricedRequests < requests; } // false: nothing in it has a price
    /** "anthropic/claude-sonnet-4-5" for a model row with a provider, else the key. */
    QString label() const { return provider.isEmpty() ? key : provider + QLatin1Char('/') + key; }
    double differencePercent() const { return computedUsd > 0 ? residualUsd / computedUsd * 100.0 : std::nan(""); }
    /** More than 5 % between the logged and the computed cost, or logged costs the catalog cannot price. */
    bool flagged() const;
    void add(const CostRow &other);
    QJsonObject toJson() const;
};

} // namespace ShadowOptic
