// SPDX-License-Identifier: MIT
#include "budgetsampler.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator64>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ShadowOptic {

namespace {

struct Stratum
{
    ForecastStratum info;
    QList<int> queue; // items not yet taken or skipped, best first
    int next = 0;
    double weight = 1.0;
};

} // namespace

QString BudgetSampler::lengthBand(qint64 promptTokens)
{
    if (promptTokens < 500)
        return tr("short (< 500 tokens)");
    if (promptTokens < 2000)
        return tr("medium (500–2,000)");
    return tr("long (≥ 2,000)");
}

QList<int> BudgetSampler::stratifiedOrder(const QList<Item> &items, quint64 seed)
{
    QList<Item> unit = items;
    for (Item &item : unit)
        item.costUsd = 1.0;
    return choose(unit, double(unit.size()) + 1.0, 0, seed, Allocation::Proportional).chosen;
}

BudgetSampler::Result BudgetSampler::choose(const QList<Item> &items, double budgetUsd, int maxPrompts, quint64 seed,
                                            Allocation allocation)
{
    Result result;
    QList<Stratum> strata;
    QHash<QString, int> byKey;
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    for (int i : std::as_const(order)) {
        const Item &item = items.at(i);
        const QString key = item.useCase + QLatin1Char('\n') + item.lengthBand + QLatin1Char('\n') + item.cluster;
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(strata.size()));
            Stratum s;
            s.info.useCase = item.useCase;
            s.info.lengthBand = item.lengthBand;
            s.info.cluster = item.cluster;
            strata.append(s);
        }
        Stratum &s = strata[*it];
        ++s.info.available;
        if (std::isfinite(item.costUsd) && item.costUsd > 0)
            s.queue.append(i);
    }
    for (Stratum &s : strata) {
        std::stable_partition(s.queue.begin(), s.queue.end(), [&](int i) { return items.at(i).distinguishing; });
        s.weight
            = allocation == Allocation::Proportional ? double(s.info.available) : std::sqrt(double(s.info.available));
    }
    const double budget = budgetUsd > 0 ? budgetUsd : 0.0;
    double left = budget;
    result.stop = Stop::PoolExhausted;
    while (true) {
        if (maxPrompts > 0 && result.chosen.size() >= maxPrompts) {
            result.stop = Stop::CapReached;
            break;
        }
        int best = -1;
        double bestScore = -1.0;
        bool skipped = false;
        for (int si = 0; si < strata.size(); ++si) {
            Stratum &s = strata[si];
            // Prompts that no longer fit are skipped for good: what is left only shrinks.
            while (s.next < s.queue.size() && items.at(s.queue.at(s.next)).costUsd > left) {
                ++s.next;
                skipped = true;
            }
            if (s.next >= s.queue.size())
                continue;
            const Item &head = items.at(s.queue.at(s.next));
            const double value = s.weight / double(s.info.chosen + 1) * (head.distinguishing ? 1.5 : 1.0);
            const double score = value / head.costUsd;
            if (score > bestScore) {
                bestScore = score;
                best = si;
            }
        }
        if (best < 0) {
            if (skipped || result.stop == Stop::BudgetReached)
                result.stop = Stop::BudgetReached;
            break;
        }
        Stratum &s = strata[best];
        const int i = s.queue.at(s.next++);
        result.chosen.append(i);
        result.spentUsd += items.at(i).costUsd;
        left = budget - result.spentUsd;
        ++s.info.chosen;
        s.info.costUsd += items.at(i).costUsd;
        if (skipped)
            result.stop = Stop::BudgetReached;
    }
    // The cheapest prompt left out says how close to the budget the sample could get.
    if (result.stop == Stop::BudgetReached) {
        QList<bool> taken(items.size(), false);
        for (int i : std::as_const(result.chosen))
            taken[i] = true;
        double cheapest = 0.0;
        for (int i = 0; i < items.size(); ++i)
            if (!taken.at(i) && items.at(i).costUsd > 0 && (cheapest == 0.0 || items.at(i).costUsd < cheapest))
                cheapest = items.at(i).costUsd;
        result.cheapestLeftUsd = cheapest;
    }
    std::sort(strata.begin(), strata.end(), [](const Stratum &a, const Stratum &b) {
        return std::tie(a.info.useCase, a.info.lengthBand, a.info.cluster)
            < std::tie(b.info.useCase, b.info.lengthBand, b.info.cluster);
    });
    for (const Stratum &s : std::as_const(strata))
        result.strata.append(s.info);
    return result;
}

QString BudgetSampler::stopText(const Result &result, double budgetUsd, int maxPrompts)
{
    const QLocale locale;
    const auto usd = [&](double v) { return QString(QLatin1Char('$') + locale.toString(v, 'f', v < 0.1 ? 4 : 2)); };
    switch (result.stop) {
    case Stop::CapReached:
        return tr("Stopped at the cap of %n prompt(s).", nullptr, maxPrompts);
    case Stop::BudgetReached:
        return tr("Stopped at the budget: %1 of %2 left, and the cheapest prompt not chosen costs %3.")
            .arg(usd(qMax(0.0, budgetUsd - result.spentUsd)), usd(budgetUsd), usd(result.cheapestLeftUsd));
    case Stop::PoolExhausted:
        break;
    }
    return tr("Every replayable prompt fits the budget.");
}

} // namespace ShadowOptic
