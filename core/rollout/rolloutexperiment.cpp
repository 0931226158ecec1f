// SPDX-License-Identifier: MIT
#include "rolloutexperiment.h"

#include <QDateTime>

namespace ShadowOptic {

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

QString RolloutExperiment::statusKey(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Completed:
        return QStringLiteral("completed");
    case Status::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

RolloutExperiment::Status RolloutExperiment::statusFromKey(const QString &key)
{
    if (key == QLatin1String("completed"))
        return Status::Completed;
    if (key == QLatin1String("stopped"))
        return Status::Stopped;
    return Status::Active;
}

QJsonObject RolloutExperiment::dataJson() const
{
    return QJsonObject { { QStringLiteral("stage_started_at"), double(stageStartedAtMs) },
                         { QStringLiteral("automatic"), automatic },
                         { QStringLiteral("killed"), killed },
                         { QStringLiteral("stages"), plan.toJson() } };
}

void RolloutExperiment::applyDataJson(const QJsonObject &o)
{
    stageStartedAtMs = qint64(o.value(QLatin1String("stage_started_at")).toDouble(double(createdAtMs)));
    automatic = o.value(QLatin1String("automatic")).toBool();
    killed = o.value(QLatin1String("killed")).toBool();
    const RolloutPlan stored = RolloutPlan::fromJson(o.value(QLatin1String("stages")).toArray());
    plan = stored.size() ? stored : RolloutPlan::defaults();
}

QJsonObject RolloutExperiment::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), double(id) },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("production"), productionModel },
                         { QStringLiteral("challenger"), challengerModel },
                         { QStringLiteral("created_at"), isoTime(createdAtMs) },
                         { QStringLiteral("stage"), stageName() },
                         { QStringLiteral("stage_started_at"), isoTime(stageStartedAtMs) },
                         { QStringLiteral("challenger_share"), configuredShare() },
                         { QStringLiteral("automatic"), automatic },
                         { QStringLiteral("killed"), killed },
                         { QStringLiteral("status"), statusKey(status) },
                         { QStringLiteral("stages"), plan.toJson() } };
}

} // namespace ShadowOptic
