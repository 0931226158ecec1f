// SPDX-License-Identifier: MIT
#include "verificationplan.h"

#include "candidatediscovery.h"
#include "candidateevidence.h"
#include "catalog/pricecatalog.h"
#include "stats/confidencesequence.h"
#include "userprofile.h"

#include <cmath>

namespace ShadowOptic {

VerificationPlan VerificationPlan::compute(const PriceCatalog &catalog, const UserProfile &profile,
                                           const RecommendationThresholds &t, const QString &judgeModel,
                                           const QStringList &availableModels, double spreadPercent)
{
    VerificationPlan plan;
    plan.currentModel = profile.currentModel;
    plan.thresholds = t;
    plan.spreadPercent = spreadPercent;
    if (profile.currentModel.isEmpty()) {
        plan.error = tr("No current model: the project has no logs; name the current model.");
        return plan;
    }
    const CandidateDiscovery::Result d
        = CandidateDiscovery::discover(catalog, profile, availableModels, t.discoveryCandidates);
    if (!d.error.isEmpty() || d.eligible.isEmpty()) {
        plan.error
            = d.error.isEmpty() ? tr("No cheaper model meets the profile's constraints: nothing to verify.") : d.error;
        return plan;
    }
    double perPrompt = d.currentCostPerRequest;
    for (int i : CandidateDiscovery::topOfBand(d.eligible, 0, t.verifiedCandidates)) {
        plan.candidates.append(d.eligible.at(i).model);
        perPrompt += d.eligible.at(i).estimatedCostPerRequest;
    }
    perPrompt += double(plan.candidates.size() + 1) * judgeCostPerAnswer(catalog, profile, judgeModel);
    plan.costPerPromptUsd = perPrompt;
    plan.update();
    return plan;
}

double VerificationPlan::judgeCostPerAnswer(const PriceCatalog &catalog, const UserProfile &profile,
                                            const QString &judgeModel)
{
    // A judge call reads the prompt and the answer (and the rubric, about 300 tokens) and writes about 120.
    UserProfile judging = profile;
    judging.avgInputTokens = profile.avgInputTokens + profile.avgOutputTokens + 300.0;
    judging.avgOutputTokens = 120.0;
    return CandidateDiscovery::costAtMix(catalog, judgeModel, judging);
}

void VerificationPlan::update()
{
    const RecommendationThresholds &t = thresholds;
    rows.clear();
    refusalFloor = 0;
    affordablePrompts = costPerPromptUsd > 0 ? qint64(std::floor(t.verificationBudgetUsd / costPerPromptUsd)) : 0;
    // Rate gates with no disagreement at all: the spread bound (discordant + 1)/(n + 2) must clear the allowance.
    const double allowed = std::min(t.maxRefusalIncreasePoints, t.maxErrorIncreasePoints) / 100.0;
    for (qint64 n = 2; n <= CandidateEvidence::planCap; ++n) {
        if (ConfidenceSequence::halfWidth(n, std::sqrt(1.0 / double(n + 2)), t.alpha, t.tightestAt) < allowed) {
            refusalFloor = n;
            break;
        }
    }
    for (double delta : { -1.0, -2.0, -3.0 }) {
        Row row;
        row.trueDeltaPercent = delta;
        const qint64 quality = ConfidenceSequence::observationsToExclude(
            2, delta, spreadPercent, -t.maxQualityDropPercent, t.alpha, t.tightestAt, CandidateEvidence::planCap);
        row.prompts = quality < 0 || refusalFloor == 0 ? -1 : qMax(quality, refusalFloor);
        // Verdicts come at the end of a round: the round that reaches the count is what it costs.
        row.roundPrompts = row.prompts;
        if (row.prompts > 0) {
            int r = t.nextRoundPrompts(0);
            while (r < row.prompts && r < t.maxPrompts)
                r = t.nextRoundPrompts(r);
            row.roundPrompts = r >= row.prompts ? r : row.prompts;
        }
        row.costUsd = row.prompts > 0 ? double(row.roundPrompts) * costPerPromptUsd : 0.0;
        rows.append(row);
    }
}

QString VerificationPlan::toText() const
{
    QString out = tr("Verification plan: %1 against %2, rounds of %3, %4, %5 … up to %L6 prompts within $%7.\n")
                      .arg(candidates.join(QStringLiteral(", ")), currentModel)
                      .arg(thresholds.nextRoundPrompts(0))
                      .arg(thresholds.nextRoundPrompts(thresholds.nextRoundPrompts(0)))
                      .arg(thresholds.nextRoundPrompts(thresholds.nextRoundPrompts(thresholds.nextRoundPrompts(0))))
                      .arg(thresholds.maxPrompts)
                      .arg(thresholds.verificationBudgetUsd, 0, 'f', 2);
    out += tr("One prompt costs about $%1 at catalog prices (every model and its judge call); the budget buys about "
              "%L2 prompts.\n")
               .arg(costPerPromptUsd, 0, 'f', 4)
               .arg(affordablePrompts);
    out += tr("At a typical spread (paired quality differences %1% of %2), settling a candidate takes:\n")
               .arg(spreadPercent, 0, 'f', 0)
               .arg(currentModel);
    for (const Row &r : rows) {
        if (r.prompts < 0)
            out += tr("  truly %1% worse: more than %L2 prompts\n")
                       .arg(-r.trueDeltaPercent, 0, 'f', 0)
                       .arg(CandidateEvidence::planCap);
        else
            out += tr("  truly %1% worse: about %L2 prompts, decided after the round of %L3 (≈ $%4)%5\n")
                       .arg(-r.trueDeltaPercent, 0, 'f', 0)
                       .arg(r.prompts)
                       .arg(r.roundPrompts)
                       .arg(r.costUsd, 0, 'f', 2)
                       .arg(r.roundPrompts > affordablePrompts ? tr(", more than the budget buys") : QString());
    }
    out += tr("Even with no difference in refusals or errors, their gates need about %L1 prompts; refusals that "
              "differ need more.\n")
               .arg(refusalFloor);
    return out;
}

} // namespace ShadowOptic
