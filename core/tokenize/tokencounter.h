// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class BpeEncoding;

/** Which exact tokenizer a model uses, and token counts through it. Thread-safe. */
class TokenCounter
{
public:
    /**
     * The encoding of an OpenAI model, after stripping a "provider/" or "@provider/" prefix and a fine-tune "ft:":
     * gpt-4o, gpt-4.1, gpt-4.5, gpt-5, o1, o3, o4, chatgpt-4o → o200k_base; gpt-4, gpt-3.5 (gpt-35), text-embedding-3,
     * text-embedding-ada-002 → cl100k_base. nullptr for any other model: no exact tokenizer is known, so the caller
     * calibrates a characters-per-token ratio instead.
     */
    static const BpeEncoding *encodingForModel(const QString &model);
    /** Tokens of `text` for `model`; unknown models are counted with cl100k_base and set *exact to false. */
    static int count(const QString &model, const QString &text, bool *exact = nullptr);
};

} // namespace ShadowOptic
