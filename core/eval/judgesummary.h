// SPDX-License-Identifier: MIT
#pragma once

#include "judgestatus.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** What a judging pass did; a snapshot for the CLI and panels. */
struct JudgeSummary
{
    QString judgeModel;
    QString rubricVersion;
    JudgeStatus::Value status = JudgeStatus::Value::None;
    qint64 items = 0; // answers that needed a score
    qint64 alreadyScored = 0; // skipped: scored before with the same judge and rubric
    qint64 valid = 0; // valid on the first answer
    qint64 repaired = 0; // valid after the repair retry
    qint64 judgeFailed = 0; // invalid twice: format failures, never scored
    qint64 requestErrors = 0; // no judge answer at all (network, budget); left unscored
    qint64 judgeRunId = 0;
    qint64 repairRunId = 0;
    double spentUsd = 0.0;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    static JudgeSummary fromJson(const QJsonObject &o);
    QString toText() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::JudgeSummary)
