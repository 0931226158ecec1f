// SPDX-License-Identifier: MIT
#include "segmentrecommendation.h"

namespace ShadowOptic {

QJsonObject SegmentRecommendation::toJson() const
{
    return QJsonObject {
        { QStringLiteral("segment"), segment },
        { QStringLiteral("samples"), samples },
        { QStringLiteral("model"), model },
        { QStringLiteral("keepCurrent"), keepCurrent },
        { QStringLiteral("savingPercent"), savingPercent },
        { QStringLiteral("qualityDeltaPercent"),
          std::isfinite(qualityDeltaPercent) ? QJsonValue(qualityDeltaPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reason"), reason },
    };
}

SegmentRecommendation SegmentRecommendation::fromJson(const QJsonObject &o)
{
    SegmentRecommendation s;
    s.segment = o.value(QLatin1String("segment")).toString();
    s.samples = o.value(QLatin1String("samples")).toInteger();
    s.model = o.value(QLatin1String("model")).toString();
    s.keepCurrent = o.value(QLatin1String("keepCurrent")).toBool(s.keepCurrent);
    s.savingPercent = o.value(QLatin1String("savingPercent")).toDouble();
    s.qualityDeltaPercent = o.value(QLatin1String("qualityDeltaPercent")).toDouble(std::nan("")); // null = NaN
    s.reason = o.value(QLatin1String("reason")).toString();
    return s;
}

} // namespace ShadowOptic
