// SPDX-License-Identifier: MIT
#include "rolloutcheck.h"

#include <QDateTime>
#include <QJsonArray>

namespace ShadowOptic {

QList<RolloutCheckItem> RolloutCheck::blocking() const
{
    QList<RolloutCheckItem> b;
    for (const RolloutCheckItem &item : items)
        if (item.state != RolloutCheckItem::State::Pass)
            b.append(item);
    return b;
}

QJsonObject RolloutCheck::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonArray list;
    for (const RolloutCheckItem &item : items)
        list.append(item.toJson());
    QJsonObject o { { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate) },
                    { QStringLiteral("stage"), stage },
                    { QStringLiteral("next_stage"), nextStage.isEmpty() ? QJsonValue() : QJsonValue(nextStage) },
                    { QStringLiteral("hours_in_stage"), hoursInStage },
                    { QStringLiteral("samples"), double(samples) },
                    { QStringLiteral("items"), list },
                    { QStringLiteral("can_promote"), canPromote },
                    { QStringLiteral("hard_failure"), hardFailure },
                    { QStringLiteral("summary"), summary },
                    { QStringLiteral("metrics"), metrics.toJson() } };
    if (sampleRatioTested)
        o.insert(QStringLiteral("sample_ratio"),
                 QJsonObject { { QStringLiteral("expected_share"), expectedShare },
                               { QStringLiteral("observed_share"), number(observedShare) },
                               { QStringLiteral("chi2"), number(sampleRatioChi2) },
                               { QStringLiteral("p_value"), number(sampleRatioP) },
                               { QStringLiteral("mismatch"), sampleRatioMismatch } });
    if (nonInferiorityTested)
        o.insert(QStringLiteral("non_inferiority"),
                 QJsonObject { { QStringLiteral("unit"), unit },
                               { QStringLiteral("design_effect"), designEffect },
                               { QStringLiteral("margin"), fixedSample.margin },
                               { QStringLiteral("alpha"), fixedSample.alpha },
                               { QStringLiteral("difference"), number(difference) },
                               { QStringLiteral("lower_bound"), number(lowerBound) },
                               { QStringLiteral("upper_bound"), number(upperBound) },
                               { QStringLiteral("verdict"), NonInferiorityResult::verdictToString(verdict) },
                               { QStringLiteral("fixed_sample_p_value"), number(fixedSample.pValue) },
                               { QStringLiteral("power"), number(power) },
                               { QStringLiteral("samples_for_power"), double(samplesForPower) },
                               { QStringLiteral("samples_still_needed"), double(samplesStillNeeded) } });
    return o;
}

} // namespace ShadowOptic
