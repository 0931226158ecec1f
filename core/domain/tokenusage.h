// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace ShadowOptic {

/** The billed parts of one call. input counts every prompt token (uncached + cache reads + cache writes), output
 *  every completion token (reasoning included), whatever shape the provider reported them in. */
struct TokenUsage
{
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 output = 0;
    qint64 reasoning = 0; // part of output
    bool batch = false; // billed at the batch price

    qint64 uncachedInput() const { return qMax<qint64>(0, input - cacheRead - cacheWrite); }

    /** Reads a usage object in OpenAI's shape (prompt_tokens includes prompt_tokens_details.cached_tokens), in
     *  Anthropic's (input_tokens excludes cache_read_input_tokens and cache_creation_input_tokens) or Portkey's
     *  Anthropic shape (prompt_tokens excludes those two, reported beside it). Fields absent stay -1 in *found
     *  flags: returns false when the object has no token counts at all. */
    static bool fromUsage(const QJsonObject &usage, TokenUsage *out, bool *hasInput, bool *hasOutput);
};

} // namespace ShadowOptic
