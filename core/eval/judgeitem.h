// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One answer to grade: a replayed completion (source "replay") or the logged answer (source "baseline"). */
struct JudgeItem
{
    qint64 runId = 0; // the replay run the evaluation belongs to
    QString logId;
    QString model; // the model that wrote the answer
    QString source = QStringLiteral("replay");
    QJsonArray messages; // the original request
    QString answer;
    QString promptText; // last user message, for refusal typing of baselines
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::JudgeItem)
