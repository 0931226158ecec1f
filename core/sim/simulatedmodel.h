// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace ShadowOptic {

/** The behaviour profile of one simulated model. Ids are real catalog ids so replays get priced. */
struct SimulatedModel
{
    QString id;
    QString ownedBy; // "openai" or "anthropic", as listed by GET /v1/models
    int quality = 75; // 0-100: share of the prompt's salient points an answer covers
    double verbosity = 1.0; // answer length relative to the prompt (output/input token ratio)
    int baseLatencyMs = 400;
    int jitterMs = 200; // latency is base + uniform[0, jitter)
    double refusalRate = 0.01; // full refusals on benign prompts
    double triggerRefusalRate = 0.3; // full refusals when the prompt contains a trigger word
    double partialRefusalRate = 0.2; // of the remaining trigger prompts: refuse, then answer a safe subset
    double errorRate = 0.01; // random 500/503 (per request, so a retry can succeed)

    static const QList<SimulatedModel> &all();
    /** nullptr when unknown. Accepts "provider/model" and ignores a fault suffix ("model~429x2"). */
    static const SimulatedModel *find(QStringView id);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::SimulatedModel)
