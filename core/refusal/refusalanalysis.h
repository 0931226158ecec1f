// SPDX-License-Identifier: MIT
#pragma once

#include "refusalclusterer.h"
#include "refusalreport.h"

#include <functional>

namespace ShadowOptic {

/**
 * Refusal analysis over a project's answers (SPEC §8): refusal rates per model, the refused prompts clustered,
 * and for every candidate the refusal delta against the current model on the same prompts — which prompts it
 * newly refuses and newly answers, grouped by cluster, with McNemar's test.
 *
 * The current model's answer to a prompt is its replay where one exists, else its logged answer. Pure and
 * reentrant: runs on the pool.
 */
class RefusalAnalysis
{
public:
    struct Options
    {
        RefusalClusterer::Options clustering;
        bool includePartial = true; // cluster partial refusals too
    };

    /** Answers must carry their verdicts. cancelled() is polled between steps (may be empty). */
    static RefusalReport analyse(const QList<RefusalAnswer> &answers, const QString &baselineModel,
                                 const Options &options, const std::function<bool()> &cancelled = {});
    static RefusalReport analyse(const QList<RefusalAnswer> &answers, const QString &baselineModel)
    {
        return analyse(answers, baselineModel, Options {});
    }
};

} // namespace ShadowOptic
