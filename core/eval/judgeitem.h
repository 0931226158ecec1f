// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"

#include <QJsonArray>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One answer to grade: a replayed completion (source Replay) or the logged answer (source Baseline). */
struct JudgeItem
{
    qint64 runId = 0; // the replay run the evaluation belongs to
    QString logId;
    QString model; // the model that wrote the answer
    AnswerSource::Value source = AnswerSource::Value::Replay;
    QJsonArray messages; // the original request
    QString answer;
    QString promptText; // last user message, for refusal typing of baselines
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::JudgeItem)
