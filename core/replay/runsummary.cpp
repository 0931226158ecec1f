// SPDX-License-Identifier: MIT
#include "runsummary.h"

#include <QDateTime>
#include <QJsonArray>

namespace ShadowOptic {

namespace {

QJsonValue time(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs))
                  : QJsonValue(QJsonValue::Null);
}

qint64 timeOf(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch() : 0;
}

} // namespace

QString RunSummary::defaultName(qint64 id)
{
    return tr("Run %1").arg(id);
}

QString RunSummary::displayName() const
{
    return name.isEmpty() ? defaultName(info.id) : name;
}

QString RunSummary::label() const
{
    return name.isEmpty() ? defaultName(info.id) : tr("%1 (run %2)").arg(name).arg(info.id);
}

QJsonObject RunSummary::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), info.id },
        { QStringLiteral("uuid"), info.uuid },
        { QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name) },
        { QStringLiteral("display_name"), displayName() },
        { QStringLiteral("status"), RunStatus::name(info.status) },
        { QStringLiteral("role"), isJudgePass() ? QStringLiteral("judge") : QStringLiteral("replay") },
        { QStringLiteral("target"), info.target.toJson() },
        { QStringLiteral("models"), QJsonArray::fromStringList(info.models) },
        { QStringLiteral("done"), info.completed },
        { QStringLiteral("total"), info.planned },
        { QStringLiteral("failed"), info.failed },
        { QStringLiteral("spent_usd"), info.spentUsd },
        { QStringLiteral("budget_usd"), info.budgetUsd },
        { QStringLiteral("started_at"), time(info.createdAtMs) },
        { QStringLiteral("finished_at"), time(finishedAtMs) },
        { QStringLiteral("judged"), judged() },
        { QStringLiteral("judged_answers"), judgedAnswers },
        { QStringLiteral("settings"), info.settings },
    };
}

RunSummary RunSummary::fromJson(const QJsonObject &o)
{
    RunSummary r;
    r.info.id = o.value(QLatin1String("id")).toInteger();
    r.info.uuid = o.value(QLatin1String("uuid")).toString();
    r.name = o.value(QLatin1String("name")).toString();
    r.info.status = RunStatus::fromName(o.value(QLatin1String("status")).toString());
    // A judge pass keeps its kind; the exact judge role is not part of the summary.
    r.info.role = o.value(QLatin1String("role")).toString() == QLatin1String("judge") ? QStringLiteral("judge")
                                                                                      : QStringLiteral("replay");
    r.info.target = ReplayTarget::fromJson(o.value(QLatin1String("target")).toObject());
    for (const QJsonValue &m : o.value(QLatin1String("models")).toArray())
        r.info.models.append(m.toString());
    r.info.completed = o.value(QLatin1String("done")).toInteger();
    r.info.planned = o.value(QLatin1String("total")).toInteger();
    r.info.failed = o.value(QLatin1String("failed")).toInteger();
    r.info.spentUsd = o.value(QLatin1String("spent_usd")).toDouble();
    r.info.budgetUsd = o.value(QLatin1String("budget_usd")).toDouble();
    r.info.createdAtMs = timeOf(o.value(QLatin1String("started_at")));
    r.finishedAtMs = timeOf(o.value(QLatin1String("finished_at")));
    r.judgedAnswers = o.value(QLatin1String("judged_answers")).toInteger();
    r.info.settings = o.value(QLatin1String("settings")).toObject();
    return r;
}

} // namespace ShadowOptic
