// SPDX-License-Identifier: MIT
#include "regressiontree.h"

#include "featurebins.h"

#include <algorithm>

namespace ShadowOptic {

void RegressionTree::fit(const FeatureBins &bins, const std::vector<std::uint8_t> &codes,
                         const std::vector<double> &target, const std::vector<int> &rows, const Options &options)
{
    m_nodes.clear();
    std::vector<int> work = rows;
    grow(bins, codes, target, work, 0, int(work.size()), 0, options);
}

int RegressionTree::grow(const FeatureBins &bins, const std::vector<std::uint8_t> &codes,
                         const std::vector<double> &target, std::vector<int> &rows, int begin, int end, int depth,
                         const Options &options)
{
    const int index = int(m_nodes.size());
    m_nodes.push_back(Node());
    const int n = end - begin;
    double sum = 0.0;
    for (int i = begin; i < end; ++i)
        sum += target[std::size_t(rows[std::size_t(i)])];
    m_nodes[std::size_t(index)].value = n > 0 ? sum / n : 0.0;
    if (depth >= options.maxDepth || n < 2 * options.minLeaf)
        return index;

    const int features = bins.features();
    int bestFeature = -1;
    int bestBin = -1;
    // Maximising sumL²/nL + sumR²/nR minimises the children's squared error.
    double bestGain = sum * sum / n + 1e-9;
    std::vector<double> histSum(256);
    std::vector<int> histCount(256);
    for (int f = 0; f < features; ++f) {
        const int nb = bins.bins(f);
        std::fill_n(histSum.begin(), nb, 0.0);
        std::fill_n(histCount.begin(), nb, 0);
        for (int i = begin; i < end; ++i) {
            const int r = rows[std::size_t(i)];
            const std::uint8_t b = codes[std::size_t(r) * std::size_t(features) + std::size_t(f)];
            histSum[b] += target[std::size_t(r)];
            ++histCount[b];
        }
        double leftSum = 0.0;
        int leftCount = 0;
        for (int b = 0; b + 1 < nb; ++b) {
            leftSum += histSum[std::size_t(b)];
            leftCount += histCount[std::size_t(b)];
            const int rightCount = n - leftCount;
            if (leftCount < options.minLeaf)
                continue;
            if (rightCount < options.minLeaf)
                break;
            const double rightSum = sum - leftSum;
            const double gain = leftSum * leftSum / leftCount + rightSum * rightSum / rightCount;
            if (gain > bestGain) {
                bestGain = gain;
                bestFeature = f;
                bestBin = b;
            }
        }
    }
    if (bestFeature < 0)
        return index;

    const auto middle = std::partition(rows.begin() + begin, rows.begin() + end, [&](int r) {
        return codes[std::size_t(r) * std::size_t(features) + std::size_t(bestFeature)] <= bestBin;
    });
    const int split = int(middle - rows.begin());
    m_nodes[std::size_t(index)].feature = bestFeature;
    m_nodes[std::size_t(index)].threshold = bins.upperEdge(bestFeature, bestBin);
    const int left = grow(bins, codes, target, rows, begin, split, depth + 1, options);
    m_nodes[std::size_t(index)].left = left;
    const int right = grow(bins, codes, target, rows, split, end, depth + 1, options);
    m_nodes[std::size_t(index)].right = right;
    return index;
}

double RegressionTree::predict(const float *x) const
{
    if (m_nodes.empty())
        return 0.0;
    int i = 0;
    while (m_nodes[std::size_t(i)].feature >= 0) {
        const Node &node = m_nodes[std::size_t(i)];
        i = x[node.feature] <= node.threshold ? node.left : node.right;
    }
    return m_nodes[std::size_t(i)].value;
}

} // namespace ShadowOptic
