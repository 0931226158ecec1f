// SPDX-License-Identifier: MIT
#include "judgeverdict.h"

namespace ShadowOptic {

QJsonObject JudgeVerdict::toJson() const
{
    QJsonObject o { { QStringLiteral("ok"), ok }, { QStringLiteral("repaired"), repaired } };
    if (ok) {
        o.insert(QStringLiteral("accuracy"), accuracy);
        o.insert(QStringLiteral("helpfulness"), helpfulness);
        o.insert(QStringLiteral("clarity"), clarity);
        o.insert(QStringLiteral("completeness"), completeness);
        o.insert(QStringLiteral("overall"), overall);
        o.insert(QStringLiteral("quality"), quality());
        o.insert(QStringLiteral("reasoning"), reasoning);
    } else {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

} // namespace ShadowOptic
