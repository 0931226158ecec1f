// SPDX-License-Identifier: MIT
#include "refusalanalysis.h"

#include "stats/statistics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ShadowOptic {

RefusalReport RefusalAnalysis::analyse(const QList<RefusalAnswer> &answers, const QString &baselineModel,
                                       const Options &options, const std::function<bool()> &cancelled)
{
    RefusalReport report;
    report.baselineModel = baselineModel;
    report.answers = answers.size();

    QHash<QString, RefusalModelStats> stats;
    QHash<QString, int> baselineReplay; // log id → answer index
    QHash<QString, int> baselineLogged;
    QHash<QString, QHash<QString, int>> candidateAnswers; // model → log id → answer index
    QHash<int, int> refusalIndexOf; // answer index → index in report.refusals
    for (int i = 0; i < answers.size(); ++i) {
        const RefusalAnswer &a = answers.at(i);
        // A logged answer is production's own; it counts under the model that gave it, next to its replays.
        RefusalModelStats &s = stats[a.model + (a.logged ? QStringLiteral("\x1flogged") : QString())];
        s.model = a.model;
        s.logged = a.logged;
        ++s.answers;
        if (a.verdict.kind == RefusalKind::Full)
            ++s.full;
        else if (a.verdict.kind == RefusalKind::Partial)
            ++s.partial;
        if (a.verdict.hasRefusal())
            ++s.types[a.verdict.type];

        if (a.verdict.kind == RefusalKind::Full || (options.includePartial && a.verdict.kind == RefusalKind::Partial)) {
            refusalIndexOf.insert(i, int(report.refusals.size()));
            report.refusals.append(a);
        }
        if (a.model == baselineModel)
            (a.logged ? baselineLogged : baselineReplay).insert(a.logId, i);
        else if (!a.logged)
            candidateAnswers[a.model].insert(a.logId, i);
    }

    QList<RefusalModelStats> ordered = stats.values();
    std::sort(ordered.begin(), ordered.end(), [&](const RefusalModelStats &x, const RefusalModelStats &y) {
        const auto rank = [&](const RefusalModelStats &m) { return m.model == baselineModel ? 0 : 1; };
        return std::tuple(rank(x), x.model, x.logged) < std::tuple(rank(y), y.model, y.logged);
    });
    report.models = ordered;

    if (cancelled && cancelled())
        return report;
    QList<RefusalClusterItem> items;
    items.reserve(report.refusals.size());
    for (const RefusalAnswer &a : std::as_const(report.refusals))
        items.append({ a.logId, a.model, a.prompt, a.answer, a.verdict.type });
    report.clustering = RefusalClusterer::cluster(items, options.clustering);
    if (cancelled && cancelled())
        return report;

    if (baselineModel.isEmpty())
        return report;
    QStringList candidates = candidateAnswers.keys();
    std::sort(candidates.begin(), candidates.end());
    for (const QString &candidate : std::as_const(candidates)) {
        RefusalDelta d;
        d.baseline = baselineModel;
        d.candidate = candidate;
        const QHash<QString, int> &theirs = candidateAnswers.value(candidate);
        // In prompt order, so the lists read like the logs.
        QList<std::pair<int, int>> pairs; // (baseline index, candidate index)
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            const int base = baselineReplay.value(it.key(), baselineLogged.value(it.key(), -1));
            if (base >= 0)
                pairs.append({ base, it.value() });
        }
        std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) { return x.second < y.second; });
        for (const auto &[base, cand] : std::as_const(pairs)) {
            const bool baseRefused = answers.at(base).verdict.refused();
            const bool candRefused = answers.at(cand).verdict.refused();
            ++d.pairs;
            d.baselineRefused += baseRefused;
            d.candidateRefused += candRefused;
            if (candRefused && !baseRefused) {
                d.newlyRefused.append(answers.at(cand).logId);
                ++d.newlyRefusedByCluster[report.clusterOf(refusalIndexOf.value(cand, -1))];
            } else if (baseRefused && !candRefused) {
                d.newlyAnswered.append(answers.at(cand).logId);
                ++d.newlyAnsweredByCluster[report.clusterOf(refusalIndexOf.value(base, -1))];
            }
        }
        if (d.pairs == 0)
            continue;
        d.test = Statistics::mcnemar(d.newlyAnswered.size(), d.newlyRefused.size());
        report.deltas.append(d);
    }
    return report;
}

} // namespace ShadowOptic
