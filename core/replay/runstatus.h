// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** The status of a replay run. Code compares Value; the text (name()) exists only where a run is stored
 *  (replay_runs.status) or written as JSON, and is exactly what those have always held. */
class RunStatus
{
    Q_GADGET
public:
    enum class Value {
        None, // no run yet: "" (a default ReplayProgress)
        Planning,
        Running,
        Completed,
        Cancelled,
        Budget, // stopped at its budget
        Failed,
        Interrupted, // left running by a process that died
    };
    Q_ENUM(Value)

    /** "planning", "running", "completed", "cancelled", "budget", "failed", "interrupted"; "" for None. */
    static QString name(Value status);
    /** The Value named so; None with *ok false for a text no Value has. */
    static Value fromName(const QString &name, bool *ok = nullptr);
};

} // namespace ShadowOptic
