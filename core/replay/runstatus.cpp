// SPDX-License-Identifier: MIT
#include "runstatus.h"

#include "util/enumtext.h"

namespace ShadowOptic {

QString RunStatus::name(Value status)
{
    return EnumText::name(status);
}

RunStatus::Value RunStatus::fromName(const QString &name, bool *ok)
{
    return EnumText::fromName(name, Value::None, ok);
}

} // namespace ShadowOptic
