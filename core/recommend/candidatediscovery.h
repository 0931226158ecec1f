// SPDX-License-Identifier: MIT
#pragma once

#include "recommendationcandidate.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ShadowOptic {

class PriceCatalog;
struct UserProfile;

/**
 * Layer 1 of SPEC §6: catalog models cheaper than the current one at the profile's token mix, filtered by
 * the constraints (active and priced, blocked providers, required capabilities, context window ≥ the longest
 * logged prompt, max cost per request) and by what the verification target serves. Eligible candidates are
 * sorted cheapest first and cut into bands of k: band 0 is tried first, later bands are stronger.
 */
class CandidateDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CandidateDiscovery)

public:
    struct Result
    {
        double currentCostPerRequest = 0.0;
        QList<RecommendationCandidate> eligible;
        QList<RecommendationCandidate> excluded; // with whyNot
        QString error; // the current model is not in the catalog
    };

    /** availableModels empty = any model (a real gateway); otherwise only these (the built-in simulator). */
    static Result discover(const PriceCatalog &catalog, const UserProfile &profile, const QStringList &availableModels,
                           int k);
    /** Indices of the eligible candidates one iteration verifies: band `band`, not yet verified, the top n by
     *  use-case fit. */
    static QList<int> topOfBand(const QList<RecommendationCandidate> &candidates, int band, int n);
    /** Catalog cost of one request at the profile's average token mix. */
    static double costAtMix(const PriceCatalog &catalog, const QString &model, const UserProfile &profile);
};

} // namespace ShadowOptic
