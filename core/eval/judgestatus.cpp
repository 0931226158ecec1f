// SPDX-License-Identifier: MIT
#include "judgestatus.h"

#include "util/enumtext.h"

namespace ShadowOptic {

QString JudgeStatus::name(Value status)
{
    return EnumText::name(status);
}

JudgeStatus::Value JudgeStatus::fromName(const QString &name, bool *ok)
{
    return EnumText::fromName(name, Value::None, ok);
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
