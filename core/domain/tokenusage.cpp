// SPDX-License-Identifier: MIT
#include "tokenusage.h"

namespace ShadowOptic {

namespace {

bool count(const QJsonObject &o, QLatin1String key, qint64 *out)
{
    const QJsonValue v = o.value(key);
    // Counts from 2^63 on are not counts (and their conversion to qint64 would be undefined).
    if (!v.isDouble() || !(v.toDouble() >= 0 && v.toDouble() < 9223372036854775808.0))
        return false;
    *out = qint64(v.toDouble());
    return true;
}

} // namespace

bool TokenUsage::fromUsage(const QJsonObject &usage, TokenUsage *out, bool *hasInput, bool *hasOutput)
{
    TokenUsage u;
    qint64 base = 0;
    *hasInput
        = count(usage, QLatin1String("prompt_tokens"), &base) || count(usage, QLatin1String("input_tokens"), &base);
    *hasOutput = count(usage, QLatin1String("completion_tokens"), &u.output)
        || count(usage, QLatin1String("output_tokens"), &u.output);
    // Anthropic reports cache reads and writes beside an input count that excludes them, in its own usage and in
    // Portkey's OpenAI-shaped translation of it; OpenAI counts cached tokens inside prompt_tokens.
    const bool anthropicShape = count(usage, QLatin1String("cache_read_input_tokens"), &u.cacheRead)
        | count(usage, QLatin1String("cache_creation_input_tokens"), &u.cacheWrite);
    if (anthropicShape) {
        u.input = base + u.cacheRead + u.cacheWrite;
        *hasInput = true;
    } else {
        u.input = base;
        count(usage.value(QLatin1String("prompt_tokens_details")).toObject(), QLatin1String("cached_tokens"),
              &u.cacheRead);
        u.cacheRead = qMin(u.cacheRead, u.input);
    }
    count(usage.value(QLatin1String("completion_tokens_details")).toObject(), QLatin1String("reasoning_tokens"),
          &u.reasoning);
    u.reasoning = qMin(u.reasoning, u.output);
    *out = u;
    return *hasInput || *hasOutput;
}

} // namespace ShadowOptic
