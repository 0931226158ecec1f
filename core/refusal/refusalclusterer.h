// SPDX-License-Identifier: MIT
#pragma once

#include "refusalverdict.h"
#include "tfidfvectorizer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

/** One refused answer. */
struct RefusalClusterItem
{
    QString key; // e.g. the log id
    QString model;
    QString prompt; // clustered on this text
    QString answer; // trigger phrases come from here
    RefusalType type = RefusalType::Ambiguous;
};

struct RefusalCluster
{
    int id = 0; // 1, 2, … in order of size (desc), ties by first member index
    QList<int> members; // indices into the input, ascending
    QStringList topTerms; // up to maxTerms highest-weight word terms (unigrams, bigrams) of the centroid, no stop words
    /** Up to 5 refusal phrases of the members' answers, most frequent first ("i can't help with"): 3–5-word
     *  n-grams of the answers' first sentences found in at least two members, preferring those with a refusal
     *  word (not, sorry, unable, guidelines, …); overlapping ones are dropped for the more frequent/longer one. */
    QStringList triggerPhrases;
    QList<int> representatives; // up to 3 members with distinct prompts nearest the centroid (most central first)
    QStringList models; // distinct non-empty models, sorted
    QMap<RefusalType, int> types; // type → count
    double overcautiousShare = 0.0; // share of members typed Overcautious
};

struct RefusalClustering
{
    QList<RefusalCluster> clusters;
    QList<int> labels; // per input item: its cluster id, 0 = noise (unclustered)
    QList<int> noise; // indices of noise items

    // Added: what the run did, for benchmarks and diagnostics.
    int distinctPrompts = 0; // prompts with the same words are vectorised and queried once
    int features = 0;
    int prunedFeatures = 0;
    double vectoriseMs = 0.0; // word splitting + TF-IDF
    double clusterMs = 0.0; // neighbour queries + DBSCAN + cluster descriptions
};

/**
 * Groups refused prompts into clusters of similar prompts (SPEC §8): TF-IDF vectors (TfidfVectorizer: word
 * unigrams+bigrams and character 3–5-grams), cosine distance, DBSCAN with eps and minPoints.
 *
 * Prompts with the same words are one point weighted by its copies (a point with minPoints copies is a core point
 * by itself), so 5,000 copies of a prompt cost one query. Neighbours come from an inverted index of the features
 * shared by two or more prompts, queried on `threads` threads; the sums run in feature order whatever thread runs
 * them, so results do not depend on the thread count. Clusters are the connected components of core points
 * (order-free); a border point joins the cluster of its nearest core point (ties: lower index) rather than
 * whichever cluster reached it first, so the result does not depend on visiting order either. Prompts without
 * a word (empty, punctuation only) are noise.
 */
class RefusalClusterer
{
public:
    struct Options
    {
        // Cosine distance. SPEC §8 suggests about 0.3, but paraphrases of a short prompt share few words: on
        // tests/data/refusal/cluster_fixture.csv eps 0.3 scores ARI 0.46, 0.4 0.69, 0.45 0.75, 0.5 0.81, 0.55 0.79 and
        // 0.6 merges neighbouring topics (0.58); bench_refusal_clusters' 10,000 templated prompts score 0.97 at 0.5.
        double eps = 0.5;
        int minPoints = 2;
        int maxTerms = 6;
        int threads = 0; // 0 = ideal
        int maxPromptChars = 4096; // analysed length of a prompt
        TfidfVectorizer::Options vectors;
    };
    static RefusalClustering cluster(const QList<RefusalClusterItem> &items, const Options &options);
    static RefusalClustering cluster(const QList<RefusalClusterItem> &items) { return cluster(items, Options {}); }
};

} // namespace ShadowOptic
