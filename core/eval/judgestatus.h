// SPDX-License-Identifier: MIT
#pragma once

#include "replay/runstatus.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** How a judging pass ended. Code compares Value; the text (name()) exists only in JSON (JudgeSummary::toJson,
 *  the CLI's `evaluate --json`) and is exactly what that has always held. */
class JudgeStatus
{
    Q_GADGET
public:
    enum class Value {
        None, // not judged (an evaluation that only read stored scores): ""
        Completed,
        Cancelled,
        Budget, // the judge run stopped at its budget
        Failed,
    };
    Q_ENUM(Value)

    /** "completed", "cancelled", "budget", "failed"; "" for None. */
    static QString name(Value status);
    /** The Value named so; None with *ok false for a text no Value has. */
    static Value fromName(const QString &name, bool *ok = nullptr);
    /** How a judge pass ended given the status its replay run ended with. A run that has not ended
     *  (never so when the engine reports finished) counts as failed. */
    static Value fromRunStatus(RunStatus::Value status);
};

} // namespace ShadowOptic
