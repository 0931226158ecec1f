// SPDX-License-Identifier: MIT
#include "rolloutstageforecast.h"

#include <cmath>

namespace ShadowOptic {

QString RolloutStageForecast::boundKey(Bound bound)
{
    switch (bound) {
    case Bound::None:
        return QStringLiteral("none");
    case Bound::Duration:
        return QStringLiteral("duration");
    case Bound::Samples:
        return QStringLiteral("samples");
    case Bound::Power:
        return QStringLiteral("power");
    }
    return {};
}

QJsonObject RolloutStageForecast::toJson() const
{
    // JSON has no infinity: a stage that never ends carries null hours.
    const auto finite = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonObject o { { QStringLiteral("stage"), name },
                    { QStringLiteral("challenger_share"), challengerShare },
                    { QStringLiteral("min_samples"), minSamples },
                    { QStringLiteral("min_duration_hours"), minDurationHours },
                    { QStringLiteral("hours"), finite(hours) },
                    { QStringLiteral("bound"), boundKey(bound) },
                    { QStringLiteral("hours_for_samples"), finite(hoursForSamples) },
                    { QStringLiteral("challenger_samples"), finite(challengerSamples) },
                    { QStringLiteral("production_samples"), finite(productionSamples) } };
    if (hasCheck()) {
        o.insert(QStringLiteral("power"), power);
        o.insert(QStringLiteral("samples_for_power"), samplesForPower);
        o.insert(QStringLiteral("hours_for_power"), finite(hoursForPower));
    }
    return o;
}

} // namespace ShadowOptic
