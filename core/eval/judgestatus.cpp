// SPDX-License-Identifier: MIT
#include "judgestatus.h"

#include <QMetaEnum>

namespace ShadowOptic {

QString JudgeStatus::name(Value status)
{
    switch (status) {
    case Value::None:
        return QString();
    case Value::Completed:
        return QStringLiteral("completed");
    case Value::Cancelled:
        return QStringLiteral("cancelled");
    case Value::Budget:
        return QStringLiteral("budget");
    case Value::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

JudgeStatus::Value JudgeStatus::fromName(const QString &name, bool *ok)
{
    const QMetaEnum values = QMetaEnum::fromType<Value>();
    for (int i = 0; i < values.keyCount(); ++i) {
        const auto status = Value(values.value(i));
        if (JudgeStatus::name(status) == name) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return Value::None;
}

JudgeStatus::Value JudgeStatus::fromRunStatus(RunStatus::Value status)
{
    switch (status) {
    case RunStatus::Value::Completed:
        return Value::Completed;
    case RunStatus::Value::Cancelled:
        return Value::Cancelled;
    case RunStatus::Value::Budget:
        return Value::Budget;
    case RunStatus::Value::Failed:
    case RunStatus::Value::None:
    case RunStatus::Value::Planning:
    case RunStatus::Value::Running:
    case RunStatus::Value::Interrupted:
        return Value::Failed;
    }
    return Value::Failed;
}

} // namespace ShadowOptic
