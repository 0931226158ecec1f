// SPDX-License-Identifier: MIT
#include "gradientboostedtrees.h"

#include <QRandomGenerator64>

#include <algorithm>
#include <numeric>

namespace ShadowOptic {

void GradientBoostedTrees::fit(const std::vector<float> &x, int features, const std::vector<double> &y,
                               const Options &options)
{
    m_trees.clear();
    m_features = features;
    m_rate = options.learningRate;
    const int n = int(y.size());
    m_trained = n > 0 && features > 0 && x.size() == std::size_t(n) * std::size_t(features);
    if (!m_trained)
        return;
    m_bins.fit(x, features, options.bins);
    const std::vector<std::uint8_t> codes = m_bins.encode(x);
    m_base = std::accumulate(y.begin(), y.end(), 0.0) / n;
    std::vector<double> prediction(static_cast<std::size_t>(n), m_base);
    std::vector<double> residual(static_cast<std::size_t>(n));
    std::vector<int> all(static_cast<std::size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    QRandomGenerator64 rng(options.seed);
    const int take = std::clamp(int(options.subsample * n), 1, n);
    const RegressionTree::Options treeOptions { options.maxDepth, options.minLeaf };
    m_trees.reserve(std::size_t(options.trees));
    for (int t = 0; t < options.trees; ++t) {
        for (int i = 0; i < n; ++i)
            residual[std::size_t(i)] = y[std::size_t(i)] - prediction[std::size_t(i)];
        // A partial Fisher–Yates shuffle picks the subsample without replacement.
        for (int i = 0; i < take; ++i)
            std::swap(all[std::size_t(i)], all[std::size_t(i + int(rng.bounded(quint64(n - i))))]);
        const std::vector<int> rows(all.begin(), all.begin() + take);
        RegressionTree tree;
        tree.fit(m_bins, codes, residual, rows, treeOptions);
        for (int i = 0; i < n; ++i)
            prediction[std::size_t(i)] += m_rate * tree.predict(&x[std::size_t(i) * std::size_t(features)]);
        m_trees.push_back(std::move(tree));
    }
}

double GradientBoostedTrees::predict(const float *x) const
{
    double out = m_base;
    for (const RegressionTree &tree : m_trees)
        out += m_rate * tree.predict(x);
    return out;
}

} // namespace ShadowOptic
