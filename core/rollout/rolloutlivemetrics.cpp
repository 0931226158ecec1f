// SPDX-License-Identifier: MIT
#include "rolloutlivemetrics.h"

#include <QDateTime>

namespace ShadowOptic {

QJsonObject RolloutLiveMetrics::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    return QJsonObject {
        { QStringLiteral("window_start"), time(windowStartMs) },
        { QStringLiteral("window_end"), time(windowEndMs) },
        { QStringLiteral("tagged_only"), taggedOnly },
        { QStringLiteral("untagged_left_out"), double(untaggedLeftOut) },
        { QStringLiteral("unit"), unit },
        { QStringLiteral("production"), production.toJson() },
        { QStringLiteral("challenger"), challenger.toJson() },
        { QStringLiteral("shadow"),
          QJsonObject { { QStringLiteral("replays"), double(shadowReplays) },
                        { QStringLiteral("judged"), double(shadowJudged) },
                        { QStringLiteral("quality"), number(shadowQuality) },
                        { QStringLiteral("faithfulness"), number(shadowFaithfulness) } } },
    };
}

} // namespace ShadowOptic
