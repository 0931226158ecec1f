// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace ShadowOptic {

/**
 * Unicode-aware word splitting for the refusal clusters (SPEC §8). Text is NFKC-normalised and lower-cased by
 * QString; a word is a run of letters, digits and combining marks of any script, with inner apostrophes kept
 * (’ becomes ') so that "can't" stays one word. Han, Hiragana and Katakana are written without spaces, so each of
 * their characters is a word by itself. Only the first `maxChars` UTF-16 units are read: a 1 MB prompt costs
 * no more than a 4 KB one.
 */
class WordTokenizer
{
public:
    static constexpr int defaultMaxChars = 4096;

    static QStringList words(QStringView text, int maxChars = defaultMaxChars);
    /** The text up to the end of its first sentence; a first sentence shorter than `minWords` words ("Sorry.")
     *  runs on to the end of the next one. Terminators: . ! ? … 。！？ and line breaks. */
    static QStringView firstSentence(QStringView text, int minWords = 4);
    /** English function words ("how", "can", "i", "the", …) and request boilerplate ("best", "explain", "write",
     *  "step", …): they say how a prompt asks, not what about. */
    static bool isStopWord(const QString &word);
};

} // namespace ShadowOptic
