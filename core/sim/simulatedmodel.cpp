// SPDX-License-Identifier: MIT
#include "simulatedmodel.h"

namespace ShadowOptic {

namespace {
SimulatedModel profile(const char *id, const char *owner, int quality, double verbosity, int baseMs, int jitterMs,
                       double refusal, double triggerRefusal, double partial, double errors)
{
    SimulatedModel m;
    m.id = QString::fromLatin1(id);
    m.ownedBy = QString::fromLatin1(owner);
    m.quality = quality;
    m.verbosity = verbosity;
    m.baseLatencyMs = baseMs;
    m.jitterMs = jitterMs;
    m.refusalRate = refusal;
    m.triggerRefusalRate = triggerRefusal;
    m.partialRefusalRate = partial;
    m.errorRate = errors;
    return m;
}
} // namespace

const QList<SimulatedModel> &SimulatedModel::all()
{
    // Numbers are plausible relative positions, not measurements: enough spread that the
    // recommendation and refusal views have something real to separate.
    static const QList<SimulatedModel> models {
        profile("gpt-4o", "openai", 88, 2.4, 700, 600, 0.005, 0.35, 0.30, 0.010),
        profile("gpt-4o-mini", "openai", 83, 1.5, 300, 250, 0.008, 0.40, 0.25, 0.010),
        profile("gpt-4.1-mini", "openai", 86, 1.7, 350, 300, 0.006, 0.38, 0.25, 0.010),
        profile("gpt-4.1-nano", "openai", 62, 0.9, 180, 150, 0.012, 0.45, 0.15, 0.015),
        profile("gpt-3.5-turbo", "openai", 70, 1.1, 280, 220, 0.030, 0.75, 0.10, 0.040),
        profile("gpt-4-turbo", "openai", 87, 2.0, 900, 700, 0.008, 0.40, 0.25, 0.012),
        profile("claude-3-5-haiku-20241022", "anthropic", 80, 1.3, 450, 300, 0.015, 0.50, 0.25, 0.012),
        profile("claude-sonnet-4-5", "anthropic", 90, 2.2, 1400, 900, 0.006, 0.45, 0.35, 0.008),
    };
    return models;
}

const SimulatedModel *SimulatedModel::find(QStringView id)
{
    const qsizetype suffix = id.indexOf(u'~');
    if (suffix >= 0)
        id = id.left(suffix);
    const qsizetype slash = id.lastIndexOf(u'/');
    if (slash >= 0)
        id = id.mid(slash + 1);
    id = id.trimmed();
    for (const SimulatedModel &m : all()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace ShadowOptic
