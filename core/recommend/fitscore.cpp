// SPDX-License-Identifier: MIT
#include "fitscore.h"

#include <QJsonArray>

namespace ShadowOptic {

QJsonObject FitScore::toJson() const
{
    return QJsonObject {
        { QStringLiteral("total"), total() },   { QStringLiteral("strengths"), strengths },
        { QStringLiteral("latency"), latency }, { QStringLiteral("reliability"), reliability },
        { QStringLiteral("saving"), saving },   { QStringLiteral("rationale"), QJsonArray::fromStringList(rationale) }
    };
}

FitScore FitScore::fromJson(const QJsonObject &o)
{
    FitScore f;
    f.strengths = o.value(QLatin1String("strengths")).toDouble();
    f.latency = o.value(QLatin1String("latency")).toDouble();
    f.reliability = o.value(QLatin1String("reliability")).toDouble();
    f.saving = o.value(QLatin1String("saving")).toDouble();
    for (const QJsonValue &v : o.value(QLatin1String("rationale")).toArray())
        f.rationale.append(v.toString());
    return f;
}

} // namespace ShadowOptic
