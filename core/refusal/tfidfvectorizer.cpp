// SPDX-License-Identifier: MIT
#include "tfidfvectorizer.h"

#include "wordtokenizer.h"

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

// FNV-1a with a final avalanche: features are keyed by a 64-bit hash instead of a string per n-gram (millions
// of n-grams for 10,000 prompts); a collision among a million features has odds of about 1e-8 and is
// deterministic anyway.
constexpr std::uint64_t fnvOffset = 14695981039346656037ull;
constexpr std::uint64_t fnvPrime = 1099511628211ull;

inline std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    return (h ^ v) * fnvPrime;
}

inline std::uint64_t finish(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

std::uint64_t hashWord(std::uint64_t h, const QString &w)
{
    for (const QChar c : w)
        h = mix(h, c.unicode());
    return h;
}

enum Tag : std::uint64_t { Unigram = 1, Bigram = 2, CharGram = 3 };

} // namespace

template <typename Term>
int TfidfVectorizer::featureId(std::uint64_t hash, bool word, Term term)
{
    hash = hash ? hash : 1;
    if (2 * (m_df.size() + 1) > m_slots.size()) {
        std::vector<Slot> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old)
            if (slot.hash) {
                size_t at = slot.hash & mask;
                while (m_slots[at].hash)
                    at = (at + 1) & mask;
                m_slots[at] = slot;
            }
    }
    const size_t mask = m_slots.size() - 1;
    size_t at = hash & mask;
    while (m_slots[at].hash) {
        if (m_slots[at].hash == hash)
            return m_slots[at].id;
        at = (at + 1) & mask;
    }
    const int id = int(m_df.size());
    m_slots[at] = { hash, id };
    m_df.push_back(0);
    m_isWord.push_back(word ? 1 : 0);
    if (word)
        m_wordTerm.insert(id, term()); // built once per feature, not once per occurrence
    return id;
}

QList<TfidfVectorizer::Vector> TfidfVectorizer::fitTransform(const QList<QStringList> &documents,
                                                             const std::vector<int> &copies)
{
    m_slots.clear();
    m_df.clear();
    m_wordTerm.clear();
    m_isWord.clear();
    const int n = int(documents.size());
    // Term counts per document, as (feature, tf) runs in ascending feature order.
    std::vector<std::vector<std::pair<int, int>>> counts(n);
    std::vector<int> ids;
    std::u32string padded;
    std::vector<qint64> items; // copies holding each feature
    for (int d = 0; d < n; ++d) {
        QStringList words;
        for (const QString &w : documents.at(d))
            if (!WordTokenizer::isStopWord(w))
                words.append(w);
        if (words.isEmpty())
            words = documents.at(d);
        ids.clear();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words.at(i);
            ids.push_back(
                featureId(finish(hashWord(mix(fnvOffset, Unigram), w)), true, [&]() -> QString { return w; }));
            if (m_options.wordBigrams && i + 1 < words.size()) {
                const std::uint64_t h = hashWord(mix(hashWord(mix(fnvOffset, Bigram), w), 0x20), words.at(i + 1));
                ids.push_back(
                    featureId(finish(h), true, [&]() -> QString { return w + QLatin1Char(' ') + words.at(i + 1); }));
            }
            padded.assign(1, U' ');
            for (qsizetype c = 0; c < w.size(); ++c) {
                if (w.at(c).isHighSurrogate() && c + 1 < w.size() && w.at(c + 1).isLowSurrogate()) {
                    padded.push_back(QChar::surrogateToUcs4(w.at(c), w.at(c + 1)));
                    ++c;
                } else {
                    padded.push_back(w.at(c).unicode());
                }
            }
            padded.push_back(U' ');
            // A padded word has at least 3 characters, so every word gives at least one n-gram (" é ").
            const int len = int(padded.size());
            for (int k = m_options.minCharN; k <= m_options.maxCharN && k <= len; ++k) {
                for (int s = 0; s + k <= len; ++s) {
                    std::uint64_t h = mix(fnvOffset, CharGram);
                    for (int j = s; j < s + k; ++j)
                        h = mix(h, padded[j]);
                    ids.push_back(featureId(finish(h), false, [] { return QString(); }));
                }
            }
        }
        std::sort(ids.begin(), ids.end());
        auto &runs = counts[d];
        for (size_t i = 0; i < ids.size();) {
            size_t j = i;
            while (j < ids.size() && ids[j] == ids[i])
                ++j;
            runs.emplace_back(ids[i], int(j - i));
            ++m_df[ids[i]];
            if (size_t(ids[i]) >= items.size())
                items.resize(ids[i] + 1, 0);
            items[ids[i]] += copies.empty() ? 1 : copies.at(d);
            i = j;
        }
    }

    const int features = int(m_df.size());
    m_pruned.assign(features, 0);
    m_prunedCount = 0;
    const double keep = std::max<double>(m_options.keepBelowDocuments, m_options.maxDocumentShare * n);
    std::vector<int> byDf;
    double work = 0;
    for (int f = 0; f < features; ++f) {
        if (items[f] < m_options.minDocuments) {
            m_pruned[f] = 1;
            ++m_prunedCount;
        } else if (m_df[f] > keep) {
            m_pruned[f] = 1;
            ++m_prunedCount;
        } else if (m_df[f] > m_options.keepBelowDocuments) {
            byDf.push_back(f);
            work += double(m_df[f]) * m_df[f];
        } else if (m_df[f] > 1) {
            work += double(m_df[f]) * m_df[f];
        }
    }
    // Most frequent first, ties by feature number: deterministic.
    std::sort(byDf.begin(), byDf.end(), [&](int a, int b) { return m_df[a] != m_df[b] ? m_df[a] > m_df[b] : a < b; });
    for (const int f : byDf) {
        if (work <= m_options.pairBudget)
            break;
        m_pruned[f] = 1;
        ++m_prunedCount;
        work -= double(m_df[f]) * m_df[f];
    }

    QList<Vector> out(n);
    const double wordShare = std::clamp(m_options.wordWeight, 0.0, 1.0);
    for (int d = 0; d < n; ++d) {
        Vector &v = out[d];
        double wordNorm = 0, charNorm = 0;
        for (const auto &[f, tf] : counts[d]) {
            if (m_pruned[f])
                continue;
            const double w = (1.0 + std::log(double(tf))) * (std::log((1.0 + n) / (1.0 + m_df[f])) + 1.0);
            v.features.push_back(f);
            v.weights.push_back(float(w));
            (m_isWord[f] ? wordNorm : charNorm) += w * w;
        }
        wordNorm = std::sqrt(wordNorm);
        charNorm = std::sqrt(charNorm);
        const double used = (wordNorm > 0 ? wordShare : 0.0) + (charNorm > 0 ? 1.0 - wordShare : 0.0);
        if (used <= 0) {
            v.features.clear();
            v.weights.clear();
            continue;
        }
        const double wordScale = wordNorm > 0 ? std::sqrt(wordShare / used) / wordNorm : 0.0;
        const double charScale = charNorm > 0 ? std::sqrt((1.0 - wordShare) / used) / charNorm : 0.0;
        for (size_t i = 0; i < v.features.size(); ++i)
            v.weights[i] = float(v.weights[i] * (m_isWord[v.features[i]] ? wordScale : charScale));
    }
    return out;
}

double TfidfVectorizer::cosine(const Vector &a, const Vector &b)
{
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a.features.size() && j < b.features.size()) {
        if (a.features[i] < b.features[j])
            ++i;
        else if (a.features[i] > b.features[j])
            ++j;
        else
            dot += double(a.weights[i++]) * b.weights[j++];
    }
    return dot;
}

} // namespace ShadowOptic
