// SPDX-License-Identifier: MIT
#include "modelinfo.h"

#include "domain/tokenusage.h"

#include <QJsonArray>

namespace ShadowOptic {

namespace {

void putPrice(QJsonObject &o, const char *key, double per1k)
{
    if (per1k >= 0)
        o.insert(QLatin1String(key), per1k);
}

double price(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : -1.0;
}

} // namespace

double ModelInfo::costUsd(const TokenUsage &u) const
{
    return (double(u.uncachedInput()) * inputRate(u.batch) + double(u.cacheRead) * cacheReadRate(u.batch)
            + double(u.cacheWrite) * cacheWriteRate(u.batch) + double(u.output) * outputRate(u.batch))
        / 1000.0;
}

double ModelInfo::costUsd(qint64 promptTokens, qint64 completionTokens) const
{
    return costUsd({ .input = promptTokens, .output = completionTokens });
}

QJsonObject ModelInfo::toJson() const
{
    QJsonObject o {
        { QStringLiteral("model_id"), modelId },
        { QStringLiteral("display_name"), displayName },
        { QStringLiteral("provider"), provider },
        { QStringLiteral("portkey_slug"), portkeySlug },
        { QStringLiteral("rank"), rank },
        { QStringLiteral("input_per_1k"), inputPer1k },
        { QStringLiteral("output_per_1k"), outputPer1k },
        { QStringLiteral("context_window"), contextWindow },
        { QStringLiteral("type"), type },
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
        { QStringLiteral("candidate"), candidate },
    };
    putPrice(o, "cache_read_per_1k", cacheReadPer1k);
    putPrice(o, "cache_write_per_1k", cacheWritePer1k);
    putPrice(o, "batch_input_per_1k", batchInputPer1k);
    putPrice(o, "batch_output_per_1k", batchOutputPer1k);
    if (maxOutputTokens > 0)
        o.insert(QStringLiteral("max_output_tokens"), maxOutputTokens);
    if (!supports.isEmpty())
        o.insert(QStringLiteral("supports"), QJsonArray::fromStringList(supports));
    return o;
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
    m.cacheReadPer1k = price(o, "cache_read_per_1k");
    m.cacheWritePer1k = price(o, "cache_write_per_1k");
    m.batchInputPer1k = price(o, "batch_input_per_1k");
    m.batchOutputPer1k = price(o, "batch_output_per_1k");
    m.contextWindow = o.value(QLatin1String("context_window")).toInteger();
    m.maxOutputTokens = o.value(QLatin1String("max_output_tokens")).toInteger();
    m.type = o.value(QLatin1String("type")).toString(QStringLiteral("chat"));
    for (const auto &s : o.value(QLatin1String("supports")).toArray())
        m.supports.append(s.toString());
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
    m.candidate = o.value(QLatin1String("candidate")).toBool(true);
    return m;
}

} // namespace ShadowOptic
