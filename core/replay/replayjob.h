// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One request to send: a historical prompt for one candidate model (or a judge call). Built on the pool. */
struct ReplayJob
{
    QString logId;
    QString model;
    QString role = QStringLiteral("replay"); // "replay" or "judge"
    QByteArray body;                         // the chat completion request, model already replaced
    QString cacheKey;
    double estimatedCostUsd = 0.0;
    QString promptText; // for refusal typing
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayJob)
