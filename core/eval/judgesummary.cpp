// SPDX-License-Identifier: MIT
#include "judgesummary.h"

#include <QCoreApplication>

namespace ShadowOptic {

QJsonObject JudgeSummary::toJson() const
{
    return QJsonObject { { QStringLiteral("judgeModel"), judgeModel },
                         { QStringLiteral("rubricVersion"), rubricVersion },
                         { QStringLiteral("status"), status },
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
