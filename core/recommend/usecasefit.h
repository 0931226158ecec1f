// SPDX-License-Identifier: MIT
#pragma once

#include "fitscore.h"

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

struct ModelInfo;

/**
 * Layer 2 of SPEC §6: strengths match 0–40 (share of the use case's wanted strengths the model lists),
 * latency 0–20 (fast 20; medium 15 when the profile allows ≥ 3000 ms; else 0), reliability 0–20 (high 20,
 * else 0) and a cost-saving bonus min(20, saving% / 5).
 */
class UseCaseFit
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::UseCaseFit)

public:
    static FitScore score(const ModelInfo &model, const QString &useCase, int maxLatencyMs, double savingPercent);
    /** The catalog strengths a use case wants (general → general; support → general, summarization; ...). */
    static QStringList wantedStrengths(const QString &useCase);
};

} // namespace ShadowOptic
