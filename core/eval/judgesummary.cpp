// SPDX-License-Identifier: MIT
#include "judgesummary.h"

#include <QCoreApplication>

namespace ShadowOptic {

QJsonObject JudgeSummary::toJson() const
{
    return QJsonObject { { QStringLiteral("judgeModel"), judgeModel },
                         { QStringLiteral("rubricVersion"), rubricVersion },
                         { QStringLiteral("status"), JudgeStatus::name(status) },
                         { QStringLiteral("items"), items },
                         { QStringLiteral("alreadyScored"), alreadyScored },
                         { QStringLiteral("valid"), valid },
                         { QStringLiteral("repaired"), repaired },
                         { QStringLiteral("judgeFailed"), judgeFailed },
                         { QStringLiteral("requestErrors"), requestErrors },
                         { QStringLiteral("judgeRunId"), judgeRunId },
                         { QStringLiteral("repairRunId"), repairRunId },
                         { QStringLiteral("spentUsd"), spentUsd },
                         { QStringLiteral("elapsedMs"), elapsedMs } };
}

JudgeSummary JudgeSummary::fromJson(const QJsonObject &o)
{
    JudgeSummary s;
    s.judgeModel = o.value(QLatin1String("judgeModel")).toString();
    s.rubricVersion = o.value(QLatin1String("rubricVersion")).toString();
    s.status = JudgeStatus::fromName(o.value(QLatin1String("status")).toString());
    s.items = o.value(QLatin1String("items")).toInteger();
    s.alreadyScored = o.value(QLatin1String("alreadyScored")).toInteger();
    s.valid = o.value(QLatin1String("valid")).toInteger();
    s.repaired = o.value(QLatin1String("repaired")).toInteger();
    s.judgeFailed = o.value(QLatin1String("judgeFailed")).toInteger();
    s.requestErrors = o.value(QLatin1String("requestErrors")).toInteger();
    s.judgeRunId = o.value(QLatin1String("judgeRunId")).toInteger();
    s.repairRunId = o.value(QLatin1String("repairRunId")).toInteger();
    s.spentUsd = o.value(QLatin1String("spentUsd")).toDouble();
    s.elapsedMs = o.value(QLatin1String("elapsedMs")).toInteger();
    return s;
}

QString JudgeSummary::toText() const
{
    return QCoreApplication::translate("JudgeSummary",
                                       "Judge %1 (rubric %2): %3 answers, %4 already scored, %5 valid, %6 valid "
                                       "after repair, %7 judge failed, %8 without answer; $%9 spent.")
        .arg(judgeModel, rubricVersion)
        .arg(items)
        .arg(alreadyScored)
        .arg(valid)
        .arg(repaired)
        .arg(judgeFailed)
        .arg(requestErrors)
        .arg(spentUsd, 0, 'f', 4);
}

} // namespace ShadowOptic
