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

JudgeVerdict JudgeVerdict::fromJson(const QJsonObject &o)
{
    JudgeVerdict v;
    v.ok = o.value(QLatin1String("ok")).toBool();
    v.repaired = o.value(QLatin1String("repaired")).toBool();
    if (v.ok) {
        v.accuracy = o.value(QLatin1String("accuracy")).toDouble();
        v.helpfulness = o.value(QLatin1String("helpfulness")).toDouble();
        v.clarity = o.value(QLatin1String("clarity")).toDouble();
        v.completeness = o.value(QLatin1String("completeness")).toDouble();
        v.overall = o.value(QLatin1String("overall")).toDouble();
        v.reasoning = o.value(QLatin1String("reasoning")).toString();
    } else {
        v.error = o.value(QLatin1String("error")).toString();
    }
    return v;
}

} // namespace ShadowOptic
