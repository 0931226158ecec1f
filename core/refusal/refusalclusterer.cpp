// SPDX-License-Identifier: MIT
#include "refusalclusterer.h"

#include "tfidfvectorizer.h"
#include "wordtokenizer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

namespace ShadowOptic {

namespace {

// Inverted index over the features two or more prompts share; a feature of one prompt adds nothing to any dot
// product, so it stays out (it still counts in that prompt's norm).
struct Index
{
    std::vector<int> start; // postings of feature f: [start[f], start[f + 1])
    std::vector<int> doc;
    std::vector<float> weight;
};

Index buildIndex(const QList<TfidfVectorizer::Vector> &vectors, int features)
{
    Index index;
    std::vector<int> df(features + 1, 0);
    for (const auto &v : vectors)
        for (const int f : v.features)
            ++df[f];
    index.start.assign(features + 1, 0);
    for (int f = 0; f < features; ++f)
        index.start[f + 1] = index.start[f] + (df[f] > 1 ? df[f] : 0);
    index.doc.resize(index.start[features]);
    index.weight.resize(index.start[features]);
    std::vector<int> fill(index.start.begin(), index.start.end() - 1);
    for (int d = 0; d < int(vectors.size()); ++d) {
        const auto &v = vectors.at(d);
        for (size_t i = 0; i < v.features.size(); ++i) {
            const int f = v.features[i];
            if (df[f] > 1) {
                index.doc[fill[f]] = d;
                index.weight[fill[f]++] = v.weights[i];
            }
        }
    }
    return index;
}

// Similarities of one prompt to all others, summed in its (ascending) feature order: the same doubles whichever
// thread computes them, and sim(a, b) == sim(b, a) bit for bit.
class Query
{
public:
    explicit Query(int n)
        : m_acc(n, 0.0)
    {
    }

    template <typename Visit>
    void run(const Index &index, const TfidfVectorizer::Vector &v, int self, Visit visit)
    {
        for (size_t i = 0; i < v.features.size(); ++i) {
            const int f = v.features[i];
            const double w = v.weights[i];
            for (int p = index.start[f]; p < index.start[f + 1]; ++p) {
                const int d = index.doc[p];
                if (m_acc[d] == 0.0)
                    m_touched.push_back(d);
                m_acc[d] += w * index.weight[p];
            }
        }
        for (const int d : m_touched) {
            if (d != self)
                visit(d, m_acc[d]);
            m_acc[d] = 0.0;
        }
        m_touched.clear();
    }

private:
    std::vector<double> m_acc;
    std::vector<int> m_touched;
};

class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

// Runs work(worker, item) for items [0, n) on `threads` threads, in chunks taken in turn.
template <typename Work>
void parallelFor(int n, int threads, Work work)
{
    threads = std::max(1, std::min(threads, n / 64 + 1));
    std::atomic<int> next { 0 };
    constexpr int chunk = 32;
    const auto loop = [&](int worker) {
        for (int begin; (begin = next.fetch_add(chunk)) < n;)
            for (int i = begin; i < std::min(n, begin + chunk); ++i)
                work(worker, i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(loop, t);
    loop(0);
    for (auto &t : pool)
        t.join();
}

bool hasRefusalWord(const QStringList &words)
{
    static const QSet<QString> cues = [] {
        QSet<QString> set;
        for (const char *w :
             { "not",           "can't",         "cannot",    "won't",       "unable",     "sorry",     "apologize",
               "apologise",     "unfortunately", "refuse",    "decline",     "guidelines", "policy",    "policies",
               "inappropriate", "against",       "able",      "comfortable", "allowed",    "permitted", "assist",
               "illegal",       "harmful",       "unethical", "couldn't",    "shouldn't",  "mustn't",   "don't" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    for (const QString &w : words)
        if (cues.contains(w))
            return true;
    return false;
}

QStringList triggerPhrases(const QList<RefusalClusterItem> &items, const QList<int> &members)
{
    struct Candidate
    {
        QStringList words;
        int count = 0;
        int first = 0;
    };
    QHash<QString, int> at;
    QList<Candidate> candidates;
    for (const int m : members) {
        const QStringList words
            = WordTokenizer::words(WordTokenizer::firstSentence(QStringView(items.at(m).answer).left(600)));
        QSet<QString> seen;
        for (int len = 3; len <= 5; ++len) {
            for (qsizetype s = 0; s + len <= words.size(); ++s) {
                const QStringList gram = words.mid(s, len);
                const QString text = gram.join(QLatin1Char(' '));
                if (seen.contains(text))
                    continue;
                seen.insert(text);
                const auto it = at.constFind(text);
                if (it == at.constEnd()) {
                    at.insert(text, int(candidates.size()));
                    candidates.append({ gram, 1, int(candidates.size()) });
                } else {
                    ++candidates[*it].count;
                }
            }
        }
    }
    QList<Candidate> frequent;
    for (const Candidate &c : std::as_const(candidates))
        if (c.count >= 2)
            frequent.append(c);
    QList<Candidate> cued;
    for (const Candidate &c : std::as_const(frequent))
        if (hasRefusalWord(c.words))
            cued.append(c);
    // Answers in a language without the English cue words still get their most frequent phrases.
    QList<Candidate> &pool = cued.isEmpty() ? frequent : cued;
    std::sort(pool.begin(), pool.end(), [](const Candidate &a, const Candidate &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.words.size() != b.words.size())
            return a.words.size() > b.words.size();
        return a.first < b.first;
    });
    QStringList out;
    QSet<QString> usedBigrams;
    for (const Candidate &c : std::as_const(pool)) {
        if (out.size() >= 5)
            break;
        // Overlapping phrases ("i can't help with", "help with that") say the same thing: keep the first.
        bool overlaps = false;
        for (qsizetype i = 0; i + 1 < c.words.size() && !overlaps; ++i)
            overlaps = usedBigrams.contains(c.words.at(i) + QLatin1Char(' ') + c.words.at(i + 1));
        if (overlaps)
            continue;
        for (qsizetype i = 0; i + 1 < c.words.size(); ++i)
            usedBigrams.insert(c.words.at(i) + QLatin1Char(' ') + c.words.at(i + 1));
        out.append(c.words.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

RefusalClustering RefusalClusterer::cluster(const QList<RefusalClusterItem> &items, const Options &options)
{
    RefusalClustering result;
    const int itemCount = int(items.size());
    result.labels.fill(0, itemCount);
    QElapsedTimer timer;
    timer.start();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    // Prompts with the same words have the same vector: one point each, weighted by its copies.
    QList<QStringList> tokenised(itemCount);
    QStringList *words = tokenised.data(); // detached once here, not from the workers
    parallelFor(itemCount, threads,
                [&](int, int i) { words[i] = WordTokenizer::words(items.at(i).prompt, options.maxPromptChars); });
    QHash<QString, int> pointOf;
    QList<QStringList> pointWords;
    std::vector<int> itemPoint(itemCount), copies, firstItem;
    for (int i = 0; i < itemCount; ++i) {
        const QString key = tokenised.at(i).join(QChar(0x1F));
        auto it = pointOf.constFind(key);
        if (it == pointOf.constEnd()) {
            it = pointOf.insert(key, int(pointWords.size()));
            pointWords.append(tokenised.at(i));
            copies.push_back(0);
            firstItem.push_back(i);
        }
        itemPoint[i] = *it;
        ++copies[*it];
    }
    tokenised.clear();
    const int n = int(pointWords.size());
    TfidfVectorizer vectorizer(options.vectors);
    const QList<TfidfVectorizer::Vector> vectors = vectorizer.fitTransform(pointWords, copies);
    result.distinctPrompts = n;
    result.features = vectorizer.featureCount();
    result.prunedFeatures = vectorizer.prunedCount();
    result.vectoriseMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();

    const Index index = buildIndex(vectors, vectorizer.featureCount());
    const double minSimilarity = 1.0 - options.eps - 1e-9;
    std::vector<Query> queries;
    for (int t = 0; t < threads; ++t)
        queries.emplace_back(n);

    // Pass 1: the weight of each point's eps-neighbourhood (itself included) makes it a core point or not.
    std::vector<qint64> neighbourhood(n, 0);
    parallelFor(n, threads, [&](int worker, int p) {
        if (vectors.at(p).isEmpty())
            return;
        qint64 weight = copies[p];
        queries[worker].run(index, vectors.at(p), p, [&](int d, double s) {
            if (s >= minSimilarity)
                weight += copies[d];
        });
        neighbourhood[p] = weight;
    });
    std::vector<char> core(n, 0);
    for (int p = 0; p < n; ++p)
        core[p] = !vectors.at(p).isEmpty() && neighbourhood[p] >= options.minPoints;

    // Pass 2: core points within eps are joined (each worker in its own union-find, merged after: components do
    // not depend on which worker saw which edge); a border point remembers its nearest core point.
    std::vector<UnionFind> forests(threads, UnionFind(n));
    std::vector<int> nearestCore(n, -1);
    parallelFor(n, threads, [&](int worker, int p) {
        if (vectors.at(p).isEmpty() || neighbourhood[p] == copies[p])
            return; // no neighbours: a core point only by its copies, or noise
        double best = -1;
        int bestPoint = -1;
        queries[worker].run(index, vectors.at(p), p, [&](int d, double s) {
            if (s < minSimilarity || !core[d])
                return;
            if (core[p]) {
                if (d > p)
                    forests[worker].unite(p, d);
            } else if (s > best || (s == best && d < bestPoint)) {
                best = s;
                bestPoint = d;
            }
        });
        if (!core[p])
            nearestCore[p] = bestPoint;
    });
    UnionFind components(n);
    for (auto &forest : forests)
        for (int p = 0; p < n; ++p)
            components.unite(p, forest.find(p));

    // Clusters as lists of items; numbered by size, ties by first member.
    QHash<int, int> clusterOfRoot;
    QList<QList<int>> clusterItems;
    for (int i = 0; i < itemCount; ++i) {
        const int p = itemPoint[i];
        int root = -1;
        if (core[p])
            root = components.find(p);
        else if (nearestCore[p] >= 0)
            root = components.find(nearestCore[p]);
        if (root < 0) {
            result.noise.append(i);
            continue;
        }
        auto it = clusterOfRoot.constFind(root);
        if (it == clusterOfRoot.constEnd()) {
            it = clusterOfRoot.insert(root, int(clusterItems.size()));
            clusterItems.append(QList<int>());
        }
        clusterItems[*it].append(i);
    }
    QList<int> order(clusterItems.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (clusterItems.at(a).size() != clusterItems.at(b).size())
            return clusterItems.at(a).size() > clusterItems.at(b).size();
        return clusterItems.at(a).front() < clusterItems.at(b).front();
    });

    for (const int c : std::as_const(order)) {
        RefusalCluster cluster;
        cluster.id = int(result.clusters.size()) + 1;
        cluster.members = clusterItems.at(c);
        QList<int> points; // distinct prompts, in order of their first member
        QHash<int, double> centroid;
        for (const int i : std::as_const(cluster.members)) {
            result.labels[i] = cluster.id;
            const int p = itemPoint[i];
            if (firstItem[p] == i)
                points.append(p);
            const auto &v = vectors.at(p);
            for (size_t k = 0; k < v.features.size(); ++k)
                centroid[v.features[k]] += double(v.weights[k]) / double(cluster.members.size());
            const RefusalClusterItem &item = items.at(i);
            cluster.types[item.type] += 1;
            if (!item.model.isEmpty() && !cluster.models.contains(item.model))
                cluster.models.append(item.model);
        }
        cluster.models.sort();
        cluster.overcautiousShare
            = double(cluster.types.value(RefusalType::Overcautious)) / double(cluster.members.size());

        QList<QPair<double, int>> terms; // (−weight, feature): heaviest first, ties by feature number
        for (auto it = centroid.cbegin(); it != centroid.cend(); ++it)
            if (vectorizer.isWordFeature(it.key()))
                terms.append({ -it.value(), it.key() });
        std::sort(terms.begin(), terms.end());
        QSet<QString> covered;
        for (const auto &[weight, feature] : std::as_const(terms)) {
            if (cluster.topTerms.size() >= options.maxTerms)
                break;
            const QStringList words = vectorizer.wordTerm(feature).split(QLatin1Char(' '));
            bool stop = false, fresh = false;
            for (const QString &w : words) {
                stop = stop || WordTokenizer::isStopWord(w);
                fresh = fresh || !covered.contains(w);
            }
            if (stop || !fresh) // a bigram adds nothing after both its words
                continue;
            for (const QString &w : words)
                covered.insert(w);
            cluster.topTerms.append(vectorizer.wordTerm(feature));
        }

        QList<QPair<double, int>> central; // (−similarity to the centroid, first item)
        for (const int p : std::as_const(points)) {
            const auto &v = vectors.at(p);
            double dot = 0;
            for (size_t k = 0; k < v.features.size(); ++k)
                dot += double(v.weights[k]) * centroid.value(v.features[k]);
            central.append({ -dot, firstItem[p] });
        }
        std::sort(central.begin(), central.end());
        for (qsizetype k = 0; k < central.size() && k < 3; ++k)
            cluster.representatives.append(central.at(k).second);

        cluster.triggerPhrases = triggerPhrases(items, cluster.members);
        result.clusters.append(cluster);
    }
    result.clusterMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace ShadowOptic
