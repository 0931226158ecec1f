// SPDX-License-Identifier: MIT
#pragma once

#include "forecastreport.h"

#include <QCoreApplication>
#include <QList>

namespace ShadowOptic {

/**
 * The replay sample that buys the most information within a budget (SPEC §7): prompts are stratified by use case,
 * prompt-length band and refusal cluster; each stratum's value grows with the square root of its size and falls
 * off as 1/(k+1) for its k-th prompt, so every stratum is covered before any is deepened; a greedy value/cost
 * knapsack takes the best next prompt that still fits and skips those that do not, which fills the budget to the
 * last cent the pool allows and never goes over it. Within a stratum prompts that tell models apart (a logged
 * refusal) come first, the rest in seeded random order, so the sample stays representative.
 */
class BudgetSampler
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::BudgetSampler)

public:
    struct Item
    {
        QString useCase;
        QString lengthBand;
        QString cluster;
        double costUsd = 0.0; // predicted, on every model of the replay together
        bool distinguishing = false;
    };
    enum class Stop { BudgetReached, PoolExhausted, CapReached };
    /** How a stratum's value grows with its size: √size spreads a small sample over every stratum (exploring);
     *  size keeps the sample self-weighting, each stratum in proportion to its traffic (estimating). */
    enum class Allocation { SquareRoot, Proportional };
    struct Result
    {
        QList<int> chosen; // indices into the items, in choice order
        double spentUsd = 0.0;
        Stop stop = Stop::PoolExhausted;
        double cheapestLeftUsd = 0.0; // the cheapest prompt not chosen (BudgetReached)
        QList<ForecastStratum> strata;
    };

    /** maxPrompts 0: no cap. Items with a non-positive or non-finite cost are never chosen. */
    static Result choose(const QList<Item> &items, double budgetUsd, int maxPrompts, quint64 seed,
                         Allocation allocation = Allocation::SquareRoot);
    /** Every item in stratified proportional order (costs ignored): each prefix is a proportional stratified
     *  sample, so verification rounds that take prefixes stay representative of the traffic. */
    static QList<int> stratifiedOrder(const QList<Item> &items, quint64 seed);
    /** "short (< 500 tokens)", "medium (500–2,000)", "long (≥ 2,000)". */
    static QString lengthBand(qint64 promptTokens);
    static QString stopText(const Result &result, double budgetUsd, int maxPrompts);
};

} // namespace ShadowOptic
