// SPDX-License-Identifier: MIT
#include "rolloutstatus.h"

#include <QJsonArray>

namespace ShadowOptic {

QJsonObject RolloutStatus::toJson() const
{
    QJsonArray list;
    for (const RolloutExperiment &e : experiments)
        list.append(QJsonObject { { QStringLiteral("id"), double(e.id) },
                                  { QStringLiteral("name"), e.name },
                                  { QStringLiteral("production"), e.productionModel },
                                  { QStringLiteral("challenger"), e.challengerModel },
                                  { QStringLiteral("stage"), e.stageName() },
                                  { QStringLiteral("status"), RolloutExperiment::statusKey(e.status) } });
    QJsonObject o { { QStringLiteral("experiments"), list }, { QStringLiteral("traffic_per_hour"), trafficPerHour } };
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (hasExperiment) {
        o.insert(QStringLiteral("experiment"), experiment.toJson());
        o.insert(QStringLiteral("check"), check.toJson());
        QJsonArray audit;
        for (const RolloutEvent &e : events)
            audit.append(e.toJson());
        o.insert(QStringLiteral("audit"), audit);
    }
    return o;
}

} // namespace ShadowOptic
