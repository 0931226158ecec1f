// SPDX-License-Identifier: MIT
#include "modelinfo.h"

#include <QJsonArray>

namespace ShadowOptic {

QJsonObject ModelInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("model_id"), modelId },
        { QStringLiteral("display_name"), displayName },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("portkey_slug"), portkeySlug },
        { QStringLiteral("rank"), rank },
        { QStringLiteral("input_per_1k"), inputPer1k },
        { QStringLiteral("output_per_1k"), outputPer1k },
        { QStringLiteral("context_window"), contextWindow },
        { QStringLiteral("capabilities"),
          QJsonObject { { QStringLiteral("json_mode"), jsonMode },
                        { QStringLiteral("function_calling"), functionCalling },
                        { QStringLiteral("vision"), vision } } },
        { QStringLiteral("strengths"), QJsonArray::fromStringList(strengths) },
        { QStringLiteral("latency_tier"), latencyTier },
        { QStringLiteral("reliability_tier"), reliabilityTier },
        { QStringLiteral("rate_limit_rpm"), rateLimitRpm },
        { QStringLiteral("version"), version },
        { QStringLiteral("active"), active },
    };
}

ModelInfo ModelInfo::fromJson(const QJsonObject &o)
{
    ModelInfo m;
    m.modelId = o.value(QLatin1String("model_id")).toString();
    m.displayName = o.value(QLatin1String("display_name")).toString(m.modelId);
    m.provider = o.value(QLatin1String("provider")).toString();
    m.portkeySlug = o.value(QLatin1String("portkey_slug")).toString();
    if (m.portkeySlug.isEmpty() && !m.provider.isEmpty())
        m.portkeySlug = QLatin1Char('@') + m.provider + QLatin1Char('/') + m.modelId;
    m.rank = o.value(QLatin1String("rank")).toInt(50);
    m.inputPer1k = o.value(QLatin1String("input_per_1k")).toDouble();
    m.outputPer1k = o.value(QLatin1String("output_per_1k")).toDouble();
    m.contextWindow = qint64(o.value(QLatin1String("context_window")).toDouble());
    const QJsonObject caps = o.value(QLatin1String("capabilities")).toObject();
    m.jsonMode = caps.value(QLatin1String("json_mode")).toBool();
    m.functionCalling = caps.value(QLatin1String("function_calling")).toBool();
    m.vision = caps.value(QLatin1String("vision")).toBool();
    for (const auto &s : o.value(QLatin1String("strengths")).toArray())
        m.strengths.append(s.toString());
    m.latencyTier = o.value(QLatin1String("latency_tier")).toString(QStringLiteral("medium"));
    m.reliabilityTier = o.value(QLatin1String("reliability_tier")).toString(QStringLiteral("medium"));
    m.rateLimitRpm = o.value(QLatin1String("rate_limit_rpm")).toInt();
    m.version = o.value(QLatin1String("version")).toString();
    m.active = o.value(QLatin1String("active")).toBool(true);
    return m;
}

} // namespace ShadowOptic
