// SPDX-License-Identifier: MIT
#include "runstatus.h"

#include <QMetaEnum>

namespace ShadowOptic {

QString RunStatus::name(Value status)
{
    switch (status) {
    case Value::None:
        return QString();
    case Value::Planning:
        return QStringLiteral("planning");
    case Value::Running:
        return QStringLiteral("running");
    case Value::Completed:
        return QStringLiteral("completed");
    case Value::Cancelled:
        return QStringLiteral("cancelled");
    case Value::Budget:
        return QStringLiteral("budget");
    case Value::Failed:
        return QStringLiteral("failed");
    case Value::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QString();
}

RunStatus::Value RunStatus::fromName(const QString &name, bool *ok)
{
    const QMetaEnum values = QMetaEnum::fromType<Value>();
    for (int i = 0; i < values.keyCount(); ++i) {
        const auto status = Value(values.value(i));
        if (RunStatus::name(status) == name) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return Value::None;
}

} // namespace ShadowOptic
