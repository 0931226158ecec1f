// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace ShadowOptic {

/**
 * Splits UTF-8 text into the pieces BPE runs on, exactly as the regular expressions of OpenAI's encodings do
 * (js-tiktoken's pat_str, JavaScript `u` semantics: `\s` is JavaScript's white space, so U+0085 is not space),
 * written as a hand scanner because std::regex and QRegularExpression are several times too slow.
 * Letters, marks, numbers and spaces come from a table generated with node (resources/tokenizers/unicode-classes.bin),
 * so new Unicode letters split as in js-tiktoken whatever Unicode version Qt has. Invalid UTF-8 bytes count as
 * punctuation, one byte each, which is where the encoder's U+FFFD for a lone surrogate falls too.
 *
 * Stateless and thread-safe.
 */
class PreTokenizer
{
public:
    enum class Pattern {
        Cl100k, // ('s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|...
        O200k, // case-aware words with attached contractions, ... |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|...
    };

    explicit PreTokenizer(Pattern pattern);

    Pattern pattern() const { return m_pattern; }

    /** End (exclusive) of the piece that starts at `start`; requires start < text.size(). */
    qsizetype pieceEnd(std::string_view text, qsizetype start) const;
    /** Every piece of `text`, in order (convenience for tests; the encoder calls pieceEnd). */
    std::vector<std::string_view> split(std::string_view text) const;

private:
    Pattern m_pattern;
};

} // namespace ShadowOptic
