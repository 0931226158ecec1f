// SPDX-License-Identifier: MIT
#include "usecasefit.h"

#include "catalog/modelinfo.h"

#include <QCoreApplication>

namespace ShadowOptic {

QStringList UseCaseFit::wantedStrengths(const QString &useCase)
{
    const QString u = useCase.trimmed().toLower();
    if (u.isEmpty())
        return { QStringLiteral("general") };
    if (u == QLatin1String("support") || u == QLatin1String("customer-support"))
        return { QStringLiteral("general"), QStringLiteral("summarization") };
    if (u == QLatin1String("creative") || u == QLatin1String("writing"))
        return { QStringLiteral("creative"), QStringLiteral("general") };
    if (u == QLatin1String("code") || u == QLatin1String("coding"))
        return { QStringLiteral("coding") };
    return { u };
}

FitScore UseCaseFit::score(const ModelInfo &model, const QString &useCase, int maxLatencyMs, double savingPercent)
{
    FitScore f;
    const QStringList wanted = wantedStrengths(useCase);
    int matches = 0;
    for (const QString &w : wanted)
        matches += model.strengths.contains(w, Qt::CaseInsensitive) ? 1 : 0;
    f.strengths = 40.0 * matches / wanted.size();
    if (matches == wanted.size())
        f.rationale.append(tr("Strong fit for the %1 use case").arg(useCase));
    else if (matches > 0)
        f.rationale.append(tr("Partial fit for the %1 use case").arg(useCase));
    else
        f.rationale.append(tr("Not listed as strong at %1").arg(useCase));

    if (model.latencyTier == QLatin1String("fast")) {
        f.latency = 20.0;
        f.rationale.append(tr("Fast responses"));
    } else if (model.latencyTier == QLatin1String("medium") && maxLatencyMs >= 3000) {
        f.latency = 15.0;
    }
    if (model.reliabilityTier == QLatin1String("high")) {
        f.reliability = 20.0;
        f.rationale.append(tr("High reliability"));
    }
    f.saving = std::clamp(savingPercent / 5.0, 0.0, 20.0);
    return f;
}

} // namespace ShadowOptic
