// SPDX-License-Identifier: MIT
#pragma once

#include "replaytarget.h"
#include "runstatus.h"

#include <QJsonObject>
#include <QStringList>

namespace ShadowOptic {

struct ReplayRunInfo
{
    qint64 id = 0;
    QString uuid;
    RunStatus::Value status = RunStatus::Value::None;
    qint64 createdAtMs = 0;
    QStringList models;
    double budgetUsd = 0.0;
    double spentUsd = 0.0;
    qint64 planned = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    QString role; // of its items: "replay" (candidate answers) or "judge:…" (judge calls)
    ReplayTarget target;
    QJsonObject settings; // options, target fingerprint, how many requests got a max_tokens for the replay
};

} // namespace ShadowOptic
