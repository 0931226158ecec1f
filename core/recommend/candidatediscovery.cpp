// SPDX-License-Identifier: MIT
#include "candidatediscovery.h"

#include "catalog/pricecatalog.h"
#include "usecasefit.h"
#include "userprofile.h"

#include <QCoreApplication>

#include <algorithm>

namespace ShadowOptic {

namespace {

bool hasCapability(const ModelInfo &m, const QString &capability)
{
    const QString c = capability.trimmed().toLower();
    if (c == QLatin1String("json_mode") || c == QLatin1String("json"))
        return m.jsonMode;
    if (c == QLatin1String("function_calling") || c == QLatin1String("tools"))
        return m.functionCalling;
    if (c == QLatin1String("vision"))
        return m.vision;
    return m.strengths.contains(c, Qt::CaseInsensitive);
}

} // namespace

double CandidateDiscovery::costAtMix(const PriceCatalog &catalog, const QString &model, const UserProfile &profile)
{
    const ModelInfo *m = catalog.find(model);
    return m ? profile.avgInputTokens / 1000.0 * m->inputPer1k + profile.avgOutputTokens / 1000.0 * m->outputPer1k
             : 0.0;
}

CandidateDiscovery::Result CandidateDiscovery::discover(const PriceCatalog &catalog, const UserProfile &profile,
                                                        const QStringList &availableModels, int k)
{
    Result r;
    const ModelInfo *current = catalog.find(profile.currentModel);
    if (!current || !current->isPriced()) {
        r.error = tr("The current model '%1' is not in the price catalog.").arg(profile.currentModel);
        return r;
    }
    r.currentCostPerRequest = costAtMix(catalog, current->modelId, profile);
    for (const ModelInfo &m : catalog.models()) {
        // The catalog prices thousands of models; only its candidate list is worth a replay.
        if (m.modelId == current->modelId || !m.candidate || !m.isChat())
            continue;
        RecommendationCandidate c;
        c.model = m.modelId;
        c.displayName = m.displayName;
        c.provider = m.provider;
        c.rank = m.rank;
        c.estimatedCostPerRequest = costAtMix(catalog, m.modelId, profile);
        c.estimatedSavingPercent
            = r.currentCostPerRequest > 0 ? (1.0 - c.estimatedCostPerRequest / r.currentCostPerRequest) * 100.0 : 0.0;
        c.fit = UseCaseFit::score(m, profile.useCase, profile.maxLatencyMs, c.estimatedSavingPercent);
        // Only cheaper models are candidates; the rest are not worth a "why not".
        if (!m.isPriced() || c.estimatedCostPerRequest >= r.currentCostPerRequest)
            continue;
        if (!m.active)
            c.whyNot.append(tr("Retired in the catalog"));
        if (profile.blockedProviders.contains(m.provider, Qt::CaseInsensitive))
            c.whyNot.append(tr("Provider %1 is blocked").arg(m.provider));
        for (const QString &cap : profile.requiredCapabilities)
            if (!hasCapability(m, cap))
                c.whyNot.append(tr("Lacks the required capability %1").arg(cap));
        if (m.contextWindow > 0 && m.contextWindow < profile.longestPromptTokens)
            c.whyNot.append(tr("Context window %1 is smaller than the longest logged prompt (%2 tokens)")
                                .arg(m.contextWindow)
                                .arg(profile.longestPromptTokens));
        if (c.estimatedCostPerRequest > profile.maxCostPerRequestUsd)
            c.whyNot.append(tr("Costs $%1 per request, above the $%2 limit")
                                .arg(c.estimatedCostPerRequest, 0, 'f', 4)
                                .arg(profile.maxCostPerRequestUsd, 0, 'f', 4));
        if (!availableModels.isEmpty() && !availableModels.contains(m.modelId))
            c.whyNot.append(tr("Not served by the verification target"));
        if (c.whyNot.isEmpty()) {
            r.eligible.append(c);
        } else {
            c.stage = RecommendationCandidate::Stage::Excluded;
            r.excluded.append(c);
        }
    }
    std::stable_sort(r.eligible.begin(), r.eligible.end(), [](const auto &a, const auto &b) {
        return a.estimatedCostPerRequest < b.estimatedCostPerRequest;
    });
    const int perBand = qMax(1, k);
    for (qsizetype i = 0; i < r.eligible.size(); ++i)
        r.eligible[i].band = int(i / perBand);
    return r;
}

QList<int> CandidateDiscovery::topOfBand(const QList<RecommendationCandidate> &candidates, int band, int n)
{
    QList<int> out;
    for (int i = 0; i < candidates.size(); ++i)
        if (candidates.at(i).band == band && candidates.at(i).stage == RecommendationCandidate::Stage::NotVerified)
            out.append(i);
    std::stable_sort(out.begin(), out.end(), [&candidates](int a, int b) {
        return candidates.at(a).fit.total() > candidates.at(b).fit.total();
    });
    return out.mid(0, n);
}

} // namespace ShadowOptic
