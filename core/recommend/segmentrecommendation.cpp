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

} // namespace ShadowOptic
