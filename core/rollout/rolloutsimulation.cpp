// SPDX-License-Identifier: MIT
#include "rolloutsimulation.h"

#include "rolloutgate.h"
#include "rolloutstage.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString stageName(const RolloutStageForecast &f)
{
    RolloutStage s;
    s.name = f.name;
    return s.displayName();
}

} // namespace

QString RolloutSimulation::verdict() const
{
    if (!isValid())
        return error;
    const QString rph = count(requestsPerHour);
    const QString days = number(options.targetDays, options.targetDays == std::floor(options.targetDays) ? 0 : 1);
    if (!std::isfinite(totalHours)) {
        const RolloutStageForecast &stuck = stages.at(bottleneck);
        return tr("Full rollout is out of reach at %1 requests per hour: the check of %2 never reaches %3 % power.")
            .arg(rph, stageName(stuck), number(options.targetPower * 100.0, 0));
    }
    const RolloutStageForecast &b = stages.at(bottleneck);
    QString why;
    switch (b.bound) {
    case RolloutStageForecast::Bound::Samples:
        why = tr("%1 samples take %2 h").arg(count(double(b.minSamples)), number(b.hours, 1));
        break;
    case RolloutStageForecast::Bound::Power:
        why = tr("%1 samples for %2 % power take %3 h")
                  .arg(count(double(b.samplesForPower)), number(options.targetPower * 100.0, 0), number(b.hours, 1));
        break;
    case RolloutStageForecast::Bound::Duration:
    case RolloutStageForecast::Bound::None:
        why = tr("its minimum duration of %1 h").arg(number(b.hours, b.hours == std::floor(b.hours) ? 0 : 1));
        break;
    }
    const QString first = tr("Full rollout in %1 days at %2 requests per hour; the bottleneck is %3 (%4).")
                              .arg(number(totalDays(), 1), rph, stageName(b), why);
    QString second;
    if (meetsTarget)
        second = tr("That meets the target of under %1 days.").arg(days);
    else if (requiredRequestsPerHour > 0)
        second = tr("Under %1 days needs at least %2 requests per hour.")
                     .arg(days, count(double(requiredRequestsPerHour)));
    else
        second
            = tr("Under %1 days cannot be reached at any traffic: the minimum durations alone take longer.").arg(days);
    return first + u' ' + second;
}

QJsonObject RolloutSimulation::toJson() const
{
    QJsonObject o { { QStringLiteral("requests_per_hour"), requestsPerHour },
                    { QStringLiteral("options"), options.toJson() } };
    if (!isValid()) {
        o.insert(QStringLiteral("error"), error);
        return o;
    }
    QJsonArray rows;
    for (const RolloutStageForecast &f : stages)
        rows.append(f.toJson());
    const bool finite = std::isfinite(totalHours);
    o.insert(QStringLiteral("stages"), rows);
    o.insert(QStringLiteral("total_hours"), finite ? QJsonValue(totalHours) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("total_days"), finite ? QJsonValue(totalDays()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("bottleneck"), bottleneck >= 0 ? stages.at(bottleneck).name : QString());
    o.insert(QStringLiteral("meets_target"), meetsTarget);
    o.insert(QStringLiteral("required_requests_per_hour"), requiredRequestsPerHour);
    o.insert(QStringLiteral("verdict"), verdict());
    return o;
}

} // namespace ShadowOptic
