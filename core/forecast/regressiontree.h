// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace ShadowOptic {

class FeatureBins;

/** A least-squares regression tree grown on binned features: each node takes the split with the largest drop in
 *  squared error over the histogram of its rows, down to a depth and a minimum leaf size. */
class RegressionTree
{
public:
    struct Options
    {
        int maxDepth = 4;
        int minLeaf = 20;
    };

    /** codes: binned features (rows × bins.features()); target per row; rows: the rows to grow on. */
    void fit(const FeatureBins &bins, const std::vector<std::uint8_t> &codes, const std::vector<double> &target,
             const std::vector<int> &rows, const Options &options);
    double predict(const float *x) const;
    int nodeCount() const { return int(m_nodes.size()); }

private:
    struct Node
    {
        int feature = -1; // -1: a leaf
        float threshold = 0.0f; // left when x ≤ threshold
        int left = -1;
        int right = -1;
        double value = 0.0;
    };

    int grow(const FeatureBins &bins, const std::vector<std::uint8_t> &codes, const std::vector<double> &target,
             std::vector<int> &rows, int begin, int end, int depth, const Options &options);

    std::vector<Node> m_nodes;
};

} // namespace ShadowOptic
