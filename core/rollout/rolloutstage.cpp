// SPDX-License-Identifier: MIT
#include "rolloutstage.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

QString RolloutStage::displayName() const
{
    if (name == QLatin1String("shadow"))
        return RolloutGate::tr("Shadow");
    if (name == QLatin1String("canary"))
        return RolloutGate::tr("Canary");
    if (name == QLatin1String("graduated"))
        return RolloutGate::tr("Graduated");
    if (name == QLatin1String("ramping"))
        return RolloutGate::tr("Ramping");
    if (name == QLatin1String("majority"))
        return RolloutGate::tr("Majority");
    if (name == QLatin1String("full"))
        return RolloutGate::tr("Full");
    return name;
}

QString RolloutStage::shareText() const
{
    const double percent = challengerShare * 100.0;
    const bool whole = std::abs(percent - std::round(percent)) < 1e-9;
    return RolloutGate::tr("%1 %").arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
}

QJsonObject RolloutStage::toJson() const
{
    QJsonArray g;
    for (const RolloutGate &gate : gates)
        g.append(gate.toJson());
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("challenger_share"), challengerShare },
                         { QStringLiteral("min_samples"), double(minSamples) },
                         { QStringLiteral("min_duration_hours"), minDurationHours },
                         { QStringLiteral("gates"), g } };
}

std::optional<RolloutStage> RolloutStage::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    RolloutStage s;
    s.name = o.value(QLatin1String("name")).toString().trimmed();
    if (s.name.isEmpty())
        return fail(RolloutGate::tr("A stage has no name."));
    s.challengerShare = o.value(QLatin1String("challenger_share")).toDouble(-1.0);
    if (!(s.challengerShare >= 0.0 && s.challengerShare <= 1.0))
        return fail(RolloutGate::tr("Stage %1: the challenger share must lie between 0 and 1.").arg(s.name));
    const double minSamples = o.value(QLatin1String("min_samples")).toDouble(0);
    s.minDurationHours = o.value(QLatin1String("min_duration_hours")).toDouble(0);
    if (minSamples < 0 || !(s.minDurationHours >= 0))
        return fail(RolloutGate::tr("Stage %1: minimum samples and duration cannot be negative.").arg(s.name));
    // Checked before the conversion, which is undefined beyond qint64.
    if (minSamples > 1e15)
        return fail(RolloutGate::tr("Stage %1: the minimum samples are more than a rollout can collect.").arg(s.name));
    s.minSamples = qint64(minSamples);
    for (const QJsonValue &v : o.value(QLatin1String("gates")).toArray()) {
        const auto gate = RolloutGate::fromJson(v.toObject());
        if (!gate)
            return fail(
                RolloutGate::tr("Stage %1 has a gate that is not one (metric and threshold needed).").arg(s.name));
        s.gates.append(*gate);
    }
    return s;
}

} // namespace ShadowOptic
