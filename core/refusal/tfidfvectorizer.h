// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ShadowOptic {

/**
 * TF-IDF vectors of word-split documents (see WordTokenizer) for the refusal clusters (SPEC §8). Features: word
 * unigrams and bigrams of the content words (stop words dropped, unless a document has nothing else) and
 * character 3–5-grams inside those words (each word padded with a space on either side, so n-grams never cross
 * words). Weights are sublinear, (1 + ln tf) · (ln((1 + N) / (1 + df)) + 1). The word block and the character
 * block are L2-normalised separately and mixed so that the cosine of two vectors is
 * wordWeight · cos(words) + (1 − wordWeight) · cos(characters): words say what the prompt is about, character
 * n-grams forgive inflection and typos ("pick"/"picking").
 *
 * Very frequent features are pruned (removed before normalisation): those in more than maxDocumentShare of the
 * documents, then the most frequent ones until Σ df² — the multiply-adds of all neighbour queries over an
 * inverted index — fits pairBudget. Features in at most keepBelowDocuments documents are never pruned, so small
 * collections keep everything. Features are numbered in order of first appearance: the same documents in the
 * same order give the same vectors.
 */
class TfidfVectorizer
{
public:
    struct Options
    {
        bool wordBigrams = true;
        int minCharN = 3;
        int maxCharN = 5;
        double wordWeight = 0.5;
        int minDocuments = 2; // a feature of one prompt makes it unlike all others without making it like any
        double maxDocumentShare = 0.05; // a word in 1 of 20 prompts is how they ask, not what about
        int keepBelowDocuments = 64;
        double pairBudget = 1.5e8;
    };

    /** Sparse, L2-normalised (or empty) vector; features ascending. */
    struct Vector
    {
        std::vector<int> features;
        std::vector<float> weights;
        bool isEmpty() const { return features.empty(); }
    };

    TfidfVectorizer() = default;
    explicit TfidfVectorizer(const Options &options)
        : m_options(options)
    {
    }

    /** Learns the vocabulary and document frequencies of `documents` and returns their vectors. `copies` (one
     *  per document, or empty for 1 each) says how many items a deduplicated document stands for: minDocuments
     *  counts copies, so a prompt asked twice keeps its words; idf and pruning count distinct documents. */
    QList<Vector> fitTransform(const QList<QStringList> &documents, const std::vector<int> &copies = {});

    int featureCount() const { return int(m_df.size()); }
    int prunedCount() const { return m_prunedCount; }
    int documentFrequency(int feature) const { return m_df.at(feature); }
    bool isPruned(int feature) const { return m_pruned.at(feature) != 0; }
    /** True for word unigram and bigram features. */
    bool isWordFeature(int feature) const { return m_isWord.at(feature) != 0; }
    /** The unigram or bigram ("kill process") of a word feature; empty for character n-grams. */
    QString wordTerm(int feature) const { return m_wordTerm.value(feature); }

    static double cosine(const Vector &a, const Vector &b);

private:
    template <typename Term>
    int featureId(std::uint64_t hash, bool word, Term term);

    // Open addressing on the 64-bit feature hash (linear probing, at most half full): the vocabulary lookup is
    // most of the vectorising time, and std::unordered_map's nodes miss the cache on every n-gram.
    struct Slot
    {
        std::uint64_t hash = 0; // 0 = empty (a hash of 0 is stored as 1)
        int id = -1;
    };
    std::vector<Slot> m_slots;
    Options m_options;
    std::vector<int> m_df;
    std::vector<char> m_pruned;
    std::vector<char> m_isWord;
    QHash<int, QString> m_wordTerm;
    int m_prunedCount = 0;
};

} // namespace ShadowOptic
