// SPDX-License-Identifier: MIT
#include "refusalllmsummary.h"

namespace ShadowOptic {

QJsonObject RefusalLlmSummary::toJson() const
{
    return QJsonObject { { QStringLiteral("model"), model },
                         { QStringLiteral("verdicts"), verdicts },
                         { QStringLiteral("asked"), asked },
                         { QStringLiteral("changed"), changed },
                         { QStringLiteral("confirmed"), confirmed },
                         { QStringLiteral("repaired"), repaired },
                         { QStringLiteral("failed"), failed },
                         { QStringLiteral("calls"), calls },
                         { QStringLiteral("cacheHits"), cacheHits },
                         { QStringLiteral("spentUsd"), spentUsd },
                         { QStringLiteral("askedShare"), askedShare() },
                         { QStringLiteral("budgetReached"), budgetReached },
                         { QStringLiteral("cancelled"), cancelled } };
}

RefusalLlmSummary RefusalLlmSummary::fromJson(const QJsonObject &o)
{
    RefusalLlmSummary s;
    s.model = o.value(QLatin1String("model")).toString();
    s.verdicts = o.value(QLatin1String("verdicts")).toInteger();
    s.asked = o.value(QLatin1String("asked")).toInteger();
    s.changed = o.value(QLatin1String("changed")).toInteger();
    s.confirmed = o.value(QLatin1String("confirmed")).toInteger();
    s.repaired = o.value(QLatin1String("repaired")).toInteger();
    s.failed = o.value(QLatin1String("failed")).toInteger();
    s.calls = o.value(QLatin1String("calls")).toInteger();
    s.cacheHits = o.value(QLatin1String("cacheHits")).toInteger();
    s.spentUsd = o.value(QLatin1String("spentUsd")).toDouble();
    s.budgetReached = o.value(QLatin1String("budgetReached")).toBool();
    s.cancelled = o.value(QLatin1String("cancelled")).toBool();
    return s;
}

QString RefusalLlmSummary::toText() const
{
    return tr("%1 of %2 verdicts (%3 %) were ambiguous and asked %4: %5 changed, %6 confirmed, %7 failed; %8 calls, "
              "$%9")
        .arg(asked)
        .arg(verdicts)
        .arg(askedShare() * 100.0, 0, 'f', 1)
        .arg(model)
        .arg(changed)
        .arg(confirmed)
        .arg(failed)
        .arg(calls)
        .arg(spentUsd, 0, 'f', 4);
}

} // namespace ShadowOptic
